import Foundation

/// A highlight the reader made, with its note and tags: the thing Folio must never lose.
public struct Annotation: Sendable, Hashable, Codable, Identifiable {
    public var id: UUID
    /// The article's path relative to its library folder when the annotation was last anchored.
    public var articlePath: String
    /// The article's content fingerprint, so the annotation follows a renamed or moved file.
    public var articleFingerprint: String
    public var anchor: TextAnchor
    public var anchoring: Anchoring
    public var color: HighlightColor
    public var note: String
    public var tags: [String]
    /// Who said it, when the highlight is a detected quotation.
    public var speaker: String?
    public var created: Date
    public var modified: Date

    public init(
        id: UUID = UUID(),
        articlePath: String,
        articleFingerprint: String,
        anchor: TextAnchor,
        anchoring: Anchoring = .exact,
        color: HighlightColor = .yellow,
        note: String = "",
        tags: [String] = [],
        speaker: String? = nil,
        created: Date,
        modified: Date? = nil
    ) {
        self.id = id
        self.articlePath = articlePath
        self.articleFingerprint = articleFingerprint
        self.anchor = anchor
        self.anchoring = anchoring
        self.color = color
        self.note = note
        self.tags = tags
        self.speaker = speaker
        self.created = created
        self.modified = modified ?? created
    }

    public var isOrphaned: Bool { anchoring == .orphaned }
}

/// The W3C Web Annotation selector pair that locates a highlight in `Article.text`.
public struct TextAnchor: Sendable, Hashable, Codable {
    public var quote: TextQuoteSelector
    public var position: TextPositionSelector

    public init(quote: TextQuoteSelector, position: TextPositionSelector) {
        self.quote = quote
        self.position = position
    }
}

/// The exact text plus some context either side (about 32 scalars), as W3C `TextQuoteSelector`.
public struct TextQuoteSelector: Sendable, Hashable, Codable {
    public var exact: String
    public var prefix: String
    public var suffix: String

    public init(exact: String, prefix: String, suffix: String) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// Start and end in Unicode scalar values of `Article.text`, as W3C `TextPositionSelector`.
public struct TextPositionSelector: Sendable, Hashable, Codable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// How an annotation was last placed in its article's current text.
public enum Anchoring: Sendable, Hashable, Codable {
    /// The quote and its context were where the position selector says.
    case exact
    /// The exact quote was found elsewhere in the text.
    case moved
    /// A close but not identical match; `confidence` is in 0...1.
    case approximate(confidence: Double)
    /// Nowhere to be found; kept with its old quote and context, never deleted silently.
    case orphaned
}

/// The five highlight colors a reader sorts quotes by; the names are what exports print.
public enum HighlightColor: Int, Sendable, Hashable, Codable, CaseIterable {
    case yellow = 1
    case green = 2
    case blue = 3
    case pink = 4
    case purple = 5

    /// Looked up rather than reflected: `String(describing:)` on every call cost an export of
    /// 100,000 highlights more than writing their dates.
    public var name: String { Self.names[self] ?? String(describing: self) }

    private static let names = Dictionary(uniqueKeysWithValues: allCases.map { ($0, String(describing: $0)) })

    public init?(name: String) {
        guard let color = HighlightColor.allCases.first(where: { $0.name == name.lowercased() }) else { return nil }
        self = color
    }
}
