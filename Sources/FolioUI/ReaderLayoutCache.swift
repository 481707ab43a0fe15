import FolioCore
import Foundation

/// Keeps built documents, wrapped layouts and cursor units between keystrokes, keyed by article, view (cleaned
/// or raw) and width. Shared by copies of `AppState`: its contents depend only on those keys,
/// so sharing is safe and copying state stays cheap.
final class ReaderLayoutCache: @unchecked Sendable {
    private struct DocumentKey: Hashable {
        var article: Int
        var raw: Bool
    }

    private struct LayoutKey: Hashable {
        var document: DocumentKey
        var width: Int
    }

    /// Layouts kept; enough for a few articles and a resize back and forth.
    private static let capacity = 8

    private let lock = NSLock()
    private var documents: [DocumentKey: ReaderDocument] = [:]
    private var layouts: [LayoutKey: ReaderLayout] = [:]
    private var recent: [LayoutKey] = []
    private var units: [Int: ArticleUnits] = [:]

    /// The quotations and sentences of article `index`, segmented once.
    func units(for article: Article, index: Int) -> ArticleUnits {
        if let found = lock.withLock({ units[index] }) { return found }
        let found = ArticleUnits(article: article)
        lock.withLock { units[index] = found }
        return found
    }

    func document(for article: Article, index: Int, raw: Bool) -> ReaderDocument {
        let key = DocumentKey(article: index, raw: raw)
        if let document = lock.withLock({ documents[key] }) { return document }
        let document = raw ? ReaderDocument(raw: article) : ReaderDocument(cleaned: article)
        lock.withLock { documents[key] = document }
        return document
    }

    func layout(for article: Article, index: Int, raw: Bool, width: Int) -> ReaderLayout {
        let key = LayoutKey(document: DocumentKey(article: index, raw: raw), width: width)
        if let layout = lock.withLock({ layouts[key] }) {
            lock.withLock { touch(key) }
            return layout
        }
        let layout = ReaderLayout(document: document(for: article, index: index, raw: raw), width: width)
        lock.withLock {
            layouts[key] = layout
            touch(key)
            while recent.count > ReaderLayoutCache.capacity {
                layouts[recent.removeFirst()] = nil
            }
        }
        return layout
    }

    private func touch(_ key: LayoutKey) {
        recent.removeAll { $0 == key }
        recent.append(key)
    }
}
