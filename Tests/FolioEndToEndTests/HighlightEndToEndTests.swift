import Foundation
import Testing

/// Highlighting from the keyboard in the real binary, and finding the work again after a restart.
@Suite struct HighlightEndToEndTests {
    @Test func highlightAndNoteSurviveARestart() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-highlight-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = folder.appendingPathComponent("annotations.sqlite").path
        let command = FolioBinary.shellCommand("--store '\(store)' Articles")

        let first = try TmuxSession(command: command, width: 140, height: 40)
        defer { first.kill() }
        try first.waitFor(text: "Khamenei Shifts Stance")
        try first.send("Enter")
        try first.waitFor(text: "IRAN PULSE")
        try first.send("]")
        try first.send("h")
        let highlighted = try first.waitFor(text: "Highlights (1)")
        #expect(highlighted.contains("Saved"))
        #expect(highlighted.contains("— Ali Khamenei"))
        try first.send("a")
        try first.type("Gun and talks — نقل قول")
        try first.send("Enter")
        try first.waitFor("the note saved") { $0.contains("✎ Gun and talks") && $0.contains("Saved") }
        try first.send("q")
        #expect(try first.waitForExit() == 0)

        let second = try TmuxSession(command: command, width: 140, height: 40)
        defer { second.kill() }
        let list = try second.waitFor(text: "1 highlight")
        #expect(list.contains("Khamenei Shifts Stance"))
        try second.send("Enter")
        let reopened = try second.waitFor(text: "Highlights (1)")
        #expect(reopened.contains("“You aim the gun at the Iranian"))
        #expect(reopened.contains("✎ Gun and talks — نقل قول"))
        try second.send("q")
        #expect(try second.waitForExit() == 0)
    }
}
