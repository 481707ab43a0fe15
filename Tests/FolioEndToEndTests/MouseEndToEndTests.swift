import Foundation
import Testing

/// Mouse reports reach the real binary through tmux as the bytes a terminal sends (X10
/// encoding, which ncurses reads for `kmous`), so the ncurses side is checked, not only the model.
@Suite(.serialized) struct MouseEndToEndTests {
    /// Sends the report a terminal sends for `button` (0 press, 3 release, 64 wheel up, 65 wheel
    /// down) at a zero-based cell.
    private func mouse(_ tmux: TmuxSession, button: Int, x: Int, y: Int) throws {
        let bytes = [0x1B, 0x5B, 0x4D, 32 + button, 33 + x, 33 + y].map { String($0, radix: 16) }
        try tmux.send("-H", bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5])
    }

    /// A left click as a terminal reports it: press, then release.
    private func click(_ tmux: TmuxSession, x: Int, y: Int) throws {
        try mouse(tmux, button: 0, x: x, y: y)
        try mouse(tmux, button: 3, x: x, y: y)
    }

    /// Whether the reader pane (columns 37 to 80 at 120 columns) shows any text.
    private func readerShowsText(_ screen: String) -> Bool {
        screen.split(separator: "\n").prefix(12).dropFirst().contains { line in
            Array(line).dropFirst(37).prefix(44).contains { $0.isLetter }
        }
    }

    /// The list row (from 0) whose title line carries the selection mark.
    private func selectedRow(_ screen: String) -> Int? {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let line = lines.firstIndex(where: { $0.hasPrefix("│▶") }) else { return nil }
        return (line - 1) / 2
    }

    @Test func clicksSelectAndOpenAndTheWheelMovesTheList() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-\(UUID().uuidString)")
        let command = FolioBinary.shellCommand("--store '\(store.path)/annotations.sqlite' Articles")
        let tmux = try TmuxSession(command: command, width: 120, height: 40)
        defer { tmux.kill() }
        try tmux.waitFor(text: "Khamenei Shifts Stance")

        try click(tmux, x: 4, y: 3)
        try tmux.waitFor("the second row selected by a click") { selectedRow($0) == 1 }
        try mouse(tmux, button: 65, x: 4, y: 10)
        try tmux.waitFor("the wheel moving the selection three rows") { selectedRow($0) == 4 }
        try mouse(tmux, button: 64, x: 4, y: 10)
        try tmux.waitFor("the wheel moving it back") { selectedRow($0) == 1 }

        #expect(!readerShowsText(try tmux.screen()))
        try click(tmux, x: 4, y: 4)
        let opened = try tmux.waitFor("the selected article opened by a second click") { readerShowsText($0) }
        #expect(selectedRow(opened) == 1)
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
