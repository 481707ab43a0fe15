import Foundation

/// Every quotation of a library grouped by who said it, so an analyst can see at a glance who
/// is quoted how often and read all of one person's words together. Detected quotations and
/// highlights with a speaker count alike; a highlight of a detected quotation counts once.
public struct SpeakerIndex: Sendable, Hashable {
    /// Where a quotation came from: the detector's kind, or a highlight made by the reader that
    /// no detected quotation matches.
    public enum Kind: String, Sendable, Hashable, Codable {
        case speech
        case term
        case highlight
    }

    /// One quotation, with the article it is in (by index in the articles given) so a view can
    /// open it there.
    public struct Entry: Sendable, Hashable {
        public var articleIndex: Int
        public var file: String
        public var text: String
        public var kind: Kind
        /// Scalar offsets in `Article.text`.
        public var start: Int
        public var end: Int
        /// The quotation's index in `Article.quotations`, when it is a detected one.
        public var quotationIndex: Int?
    }

    /// The quotations of one speaker (nil: nobody was named) in library order.
    public struct Group: Sendable, Hashable {
        public var speaker: String?
        public var entries: [Entry]

        public var count: Int { entries.count }
    }

    /// Speakers by descending count, then name; the group without a speaker last.
    public let groups: [Group]

    /// `annotations` are keyed by `Article.id`; orphaned ones are left out, having no place to
    /// jump to, and so are highlights without a speaker that match no detected quotation.
    public init(articles: [Article], annotations: [String: [Annotation]] = [:]) {
        var bySpeaker: [String?: [Entry]] = [:]
        for (index, article) in articles.enumerated() where article.loadError == nil {
            var detected = Set<Range<Int>>()
            for (number, quotation) in article.quotations.enumerated() {
                detected.insert(quotation.start..<quotation.end)
                let entry = Entry(articleIndex: index, file: article.file, text: quotation.text,
                                  kind: quotation.kind == .speech ? .speech : .term,
                                  start: quotation.start, end: quotation.end, quotationIndex: number)
                bySpeaker[SpeakerIndex.name(quotation.speaker), default: []].append(entry)
            }
            let highlights = (annotations[article.id] ?? []).filter { !$0.isOrphaned }
            for annotation in highlights.sorted(by: { $0.anchor.position.start < $1.anchor.position.start }) {
                let range = annotation.anchor.position.start..<annotation.anchor.position.end
                guard !detected.contains(range), let speaker = SpeakerIndex.name(annotation.speaker) else { continue }
                let entry = Entry(articleIndex: index, file: article.file, text: annotation.anchor.quote.exact,
                                  kind: .highlight, start: range.lowerBound, end: range.upperBound, quotationIndex: nil)
                bySpeaker[speaker, default: []].append(entry)
            }
        }
        groups = bySpeaker
            .map { Group(speaker: $0.key, entries: $0.value.sorted { ($0.articleIndex, $0.start) < ($1.articleIndex, $1.start) }) }
            .sorted { lhs, rhs in
                switch (lhs.speaker, rhs.speaker) {
                case (nil, _): false
                case (_, nil): true
                case (let left?, let right?):
                    lhs.count != rhs.count ? lhs.count > rhs.count : left.localizedStandardCompare(right) == .orderedAscending
                }
            }
    }

    /// Speaker names as grouped: trimmed, and an empty name counts as none.
    private static func name(_ speaker: String?) -> String? {
        guard let trimmed = speaker?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
