import Foundation

/// Turns a quote or a selected range of an article into a new annotation, anchored in the
/// article's current text and attributed to its path and fingerprint.
public struct Highlighter: Sendable {
    public init() {}

    /// Highlights the exact text `quote`; when it occurs more than once, `occurrence` (1-based)
    /// says which, because guessing would put the reader's note on the wrong passage.
    public func annotation(
        quoting quote: String,
        occurrence: Int? = nil,
        in article: Article,
        style: HighlightStyle = HighlightStyle(),
        now: Date = Date()
    ) throws(HighlightError) -> Annotation {
        guard !quote.isEmpty else { throw .emptyQuote(file: article.file) }
        let builder = AnchorBuilder(text: article.text)
        let ranges = builder.ranges(of: quote)
        guard !ranges.isEmpty else { throw .notFound(file: article.file, quote: quote) }
        let index: Int
        if let occurrence {
            guard (1...ranges.count).contains(occurrence) else {
                throw .occurrenceOutOfRange(file: article.file, quote: quote, requested: occurrence, count: ranges.count)
            }
            index = occurrence - 1
        } else {
            guard ranges.count == 1 else { throw .ambiguous(file: article.file, quote: quote, count: ranges.count) }
            index = 0
        }
        return annotation(for: ranges[index], in: article, builder: builder, style: style, now: now)
    }

    /// Highlights a range of scalars of `article.text`, such as a selection in the reader.
    public func annotation(
        for range: Range<Int>,
        in article: Article,
        builder: AnchorBuilder? = nil,
        style: HighlightStyle = HighlightStyle(),
        now: Date = Date()
    ) -> Annotation {
        let builder = builder ?? AnchorBuilder(text: article.text)
        return annotation(anchoredAt: builder.anchor(for: range), in: article, style: style, now: now)
    }

    /// Highlights text already anchored in `article`'s current text, such as a range the reader
    /// anchored from the scalars around it without decoding the whole of a long article.
    public func annotation(
        anchoredAt anchor: TextAnchor,
        in article: Article,
        style: HighlightStyle = HighlightStyle(),
        now: Date = Date()
    ) -> Annotation {
        Annotation(
            articlePath: article.relativePath,
            articleFingerprint: article.fingerprint,
            anchor: anchor,
            anchoring: .exact,
            color: style.color,
            note: style.note,
            tags: style.tags,
            speaker: style.speaker,
            created: now
        )
    }
}

/// What the reader says about a new highlight besides where it is.
public struct HighlightStyle: Sendable, Hashable {
    public var color: HighlightColor
    public var note: String
    public var tags: [String]
    public var speaker: String?

    public init(color: HighlightColor = .yellow, note: String = "", tags: [String] = [], speaker: String? = nil) {
        self.color = color
        self.note = note
        self.tags = tags
        self.speaker = speaker
    }
}
