import FolioCore
import Foundation

/// Carries out the reader's effects against the annotation store, synchronously: a save is
/// committed (durably) before its answer tells the state to show "Saved".
///
/// Without a store (it could not be opened: locked, damaged, from a newer Folio) the reader
/// still works read-only; every change is refused with the reason, so nothing is shown as saved
/// that was not.
public final class StoreEffectHandler: EffectHandler {
    private let store: AnnotationStore?
    private let unavailableReason: String
    private let articles: [Article]

    public init(store: AnnotationStore?, unavailableReason: String? = nil, articles: [Article]) {
        self.store = store
        self.unavailableReason = unavailableReason ?? "no annotation store is open"
        self.articles = articles
    }

    public func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .quit:
            return nil
        case .loadHighlightCounts:
            guard let store, let counts = try? store.highlightCounts() else { return nil }
            var byArticle: [String: Int] = [:]
            for article in articles {
                byArticle[article.id] = counts.count(forArticlePath: article.relativePath, fingerprint: article.fingerprint)
            }
            return .highlightCountsLoaded(byArticle)
        case .loadAnnotations(let article):
            guard let store else { return .annotationsLoadFailed(articleID: article.id, reason: unavailableReason) }
            do {
                let annotations = try AnnotationService(store: store).annotations(for: article)
                if !store.isReadOnly, article.loadError == nil {
                    try store.noteArticleSeen(path: article.relativePath, fingerprint: article.fingerprint, title: article.title)
                }
                return .annotationsLoaded(articleID: article.id, annotations)
            } catch {
                return .annotationsLoadFailed(articleID: article.id, reason: error.description)
            }
        case .saveAnnotation(let annotation):
            guard let store else { return .persistFailed(annotation.id, reason: unavailableReason) }
            do {
                if try store.annotation(id: annotation.id) == nil {
                    try store.insert(annotation)
                } else {
                    try store.update(annotation)
                }
                return .persisted(annotation.id)
            } catch {
                return .persistFailed(annotation.id, reason: error.description)
            }
        case .deleteAnnotation(let id):
            guard let store else { return .persistFailed(id, reason: unavailableReason) }
            do {
                try store.delete(id: id)
                return .persisted(id)
            } catch {
                return .persistFailed(id, reason: error.description)
            }
        // MARK: - Finding things
        case .searchAnnotations(let query):
            return searchAnnotations(query)
        }
    }

    /// Every stored annotation matching `query`, attached to the article of this session it
    /// belongs to (by path, else by content fingerprint, so moved files still open), those in
    /// open articles first in list and text order.
    private func searchAnnotations(_ query: String) -> Action {
        guard let store else { return .showMessage("Cannot search highlights: \(unavailableReason)") }
        guard let search = TextSearch(query) else { return .annotationSearchResults(query: query, []) }
        do {
            let byPath = Dictionary(articles.enumerated().map { ($0.element.relativePath, $0.offset) }, uniquingKeysWith: { first, _ in first })
            let byFingerprint = Dictionary(articles.enumerated().map { ($0.element.fingerprint, $0.offset) },
                                           uniquingKeysWith: { first, _ in first })
            let hits = try store.allAnnotations().filter(search.matches).map { annotation in
                (index: byPath[annotation.articlePath] ?? byFingerprint[annotation.articleFingerprint], annotation: annotation)
            }
            let ordered = hits.sorted { lhs, rhs in
                (lhs.index ?? Int.max, lhs.annotation.anchor.position.start) < (rhs.index ?? Int.max, rhs.annotation.anchor.position.start)
            }
            return .annotationSearchResults(query: query, ordered.map {
                AnnotationSearchHit(articleID: $0.index.map { articles[$0].id }, annotation: $0.annotation)
            })
        } catch {
            return .showMessage("Cannot search highlights: \(error.description)")
        }
    }
}
