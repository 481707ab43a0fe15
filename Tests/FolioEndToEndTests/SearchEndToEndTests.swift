import Foundation
import FolioCore
import Testing

/// Finding things with the real binary: searching the Al-Monitor sample in a real terminal, and
/// `folio quotes --by-speaker`.
@Suite(.serialized) struct SearchEndToEndTests {
    private let sample = "Articles/al-monitor-khamenei-shifts-stance.txt"

    @Test func searchingTheReaderShowsTheFirstMatchOfAllOfThem() throws {
        let article = ArticleLoader().load(paths: [FolioBinary.packageRoot.appendingPathComponent(sample).path])[0]
        let expected = article.text.lowercased().components(separatedBy: "negotiation").count - 1
        #expect(expected > 1, "the sample talks about negotiations more than once")

        let store = FileManager.default.temporaryDirectory.appendingPathComponent("folio-e2e-\(UUID().uuidString)")
        let command = FolioBinary.shellCommand("--store '\(store.path)/annotations.sqlite' \(sample)")
        let tmux = try TmuxSession(command: command, width: 120, height: 40)
        defer {
            tmux.kill()
            try? FileManager.default.removeItem(at: store)
        }
        try tmux.waitFor(text: "Khamenei Shifts Stance")
        try tmux.send("Enter")
        try tmux.waitFor(text: "IRAN PULSE")
        try tmux.type("/negotiation")
        try tmux.waitFor(text: "/negotiation")
        try tmux.send("Enter")
        let first = try tmux.waitFor(text: "match 1 of \(expected)")
        #expect(first.lowercased().contains("negotiation"), "the match is on screen")
        try tmux.type("n")
        try tmux.waitFor(text: "match 2 of \(expected)")
        try tmux.type("N")
        try tmux.waitFor(text: "match 1 of \(expected)")
        try tmux.type("N")
        try tmux.waitFor(text: "match \(expected) of \(expected) · from the bottom")
        try tmux.type("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func quotesBySpeakerGroupsTheLibraryAsTextAndJSON() throws {
        let text = try FolioBinary.run(["quotes", "--by-speaker"])
        #expect(text.status == 0, "defaults to ./Articles: \(text.stderr)")
        let lines = text.stdout.split(separator: "\n").map(String.init)
        let headings = lines.filter { !$0.hasPrefix(" ") }
        #expect(headings.first?.hasSuffix(")") == true)
        #expect(headings.last?.hasPrefix("No speaker (") == true)
        #expect(lines.contains { $0.hasPrefix("  “") && $0.contains("Articles/") })

        let json = try FolioBinary.run(["quotes", "--by-speaker", "--json", "Articles"])
        #expect(json.status == 0)
        let groups = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let counts = groups.compactMap { $0["count"] as? Int }
        let named = groups.dropLast().compactMap { $0["count"] as? Int }
        #expect(named == named.sorted(by: >), "most quoted first")
        #expect(groups.last?["speaker"] is NSNull)
        #expect(headings.count == groups.count)
        #expect(zip(groups, counts).allSatisfy { ($0["quotations"] as? [Any])?.count == $1 })
        let quote = try #require((groups.first?["quotations"] as? [[String: Any]])?.first)
        #expect(Set(quote.keys) == ["file", "text", "kind", "start", "end"])

        let flat = try FolioBinary.run(["quotes"])
        #expect(flat.status == 0, "without a path, the library's quotations: \(flat.stderr)")
        #expect(flat.stdout.hasPrefix("Articles/"))
    }
}
