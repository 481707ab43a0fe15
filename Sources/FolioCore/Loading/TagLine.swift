/// A "Found in: Iran, Diplomacy" line: a label sites print before an article's tags, a colon, and
/// the tags separated by commas. Read by hand, since it is tried on every paragraph.
enum TagLine {
    static let labels = ["found in", "tags", "tagged", "topics", "filed under", "keywords", "related topics"]

    /// The labels' first letters, lowercase, to turn most paragraphs away on their first byte.
    static let labelInitials: Set<UInt8> = Set(labels.compactMap(\.utf8.first))

    /// Lines this long are prose that happens to start like a tag line.
    static let maxLength = 2000

    /// The tags when `text` is a tag line (possibly none, for "Tags: " with nothing after), else nil.
    static func tags(in text: String) -> [String]? {
        guard let first = text.utf8.first, labelInitials.contains(first | 0x20) else { return nil }
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
