import Foundation
import Testing
@testable import FolioCore

/// The fast Markdown path must give exactly Ink's blocks wherever it answers: compared on
/// generated documents mixing what it reads with everything that should send it to Ink.
@Suite struct SimpleMarkdownReaderTests {
    /// SplitMix64, so a failing document can be regenerated from its seed.
    struct Generator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func pick(_ items: [String]) -> String {
            items[Int(next() % UInt64(items.count))]
        }

        mutating func chance(_ percent: UInt64) -> Bool {
            next() % 100 < percent
        }
    }

    static let words = [
        "the", "council", "Harbour", "vote", "café", "naïve", "Zürich", "€40m", "1999", "“quoted”", "‘single’",
        "\"straight\"", "it's", "Iran’s", "a—b", "x–y", "end.", "why?", "so,", "(aside)", "三", "½", "ß", "Ωmega",
        "😀", "👍🏽", "e\u{301}", "snake_case", "a*b", "5 * 3", "~tilde", "a>b", "wow!", "#tag", "C#", "+1", "|",
    ]
    /// Inline pieces the fast path refuses or must treat with care.
    static let tricky = [
        "*", "_", "**", "__", "*_", "~~", "![", "[", "]", "&", "&amp;", "<", "<p>", "`", "\\", "\u{00A0}", "\u{301}",
        "*\u{301}", " \u{301}", "\u{200D}", "\u{0E33}", "\u{FEFF}", "\u{2028}", "\u{0600}", "  ", "\u{3000}", "#",
    ]
    static let lineStarts = [
        "# ", "## ", "###### ", "####### ", "#", "- ", "* ", "+ ", "-", "--", "1. ", "2) ", "10. ", "0. ",
        "1234567890. ", "> ", ">", " ", "  - ", "*", "_", "!", "|", "[", "三. ", "½ ",
    ]

    static func inline(_ generator: inout Generator, tricky percent: UInt64) -> String {
        var parts: [String] = []
        for _ in 0..<(1 + Int(generator.next() % 8)) {
            if generator.chance(percent) {
                parts.append(generator.pick(tricky))
            } else if generator.chance(15) {
                parts.append("*" + generator.pick(words) + "*")
            } else {
                parts.append(generator.pick(words))
            }
        }
        var line = parts.joined(separator: generator.chance(90) ? " " : "")
        if generator.chance(3) { line += " " }
        return line
    }

    static func document(seed: UInt64) -> String {
        var generator = Generator(state: seed)
        let percent = generator.pick(["0", "0", "2", "5", "15"])
        let trickiness = UInt64(percent)!
        var lines: [String] = []
        for _ in 0..<(1 + Int(generator.next() % 10)) {
            let start = generator.chance(25) ? generator.pick(lineStarts) : ""
            switch generator.next() % 6 {
            case 0: lines.append("---")
            case 1: lines += (0..<(1 + Int(generator.next() % 4))).map { index in
                    "\(index + 1). " + inline(&generator, tricky: trickiness)
                }
            case 2: lines += (0..<(1 + Int(generator.next() % 4))).map { _ in "- " + inline(&generator, tricky: trickiness) }
            default: lines.append(start + inline(&generator, tricky: trickiness))
            }
            if generator.chance(60) { lines.append("") }
        }
        return lines.joined(separator: "\n") + (generator.chance(50) ? "\n" : "")
    }

    @Test func generatedDocumentsMatchInk() {
        var answered = 0
        let total = 6000
        for seed in 0..<UInt64(total) {
            let text = Self.document(seed: seed)
            guard let fast = SimpleMarkdownReader.blocks(from: text) else { continue }
            answered += 1
            let ink = MarkdownArticleParser.inkBlocks(text)
            #expect(fast == ink, "seed \(seed): \(text.debugDescription)")
            if fast != ink { return }
        }
        // The comparison means something only if the fast path answers often.
        #expect(answered > total / 8, "answered \(answered) of \(total)")
    }

    @Test func commonArticleShapesTakeTheFastPath() throws {
        let text = """
        ## The Harbour Vote

        The council met on *Tuesday* and said: “We will keep going,” according to Ingrid Solberg.
        Residents were naïve about the €40m budget, said Ali Vaez.

        > “The barrier will hold,” said Claire Dubois.

        - first point
        - second point

        1. one
        2. two

        ---

        Closing words.
        """
        let fast = try #require(SimpleMarkdownReader.blocks(from: text))
        #expect(fast == MarkdownArticleParser.inkBlocks(text))
        #expect(fast.map(\.kind) == [
            .heading(level: 2), .paragraph, .blockQuote, .listItem(marker: "•", depth: 0), .listItem(marker: "•", depth: 0),
            .listItem(marker: "1.", depth: 0), .listItem(marker: "2.", depth: 0), .rule, .paragraph,
        ])
        #expect(fast[1].runs == [InlineRun(range: 19..<26, style: .emphasis)])
    }

    @Test func constructsItDoesNotReadGoToInk() {
        let refused = [
            "A [link](https://example.org).", "Some `code`.", "**strong**", "~~struck~~", "a &amp; b", "a <b>c</b>",
            "an \\*escape", "- outer\n  - nested", "> one\n> two", "a\u{00A0}b", "text  \nbreak", "```\ncode\n```",
            "| a | b |", "![alt](x.png)", "    indented", "1. one\ncontinued",
        ]
        for text in refused {
            #expect(SimpleMarkdownReader.blocks(from: text) == nil, "\(text.debugDescription)")
        }
    }

    @Test func markdownFixturesAgreeWithInk() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures")
        let files = FileManager.default.enumerator(at: fixtures, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = ArticleTextDecoder.decode(Array(try Data(contentsOf: file))).text
            let body = FrontMatter.split(text)?.body ?? text
            if let fast = SimpleMarkdownReader.blocks(from: body) {
                #expect(fast == MarkdownArticleParser.inkBlocks(body), "\(file.lastPathComponent)")
            }
        }
    }
}
