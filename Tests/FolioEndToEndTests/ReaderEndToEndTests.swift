import Foundation
import Testing

/// The real `folio` binary in a real terminal (tmux), driven by keys and read back as text.
@Suite(.serialized) struct ReaderEndToEndTests {
    private func startReader(_ arguments: String = "Articles", width: Int = 120, height: Int = 40,
                             environment: [String: String] = [:]) throws -> TmuxSession {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-\(UUID().uuidString)")
        let command = FolioBinary.shellCommand("--store '\(store.path)/annotations.sqlite' \(arguments)", environment: environment)
        return try TmuxSession(command: command, width: width, height: height)
    }

    @Test func readsASampleArticleResizesAndQuitsCleanly() throws {
        let tmux = try startReader()
        defer { tmux.kill() }
        let list = try tmux.waitFor(text: "Khamenei Shifts Stance")
        #expect(list.contains("Articles (5)"))

        try tmux.send("Enter")
        let reader = try tmux.waitFor(text: "IRAN PULSE")
        #expect(reader.contains("Shahir ShahidSaless"))
        let quote = try tmux.waitFor("a curly quotation on screen") { $0.contains("“You aim the gun") }
        #expect(quote.contains("’"))
        #expect(!quote.contains("Accessibility links"))

        try tmux.resize(width: 80, height: 24)
        let narrow = try tmux.waitFor("the narrow one-pane layout") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count <= 25 && lines.allSatisfy { $0.count <= 80 } && screen.contains("Reader")
        }
        #expect(narrow.contains("“You aim the gun") || narrow.contains("Khamenei"))

        try tmux.resize(width: 120, height: 40)
        try tmux.waitFor(text: "Quotes")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func drawsWideCharactersAndEmoji() throws {
        let tmux = try startReader("Articles/tehran-kyoto-poetry-translation-exchange.txt")
        defer { tmux.kill() }
        // The status line is painted last: waiting for it too means the whole frame is there.
        let screen = try tmux.waitFor("the Japanese line on screen") { $0.contains("濁さないで") && $0.contains("help") }
        #expect(screen.contains("Poets From Tehran and Kyoto"))
        #expect(screen.contains("📚"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func quitsCleanlyOnSIGTERM() throws {
        let tmux = try startReader()
        defer { tmux.kill() }
        try tmux.waitFor(text: "Khamenei Shifts Stance")
        kill(try tmux.programPID(), SIGTERM)
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func refusesATerminalThatCannotAddressTheCursor() throws {
        let tmux = try startReader(environment: ["TERM": "dumb"])
        defer { tmux.kill() }
        #expect(try tmux.waitForExit() == 2)
        let screen = try tmux.screen()
        #expect(screen.contains("cannot move the cursor"))
    }
}
