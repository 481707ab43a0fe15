import Foundation
import Testing
@testable import FolioCore

/// The exports checked by independent validators (Tests/Tools), which can fail these tests.
@Suite struct ExportValidatorTests {
    static let documents = [("fixture", ExportFixtures.document), ("tricky", ExportFixtures.trickyDocument)]

    @Test(arguments: [0, 1])
    func w3cExportValidatesAgainstTheW3CTestSuite(document index: Int) throws {
        let (name, document) = Self.documents[index]
        let file = try ExportTestSupport.temporaryFile("\(name).jsonld", ExportFormat.w3c.export(document))
        try ExportTestSupport.expectToolPasses("validate_w3c.py", [
            "--require", "4.2.4-textQuoteSelector.json,4.2.5-textPositionSelector.json", file,
        ])
        try ExportTestSupport.expectToolPasses("validate_w3c.py", ["--strict-context", file])
    }

    @Test(arguments: [0, 1])
    func markdownShowsEveryHighlightAsOneBlockQuote(document index: Int) throws {
        let (name, document) = Self.documents[index]
        let w3c = try ExportTestSupport.temporaryFile("\(name).jsonld", ExportFormat.w3c.export(document))
        let markdown = try ExportTestSupport.temporaryFile("\(name).md", ExportFormat.markdown.export(document))
        try ExportTestSupport.expectToolPasses("check_md.py", [
            markdown, "--expect-from-w3c", w3c, "--expect-blockquotes", String(document.annotationCount),
        ])
    }

    @Test(arguments: [0, 1])
    func csvIsStrictRFC4180WithReadwiseHeader(document index: Int) throws {
        let (name, document) = Self.documents[index]
        let w3c = try ExportTestSupport.temporaryFile("\(name).jsonld", ExportFormat.w3c.export(document))
        let csv = try ExportTestSupport.temporaryFile("\(name).csv", ExportFormat.csv.export(document))
        try ExportTestSupport.expectToolPasses("check_csv.py", [
            csv, "--expect-header", "Highlight,Title,Author,URL,Note,Location,Date",
            "--expect-rows", String(document.annotationCount), "--require-crlf",
            "--expect-from-w3c", w3c, "--quote-column", "Highlight",
        ])
    }

    @Test func annotatedArticleHasNoStructureTheArticleDidNotHave() throws {
        let document = ExportFixtures.trickyDocument
        let file = try ExportTestSupport.temporaryFile("tricky.annotated.md", ExportFormat.annotated.export(document))
        let result = try ExportTestSupport.runTool("check_md.py", [file, "--json"])
        try #require(result.status == 0, "check_md.py failed:\n\(result.output)")
        let outline = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let headings = try #require(outline["headings"] as? [[String: Any]])
        #expect(headings.map { $0["text"] as? String } == ["Tricky [title] *with* #marks"], "\(result.output)")
        #expect((outline["list_items"] as? [Any])?.isEmpty == true, "\(result.output)")
        #expect((outline["blockquotes"] as? [Any])?.isEmpty == true, "\(result.output)")
        let blocks = try #require(outline["other_blocks"] as? [[String: Any]])
        #expect(blocks.allSatisfy { $0["type"] as? String == "paragraph" }, "\(result.output)")
    }
}
