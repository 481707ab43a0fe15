import Foundation
import Testing
@testable import FolioCore

/// Many generated quotes made of markup characters, checked by the external validators and
/// through import: escaping that works for hand-picked cases must work for these too.
@Suite struct ExportRandomTextTests {
    static let pieces = [
        "#", "*", "_", "-", "+", "1", "2.", ")", ">", "<", "|", "&", "`", "[", "]", "(", "!", "=", "~",
        "\\", " ", "\n", "\r", "\t", "a", "word", "é", "شهر", "中文", "👍🏽", ":", "\"", "'", ",", "{", "}",
        "&amp;", "&#32;", "    ", "http://x.org", "***", "---", "===", "^", "$", "%",
    ]

    /// A deterministic document: same seed, same quotes, so a failure can be reproduced.
    static var document: ExportDocument {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        var quotes: [String] = []
        while quotes.count < 60 {
            let quote = (0..<(1 + next(12))).map { _ in pieces[next(pieces.count)] }.joined()
            if !quote.allSatisfy(\.isWhitespace) { quotes.append(quote) }
        }
        let text = (["Generated"] + quotes).joined(separator: "\n\n")
        let annotations = quotes.enumerated().map { index, quote in
            ExportFixtures.annotation(
                String(format: "30000000-0000-4000-8000-%012d", index), quote, in: text, path: "generated.txt",
                fingerprint: "0000000000000000", color: .yellow, note: quotes[(index + 7) % quotes.count],
                tags: [quotes[(index + 3) % quotes.count]], created: 1_700_000_000 + Double(index)
            )
        }
        return ExportDocument(articles: [ExportedArticle(
            file: "/library/generated.txt", relativePath: "generated.txt", fingerprint: "0000000000000000",
            metadata: ArticleMetadata(title: "Generated"), text: text, annotations: annotations
        )])
    }

    @Test func validatorsAcceptEveryGeneratedQuote() throws {
        let document = Self.document
        let w3c = try ExportTestSupport.temporaryFile("generated.jsonld", ExportFormat.w3c.export(document))
        try ExportTestSupport.expectToolPasses("validate_w3c.py", [w3c])
        let markdown = try ExportTestSupport.temporaryFile("generated.md", ExportFormat.markdown.export(document))
        try ExportTestSupport.expectToolPasses("check_md.py", [
            markdown, "--expect-from-w3c", w3c, "--expect-blockquotes", String(document.annotationCount),
        ])
        let csv = try ExportTestSupport.temporaryFile("generated.csv", ExportFormat.csv.export(document))
        try ExportTestSupport.expectToolPasses("check_csv.py", [
            csv, "--expect-header", "Highlight,Title,Author,URL,Note,Location,Date",
            "--expect-rows", String(document.annotationCount), "--require-crlf",
            "--expect-from-w3c", w3c, "--quote-column", "Highlight",
        ])
    }

    @Test func annotatedArticleKeepsItsShape() throws {
        let file = try ExportTestSupport.temporaryFile("generated.annotated.md", ExportFormat.annotated.export(Self.document))
        let result = try ExportTestSupport.runTool("check_md.py", [file, "--json"])
        try #require(result.status == 0, "check_md.py failed:\n\(result.output)")
        let outline = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((outline["headings"] as? [Any])?.count == 1, "\(result.output)")
        #expect((outline["list_items"] as? [Any])?.isEmpty == true, "\(result.output)")
        #expect((outline["blockquotes"] as? [Any])?.isEmpty == true, "\(result.output)")
        let blocks = try #require(outline["other_blocks"] as? [[String: Any]])
        #expect(blocks.allSatisfy { $0["type"] as? String == "paragraph" }, "\(result.output)")
    }

    @Test func generatedQuotesComeBackThroughImportAndCSV() throws {
        let document = Self.document
        let json = ExportFormat.json.export(document)
        #expect(ExportFormat.json.export(try AnnotationImporter.importDocument(from: Data(json.utf8))) == json)
        let w3c = ExportFormat.w3c.export(document)
        #expect(ExportFormat.json.export(try AnnotationImporter.importDocument(from: Data(w3c.utf8))) == json)
        let rows = try ExportTestSupport.parseCSV(ExportFormat.csv.export(document)).dropFirst()
        let annotations = document.articles[0].annotationsInExportOrder
        #expect(rows.map { $0[0] } == annotations.map(\.anchor.quote.exact))
        #expect(rows.map { $0[4] } == annotations.map(\.note))
    }
}
