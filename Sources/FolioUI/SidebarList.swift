import Foundation
import FolioCore

/// A library-wide list the sidebar shows instead of the open article's quotes: the highlights
/// and notes matching a search, or every quotation grouped by speaker. Its own selection and
/// scroll position, so closing it returns to the article's quotes where they were.
public struct SidebarList: Sendable, Hashable {
    public enum Content: Sendable, Hashable {
        case highlights(query: String, hits: [AnnotationSearchHit])
        case speakers(SpeakerIndex)
    }

    /// Where Enter on an item goes.
    public enum Target: Sendable, Hashable {
        /// A stored annotation, found by id once its article's annotations are loaded.
        case annotation(articleIndex: Int, id: UUID)
        /// A detected quotation, by index in `Article.quotations`.
        case quotation(articleIndex: Int, index: Int)
        /// A highlight's range in the article's text, as the speaker index had it.
        case span(articleIndex: Int, range: Range<Int>)
        /// The article is not part of this session.
        case unavailable(path: String)
    }

    /// One selectable item, with the heading of its group when it is the group's first.
    public struct Item: Sendable, Hashable {
        public var heading: String?
        public var quote: String
        public var speaker: String?
        public var note: String
        /// The article's title, or the stored path when it is not loaded.
        public var source: String
        public var target: Target
    }

    public var content: Content
    public let items: [Item]
    public internal(set) var selection = 0
    public internal(set) var top = 0

    init(content: Content, articles: [Article]) {
        self.content = content
        items = SidebarList.items(of: content, articles: articles)
    }

    /// The pane title.
    var title: String {
        switch content {
        case .highlights(let query, let hits): "Highlights (\(hits.count)): “\(query)”"
        case .speakers(let index): "Speakers (\(index.groups.count))"
        }
    }

    private static func items(of content: Content, articles: [Article]) -> [Item] {
        let indexByID = articles.positionsByID()
        switch content {
        case .highlights(_, let hits):
            return hits.map { hit in
                let annotation = hit.annotation
                let articleIndex = hit.articleID.flatMap { indexByID[$0] }
                let target: Target = articleIndex.map { .annotation(articleIndex: $0, id: annotation.id) }
                    ?? .unavailable(path: annotation.articlePath)
                return Item(heading: nil, quote: annotation.anchor.quote.exact, speaker: annotation.speaker, note: annotation.note,
                            source: articleIndex.map { articles[$0].title } ?? annotation.articlePath, target: target)
            }
        case .speakers(let index):
            return index.groups.flatMap { group in
                group.entries.enumerated().map { number, entry in
                    let target: Target = entry.quotationIndex.map { .quotation(articleIndex: entry.articleIndex, index: $0) }
                        ?? .span(articleIndex: entry.articleIndex, range: entry.start..<entry.end)
                    return Item(heading: number == 0 ? "\(group.speaker ?? "No speaker") (\(group.count))" : nil,
                                quote: entry.text, speaker: nil, note: "",
                                source: articles[entry.articleIndex].title, target: target)
                }
            }
        }
    }
}
