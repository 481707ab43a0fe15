import FolioCore
import Foundation

/// Each article's position in the state's list by `Article.id`, made on first use: batches,
/// reloads and store results arrive by id, but a first frame needs none of it, and hashing
/// every path of a 10,000-article library was most of that frame. Shared by copies of
/// `AppState`: an article keeps its position in the list for the state's life.
final class ArticlePositions: @unchecked Sendable {
    private let lock = NSLock()
    /// The list to index, until it has been.
    private var pending: [Article]?
    private var positions: [String: Int] = [:]

    init(_ articles: [Article]) {
        pending = articles
    }

    subscript(id: String) -> Int? {
        lock.withLock {
            if let articles = pending {
                positions = articles.positionsByID()
                pending = nil
            }
            return positions[id]
        }
    }
}
