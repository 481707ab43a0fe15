/// A "Found in: Iran, Diplomacy" line: a label sites print before an article's tags, a colon, and
/// the tags separated by commas. Read by hand, since it is tried on every paragraph.
enum TagLine {
    static let labels = ["found in", "tags", "tagged", "topics", "filed under", "keywords", "related topics"]

    static let labelBytes = labels.map { Array($0.utf8) }
    /// The labels' first letters, which turn away nearly every paragraph at its first byte.
    static let labelLeads = Set(labels.map { $0.utf8.first! })

    /// Whether the text starts with a label, ASCII letters in either case: read on bytes, so most
    /// paragraphs are turned away before a scanner is made.
    static func startsWithLabel(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard let lead = utf8.first, lead &- 0x41 < 26 || lead &- 0x61 < 26, labelLeads.contains(lead | 0x20) else { return false }
        return labelBytes.contains { label in
            var bytes = utf8.makeIterator()
            return label.allSatisfy { expected in
                guard let byte = bytes.next() else { return false }
                return byte &- 0x41 < 26 ? byte | 0x20 == expected : byte == expected
            }
        }
    }

    /// Lines this long are prose that happens to start like a tag line.
    static let maxLength = 2000

    /// The tags when `text` is a tag line (possibly none, for "Tags: " with nothing after), else nil.
    static func tags(in text: String) -> [String]? {
        guard startsWithLabel(text) else { return nil }
        var scanner = ScalarScanner(text)
        guard scanner.consume(oneOf: labels, foldingCase: true) != nil else { return nil }
        scanner.skipWhitespace()
        guard scanner.consume(":") else { return nil }
        let spaces = scanner.skipWhitespace()
        guard !scanner.isAtEnd || spaces > 0,
              TextScan.scalarCount(text) < maxLength else { return nil }
        return scanner.rest.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    }
}
