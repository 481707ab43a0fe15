import Foundation
import Testing

/// Exporting from the reader in the real binary: highlight, `e`, Markdown, this article, and the
/// file lands in `$XDG_DATA_HOME/folio/exports`.
@Suite struct ExportMenuEndToEndTests {
    @Test func exportsTheOpenArticleFromTheMenu() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-export-menu-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("annotations.sqlite").path
        let dataHome = folder.appendingPathComponent("data").path
        let exports = dataHome + "/folio/exports"
        let command = FolioBinary.shellCommand(
            "--store '\(store)' Articles/al-monitor-khamenei-shifts-stance.txt", environment: ["XDG_DATA_HOME": dataHome]
        )

        let session = try TmuxSession(command: command, width: 220, height: 40)
        defer { session.kill() }
        try session.waitFor(text: "IRAN PULSE")
        try session.highlightFirstQuotationAndExportThisArticle()
        let screen = try session.waitFor(text: "Exported 1 highlight")
        #expect(screen.contains("Exported 1 highlight to \(exports)/folio-al-monitor-khamenei-shifts-stance-"))
        #expect(!screen.contains("Export highlights as"), "the menu closed")

        let files = try FileManager.default.contentsOfDirectory(atPath: exports)
        #expect(files.count == 1)
        let file = try #require(files.first)
        #expect(file.hasPrefix("folio-al-monitor-khamenei-shifts-stance-") && file.hasSuffix(".md"))
        #expect(screen.contains(file))
        let text = try String(contentsOfFile: exports + "/" + file, encoding: .utf8)
        #expect(text.contains("# Khamenei Shifts Stance"))
        #expect(text.contains("You aim the gun at the Iranian"))
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }
}
