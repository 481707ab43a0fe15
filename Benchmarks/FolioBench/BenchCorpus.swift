import Foundation

/// Synthetic inputs for the benchmark, written to a scratch folder: varied web-copied articles
/// with quotations, one very long article, and highlight data. Seeded, so runs are comparable.
struct BenchCorpus {
    let root: URL
    var libraryFolder: URL { root.appendingPathComponent("library") }
    var longArticle: URL { root.appendingPathComponent("long-article.txt") }
    /// The first line of the long article, which both `less` and `folio` show on their first screen.
    static let longArticleTitle = "Benchmark Harbour Article Spanning Many Pages"

    init(root: URL) {
        self.root = root
    }

    /// Writes `articleCount` articles of about 6 KB (one in five Markdown) into folders of 100.
    /// Returns the total size in bytes.
    func writeLibrary(articleCount: Int) throws -> Int {
        var generator = TextGenerator(seed: 42)
        var total = 0
        for index in 0..<articleCount {
            let folder = libraryFolder.appendingPathComponent(String(format: "section-%03d", index / 100))
            if index % 100 == 0 { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
            let isMarkdown = index % 5 == 4
            let text = isMarkdown ? generator.markdownArticle(targetBytes: 6_000) : generator.webArticle(targetBytes: 6_000)
            let name = String(format: "article-%05d.%@", index, isMarkdown ? "md" : "txt")
            let bytes = Data(text.utf8)
            try bytes.write(to: folder.appendingPathComponent(name))
            total += bytes.count
        }
        return total
    }

    /// Writes one plain-text article of about `bytes` bytes; returns its exact size.
    func writeLongArticle(bytes: Int) throws -> Int {
        var generator = TextGenerator(seed: 7)
        var text = Self.longArticleTitle + "\n\nBy Mara Lindqvist\n\n"
        while text.utf8.count < bytes {
            text += generator.paragraph() + "\n\n"
        }
        try Data(text.utf8).write(to: longArticle)
        return text.utf8.count
    }
}

/// Deterministic prose: sentences from a small vocabulary, quotations with speakers in the shapes
/// newspapers print them, and the furniture web pages wrap articles in.
struct TextGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next() % UInt64(items.count))]
    }

    static let words = [
        "the", "council", "harbour", "barrier", "vote", "residents", "minister", "talks", "policy",
        "archive", "tapes", "flood", "budget", "a", "of", "and", "to", "in", "was", "said", "would",
        "negotiations", "summer", "engineers", "translation", "poetry", "exchange", "sanctions",
        "agreement", "reporters", "committee", "evidence", "city", "river", "weeks", "years",
        "officials", "café", "naïve", "Zürich", "Kyoto", "Tehran", "Halden", "rébellion", "€40m",
    ]
    static let names = [
        "Ingrid Solberg", "Ali Vaez", "Hamid Reza Taraghi", "Maria de la Cruz", "Kenji Watanabe",
        "Sara Bjørnstad", "Omar al Hassan", "Claire Dubois", "Piotr Nowak", "Amina Yusuf",
    ]
    static let furniture = [
        "Skip to main content", "Menu", "Search", "Share this article", "Advertisement",
        "Subscribe to continue reading", "This site uses cookies to improve your experience.",
        "Most read", "Related articles", "Back to top", "16x9 Image", "Listen to this article",
    ]

    mutating func sentence(minWords: Int = 8, maxWords: Int = 22) -> String {
        let count = minWords + Int(next() % UInt64(maxWords - minWords))
        var words: [String] = []
        for _ in 0..<count { words.append(pick(Self.words)) }
        let first = words[0]
        words[0] = first.prefix(1).uppercased() + first.dropFirst()
        return words.joined(separator: " ") + "."
    }

    mutating func quotation() -> String {
        let quote = sentence(minWords: 6, maxWords: 18).dropLast()
        let speaker = pick(Self.names)
        switch next() % 4 {
        case 0: return "“\(quote),” said \(speaker)."
        case 1: return "\(speaker) said: “\(quote).”"
        case 2: return "“\(quote),” \(speaker) told reporters, “and we will keep going.”"
        default: return "\"\(quote),\" according to \(speaker)."
        }
    }

    mutating func paragraph() -> String {
        var parts: [String] = []
        for _ in 0..<(3 + Int(next() % 4)) {
            parts.append(next() % 3 == 0 ? quotation() : sentence())
        }
        return parts.joined(separator: " ")
    }

    /// Web-copied plain text: navigation, kicker, title, byline, summary, paragraphs (some hard
    /// wrapped), a list, furniture in the middle, a bio and tags at the end.
    mutating func webArticle(targetBytes: Int) -> String {
        var lines = [pick(Self.furniture), pick(Self.furniture), "", "World News", "", sentence(minWords: 6, maxWords: 12).dropLast() + "", ""]
        let author = pick(Self.names)
        lines += ["By \(author)", "", "Article Summary", "", paragraph(), ""]
        var size = lines.joined(separator: "\n").utf8.count
        var paragraphs = 0
        while size < targetBytes - 400 {
            var block = paragraph()
            if paragraphs % 4 == 1 { block = hardWrapped(block, width: 72) }
            if paragraphs % 7 == 3 { block = "1. " + sentence() + "\n2. " + sentence() + "\n• " + sentence() }
            if paragraphs % 9 == 5 { block = pick(Self.furniture) }
            lines += [block, ""]
            size += block.utf8.count + 2
            paragraphs += 1
        }
        lines += ["\(author) is a correspondent covering \(pick(Self.words)) and \(pick(Self.words)).", ""]
        lines += ["Found in: \(pick(Self.words)), \(pick(Self.words)), \(pick(Self.words))", ""]
        return lines.joined(separator: "\n")
    }

    mutating func markdownArticle(targetBytes: Int) -> String {
        var text = "---\ntitle: \(sentence(minWords: 5, maxWords: 10).dropLast())\nauthor: \(pick(Self.names))\ntags: [\(pick(Self.words)), \(pick(Self.words))]\n---\n\n"
        var section = 0
        while text.utf8.count < targetBytes {
            if section % 3 == 0 { text += "## \(sentence(minWords: 3, maxWords: 6).dropLast())\n\n" }
            text += paragraph().replacingOccurrences(of: " council ", with: " *council* ") + "\n\n"
            if section % 4 == 2 { text += "> " + quotation() + "\n\n- " + sentence() + "\n- " + sentence() + "\n\n" }
            section += 1
        }
        return text
    }

    func hardWrapped(_ text: String, width: Int) -> String {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + word.count + 1 > width {
                lines.append(line)
                line = ""
            }
            line += line.isEmpty ? String(word) : " " + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines.joined(separator: "\n")
    }
}
