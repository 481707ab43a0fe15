import Foundation
import Testing

/// The real binary notices an open article's file changing on disk: no key is pressed, and the
/// screen shows the new text within a few seconds.
@Suite(.serialized) struct LiveReloadEndToEndTests {
    @Test func anEditedFileIsReloadedWithoutAKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-reload-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("dispatch.txt")
        try "Envoys meet again\n\nThe delegates met in the morning.\n".write(to: file, atomically: false, encoding: .utf8)
        let command = "cd '\(folder.path)' && '\(FolioBinary.url.path)' --store '\(folder.path)/annotations.sqlite' dispatch.txt"
        let tmux = try TmuxSession(command: command, width: 100, height: 30)
        defer { tmux.kill() }
        try tmux.send("Enter")
        try tmux.waitFor(text: "The delegates met in the morning.")

        try "Envoys meet again\n\nA late correction came first.\n\nThe delegates met in the morning.\n"
            .write(to: file, atomically: false, encoding: .utf8)
        let screen = try tmux.waitFor(text: "Reloaded: file changed on disk")
        #expect(screen.contains("A late correction came first."))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }
}
