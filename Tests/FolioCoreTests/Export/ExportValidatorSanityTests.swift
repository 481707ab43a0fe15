import Foundation
import Testing
@testable import FolioCore

/// The validators must be able to fail: broken files are refused with exit status 1.
@Suite struct ExportValidatorSanityTests {
    @Test func validatorsRejectBrokenExports() throws {
        let markdown = try ExportTestSupport.temporaryFile("bad.md", "> - item\n")
        #expect(try ExportTestSupport.runTool("check_md.py", [markdown, "--expect-quote", "- item"]).status == 1)
        let csv = try ExportTestSupport.temporaryFile("bad.csv", "Highlight,Title\na \"b\",c\n")
        #expect(try ExportTestSupport.runTool("check_csv.py", [csv, "--require-crlf"]).status == 1)
        let w3c = ExportFormat.w3c.export(ExportFixtures.document).replacing("\"TextQuoteSelector\"", with: "\"QuoteSelector\"")
        let jsonld = try ExportTestSupport.temporaryFile("bad.jsonld", w3c.replacing("\"urn:uuid:", with: "\"uuid "))
        #expect(try ExportTestSupport.runTool("validate_w3c.py", [jsonld]).status == 1)
    }
}
