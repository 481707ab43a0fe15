import Foundation
import Testing
@testable import FolioCore

/// Quotes full of markup and non-Latin text survive every format unchanged.
@Suite struct ExportEscapingTests {
    static let document = ExportFixtures.trickyDocument
    static let annotations = document.articles[0].annotationsInExportOrder

    @Test func csvParsesBackIntoTheSameFields() throws {
        let records = try ExportTestSupport.parseCSV(ExportFormat.csv.export(Self.document))
        #expect(records.first == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"])
        let rows = Array(records.dropFirst())
        try #require(rows.count == Self.annotations.count)
        for (row, annotation) in zip(rows, Self.annotations) {
            #expect(row == [
                annotation.anchor.quote.exact, "Tricky [title] *with* #marks", "Anon, \"Esq.\"",
                "file:///library/tricky/doc,%20%22odd%22%20%231.md", annotation.note,
                String(annotation.anchor.position.start), ExportTimestamp.spreadsheet(annotation.created),
            ])
        }
    }

    @Test func csvAgreesWithPythonsCSVModule() throws {
        let file = try ExportTestSupport.temporaryFile("tricky.csv", ExportFormat.csv.export(Self.document))
        let script = "import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8'), strict=True))))"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: data) as? [[String]])
        #expect(rows.dropFirst().map { $0[0] } == Self.annotations.map(\.anchor.quote.exact))
        #expect(rows.dropFirst().map { $0[4] } == Self.annotations.map(\.note))
    }

    @Test func clippingsHoldEachQuoteVerbatimWithCRLF() {
        let clippings = ExportFormat.clippings.export(Self.document)
        #expect(clippings.hasPrefix("\u{FEFF}Tricky [title] *with* #marks (Anon, \"Esq.\")\r\n- Your Highlight on Location 1-1 | Added on "))
        #expect(!clippings.replacing("\r\n", with: "").contains("\n"))
        for annotation in Self.annotations {
            let body = annotation.anchor.quote.exact.replacing("\n", with: "\r\n")
            #expect(clippings.contains("\r\n\r\n" + body + "\r\n==========\r\n"), "missing \(annotation.anchor.quote.exact)")
        }
        let entries = clippings.components(separatedBy: "==========\r\n").dropLast()
        #expect(entries.count == Self.annotations.count + Self.annotations.filter { !$0.note.isEmpty }.count)
    }

    @Test func markdownEscapesEveryConstruct() {
        let cases: [(String, String)] = [
            ("# h", "\\# h"), ("- a", "\\- a"), ("+ a", "\\+ a"), ("1. a", "1\\. a"), ("12) a", "12\\) a"),
            ("2024 was", "2024 was"), ("> q", "\\> q"), ("| a |", "\\| a \\|"), ("<b>", "\\<b\\>"),
            ("&amp;", "\\&amp;"), ("`c`", "\\`c\\`"), ("*e* _e_", "\\*e\\* \\_e\\_"), ("[x](y)", "\\[x\\](y)"),
            ("![i](z)", "!\\[i\\](z)"), ("==m==", "\\=\\=m\\=\\="), ("    code", "&#32;&#32;&#32;&#32;code"),
            ("a\\b", "a\\\\b"), ("سلام", "سلام"), ("你好 👍🏽", "你好 👍🏽"),
        ]
        for (text, expected) in cases {
            #expect(MarkdownEscaper.escapeLine(text.unicodeScalars, atLineStart: true) == expected)
        }
        #expect(MarkdownEscaper.escapeLine("- a".unicodeScalars, atLineStart: false) == "- a")
        #expect(MarkdownEscaper.blockQuote("one\ntwo\n\nthree") == "> one\\\n> two\n>\n> three")
    }

    @Test func annotatedSplitsHighlightsAtParagraphBreaksAndMergesOverlaps() {
        let text = "Title\n\nfirst para\nline\n\nsecond para"
        let scalars = Array(text.unicodeScalars)
        func note(_ id: Int, _ start: Int, _ end: Int, _ note: String) -> Annotation {
            var exact = ""
            exact.unicodeScalars.append(contentsOf: scalars[start..<end])
            return Annotation(
                id: UUID(uuidString: String(format: "20000000-0000-4000-8000-%012d", id))!,
                articlePath: "a.txt", articleFingerprint: "f",
                anchor: TextAnchor(quote: TextQuoteSelector(exact: exact, prefix: "", suffix: ""), position: TextPositionSelector(start: start, end: end)),
                note: note, created: Date(timeIntervalSince1970: 0)
            )
        }
        let article = ExportedArticle(
            file: "/a.txt", relativePath: "a.txt", fingerprint: "f", metadata: ArticleMetadata(title: "Title"), text: text,
            annotations: [note(1, 11, 30, "spans"), note(2, 7, 13, "overlaps"), note(3, 0, 7, "title and break")]
        )
        let output = ExportFormat.annotated.export(ExportDocument(articles: [article]))
        #expect(output == """
            # ==Title==[^1]

            ==first [^2]para==\\
            ==line==

            ==second==[^3] para

            [^1]: title and break

            [^2]: overlaps

            [^3]: spans

            """)
    }

    @Test func oneLineFieldsStayOnOneLineInMarkdown() throws {
        let text = "A\n# B\n\nquoted words"
        var annotation = ExportFixtures.annotation(
            "40000000-0000-4000-8000-000000000001", "quoted words", in: text, path: "a.txt", fingerprint: "f",
            color: .green, tags: ["x\n> y", "- z"], speaker: "S\n- T", created: 0
        )
        annotation.note = "n"
        let article = ExportedArticle(
            file: "/a.txt", relativePath: "a.txt", fingerprint: "f",
            metadata: ArticleMetadata(title: "A\n# B", author: "Me\n1. You", tags: ["p\n+ q"]), text: text,
            annotations: [annotation]
        )
        let markdown = ExportFormat.markdown.export(ExportDocument(articles: [article]))
        let file = try ExportTestSupport.temporaryFile("fields.md", markdown)
        let result = try ExportTestSupport.runTool("check_md.py", [file, "--json", "--expect-quote", "quoted words", "--expect-blockquotes", "1"])
        try #require(result.status == 0, "check_md.py failed:\n\(result.output)")
        let outline = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect((outline["headings"] as? [[String: Any]])?.map { $0["text"] as? String } == ["A # B"], "\(markdown)")
        #expect((outline["list_items"] as? [Any])?.isEmpty == true, "\(markdown)")
        #expect(markdown.contains("#x-\\>-y #--z"), "\(markdown)")
    }
}
