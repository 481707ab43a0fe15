import Foundation
import Testing

/// The real binary on a library large enough to take a while to read: the list is on screen
/// before the files are read and fills in with a progress line; quitting while reading is
/// immediate and leaves the article cache sound; a second start lists everything from the cache.
@Suite(.serialized) struct LibraryEndToEndTests {
    /// `count` articles of about `paragraphs` × 80 bytes each.
    private func library(_ count: Int, paragraphs: Int = 30) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-library-\(UUID().uuidString)")
        let articles = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let body = (1...paragraphs).map { "Paragraph \($0) of the report, where the minister said “we will wait” once more." }
            .joined(separator: "\n\n")
        for index in 0..<count {
            let name = String(format: "report-%04d.txt", index)
            try "Harbour report \(index)\n\nBy Ines Calder\n\n\(body)\n"
                .write(to: articles.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        return folder
    }

    private func command(_ folder: URL) -> String {
        FolioBinary.shellCommand("--store '\(folder.path)/store/annotations.sqlite' '\(folder.path)/library'")
    }

    @Test func theListComesFirstFillsInAndComesBackWholeFromTheCache() throws {
        let folder = try library(300)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let tmux = try TmuxSession(command: command(folder), width: 120, height: 30)
            defer { tmux.kill() }
            try tmux.waitFor(text: "Articles (300)")
            let finished = try tmux.waitFor("the library to be read", timeout: 120) { screen in
                screen.contains("Harbour report 0") && !screen.contains("reading library") && !screen.contains("reading…")
            }
            #expect(finished.contains("Ines Calder"))
            try tmux.send("G")
            try tmux.waitFor(text: "Harbour report 299")
            try tmux.send("q")
            #expect(try tmux.waitForExit() == 0)
        }
        let tmux = try TmuxSession(command: command(folder), width: 120, height: 30)
        defer { tmux.kill() }
        // The status line is painted last: with it on screen the whole first frame is there.
        let first = try tmux.waitFor("the first whole frame") { $0.contains("Articles (300)") && $0.contains("? help") }
        #expect(first.contains("Harbour report 0"))
        #expect(first.contains("Ines Calder"))
        #expect(!first.contains("reading…"))
        try tmux.send("Enter")
        try tmux.waitFor(text: "Paragraph 1 of the report")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func quittingWhileReadingIsImmediateAndLeavesTheCacheSound() throws {
        // About 30 MB: seconds of reading even for a fast machine, so `q` lands mid-way.
        let folder = try library(3000, paragraphs: 120)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try TmuxSession(command: command(folder), width: 120, height: 30)
        defer { tmux.kill() }
        try tmux.waitFor(text: "reading library", timeout: 30)
        try tmux.send("j")
        try tmux.send("q")
        let started = Date()
        #expect(try tmux.waitForExit(timeout: 5) == 0)
        #expect(Date().timeIntervalSince(started) < 2)
        let cache = folder.appendingPathComponent("store/article-cache.sqlite").path
        #expect(try SQLiteShell.integrityCheck(cache) == ["ok"])
        let cached = try SQLiteShell.query(cache, "SELECT count(*) FROM cached_listing")
        let count = try #require(Int(cached.first ?? ""))
        #expect(count < 3000)
    }
}
