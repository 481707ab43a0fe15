import Foundation
import Testing

/// Every hostile text file, opened in the real reader inside tmux, in the reader and the raw view
/// and scrolled to its end, must not reach the terminal: tmux keeps its pane title (OSC 0/2),
/// gets no paste buffer (OSC 52, with `set-clipboard on`), and the screen keeps Folio's frame.
@Suite(.serialized) struct HostileRenderingTests {
    static let corpus = FolioBinary.packageRoot.appendingPathComponent("Tests/FolioCoreTests/Fixtures/Hostile")
    static let width = 100
    static let height = 30

    @Test(.timeLimit(.minutes(2))) func hostileFilesDoNotReachTheTerminal() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-hostile-\(UUID().uuidString)")
        let library = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }
        for name in names {
            try FileManager.default.copyItem(at: Self.corpus.appendingPathComponent(name), to: library.appendingPathComponent(name))
        }
        // A file name is shown too: give one an escape sequence of its own.
        try Data("Hostile name\n\nThe name is the attack.\n".utf8)
            .write(to: library.appendingPathComponent("\u{1B}]2;HOSTILE-NAME\u{07}.txt"))
        let count = names.count + 1

        let command = FolioBinary.shellCommand("--store '\(folder.path)/annotations.sqlite' '\(library.path)'")
        let tmux = try TmuxSession(command: command, width: Self.width, height: Self.height, serverOptions: ["set-clipboard": "on"])
        defer { tmux.kill() }
        try tmux.waitFor(text: "Articles (\(count))")
        let title = try tmux.paneTitle()

        for index in 0..<count {
            for key in ["Enter", "G", "r", "G", "g"] {
                try tmux.send(key)
                try checkFrame(try settled(tmux), title: title, tmux: tmux, step: "article \(index), key \(key)")
            }
            try tmux.send("r")
            try tmux.send("Escape")
            try tmux.send("j")
            try settled(tmux)
        }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
        #expect(try tmux.paneTitle() == title)
        #expect(try tmux.listBuffers().isEmpty)
    }

    /// The screen once it stopped changing (two equal captures in a row).
    @discardableResult
    private func settled(_ tmux: TmuxSession) throws -> String {
        var previous = try tmux.screen()
        for _ in 0..<100 {
            Thread.sleep(forTimeInterval: 0.04)
            let current = try tmux.screen()
            if current == previous { return current }
            previous = current
        }
        return previous
    }

    private func checkFrame(_ screen: String, title: String, tmux: TmuxSession, step: String) throws {
        #expect(try tmux.paneTitle() == title, "\(step): the pane title changed")
        #expect(try tmux.listBuffers().isEmpty, "\(step): a paste buffer appeared (OSC 52)")
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        #expect(lines.count == Self.height, "\(step): \(lines.count) lines on screen")
        guard lines.count == Self.height else { return }
        #expect(lines[0].hasPrefix("┌─ Articles"), "\(step): first line is not the border row:\n\(screen)")
        #expect(lines[Self.height - 2].hasPrefix("└"), "\(step): the bottom border moved:\n\(screen)")
        #expect(lines[Self.height - 1].hasPrefix(" ") && lines[Self.height - 1].contains(" help"),
                "\(step): last line is not the status line:\n\(screen)")
        for (row, line) in lines.enumerated().dropFirst().dropLast(2) {
            #expect(line.hasPrefix("│") && line.hasSuffix("│"), "\(step): row \(row) is not framed: \(line)")
        }
    }
}
