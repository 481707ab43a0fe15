import FolioCore

/// The reader's view of an article as plain lines, for `folio show`: the same header, wrapping,
/// list markers and quotation layout as the reader pane, without styles.
public struct ArticleTextRenderer: Sendable {
    public var width: Int

    public init(width: Int) {
        self.width = max(1, width)
    }

    public func lines(for article: Article, raw: Bool = false) -> [String] {
        let document = raw ? ReaderDocument(raw: article) : ReaderDocument(cleaned: article)
        var lines: [String] = []
        for segment in document.segments {
            for line in segment.lines(width: width) {
                lines.append(Self.trimmedRight(line.text))
            }
        }
        return lines
    }

    private static func trimmedRight(_ text: String) -> String {
        var text = Substring(text)
        while text.last == " " { text = text.dropLast() }
        return String(text)
    }
}
