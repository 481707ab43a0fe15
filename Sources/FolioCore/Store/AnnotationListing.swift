import Foundation

/// What `folio annotations` prints: one entry per annotation, as text for the reader or as JSON
/// for scripts. Entries keep the store's order (article, then position).
public struct AnnotationListing: Sendable, Hashable {
    public struct Entry: Sendable, Hashable, Codable {
        public var id: String
        public var article: String
        public var quote: String
        public var note: String
        public var tags: [String]
        public var color: String
        public var speaker: String?
        /// "exact", "moved", "approximate" or "orphaned".
        public var anchoring: String
        public var confidence: Double?
        public var start: Int
        public var end: Int
        public var created: Date
        public var modified: Date

        public init(_ annotation: Annotation) {
            id = annotation.id.uuidString
            article = annotation.articlePath
            quote = annotation.anchor.quote.exact
            note = annotation.note
            tags = annotation.tags
            color = annotation.color.name
            speaker = annotation.speaker
            start = annotation.anchor.position.start
            end = annotation.anchor.position.end
            created = annotation.created
            modified = annotation.modified
            switch annotation.anchoring {
            case .exact: anchoring = "exact"
            case .moved: anchoring = "moved"
            case .approximate(let value):
                anchoring = "approximate"
                confidence = value
            case .orphaned: anchoring = "orphaned"
            }
        }
    }

    public var entries: [Entry]

    public init(_ annotations: [Annotation]) {
        entries = annotations.map(Entry.init)
    }

    /// Pretty-printed JSON with sorted keys and ISO 8601 times, stable for diffs and tests.
    public func json() throws -> String {
        guard !entries.isEmpty else { return "[]" }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(entries), as: UTF8.self)
    }

    /// Grouped by article: each annotation's state, color and quote, then its note, tags and id.
    public func text() -> String {
        guard !entries.isEmpty else { return "No annotations." }
        var lines: [String] = []
        var currentArticle: String?
        for entry in entries {
            if entry.article != currentArticle {
                if currentArticle != nil { lines.append("") }
                lines.append(entry.article)
                currentArticle = entry.article
            }
            let state = entry.confidence.map { "\(entry.anchoring) \(Int(($0 * 100).rounded()))%" } ?? entry.anchoring
            lines.append("  [\(state)] \(entry.color): “\(Self.oneLine(entry.quote))”")
            if let speaker = entry.speaker { lines.append("      speaker: \(speaker)") }
            if !entry.note.isEmpty { lines.append("      note: \(Self.oneLine(entry.note))") }
            if !entry.tags.isEmpty { lines.append("      tags: \(entry.tags.joined(separator: ", "))") }
            lines.append("      id: \(entry.id)")
        }
        return lines.joined(separator: "\n")
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
