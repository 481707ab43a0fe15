import Foundation
import Testing

@Suite struct CommandLineTests {
    @Test func helpDescribesFolio() throws {
        let result = try FolioBinary.run(["--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Read articles kept as local files"))
        for subcommand in ["list", "show", "quotes", "annotate", "themes"] {
            #expect(result.stdout.contains(subcommand))
        }
    }

    @Test func readerWithoutATerminalExitsTwoAndPointsAtSubcommands() throws {
        let result = try FolioBinary.run(["Articles"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("folio list"))
        #expect(result.stdout.isEmpty)
    }

    @Test func listJSONHasEveryArticle() throws {
        let result = try FolioBinary.run(["list", "--json", "Articles"])
        #expect(result.status == 0)
        let entries = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
        let titles = entries?.compactMap { $0["title"] as? String } ?? []
        #expect(titles.count == 5)
        #expect(titles.contains("Khamenei Shifts Stance, Open to Talks Between Iran, US"))
        #expect(entries?.allSatisfy { $0["file"] is String && $0["quotes"] is Int } == true)
    }

    @Test func showJSONOffsetsCountScalarsOfText() throws {
        let result = try FolioBinary.run(["show", "--json", "Articles/al-monitor-khamenei-shifts-stance.txt"])
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        for key in ["file", "title", "author", "source", "section", "date", "summary", "tags", "warnings", "paragraphs", "text"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        let text = try #require(object["text"] as? String)
        let title = try #require(object["title"] as? String)
        #expect(text.hasPrefix(title + "\n\n"))
        #expect(object["section"] as? String == "Iran Pulse")
        #expect(!text.contains("Continue reading this article"))
    }

    @Test func showWrapsAtTheGivenWidth() throws {
        let result = try FolioBinary.run(["show", "--width", "40", "Articles/radio-farda-khamenei-no-to-talks.txt"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count > 50)
        #expect(lines.allSatisfy { $0.count <= 40 })
        let raw = try FolioBinary.run(["show", "--raw", "Articles/radio-farda-khamenei-no-to-talks.txt"])
        #expect(raw.stdout.contains("Accessibility links"))
    }

    @Test func showOfAMissingFileSaysWhy() throws {
        let result = try FolioBinary.run(["show", "no-such-article.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no-such-article.txt"))
    }
}
