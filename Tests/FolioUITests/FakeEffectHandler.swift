import Foundation
import FolioCore
@testable import FolioUI

/// An effect handler standing in for the store: it keeps what is saved in memory, answers loads
/// with prepared annotations and counts, and can be told to fail the next saves.
final class FakeEffectHandler: EffectHandler {
    var performed: [Effect] = []
    var stored: [UUID: Annotation] = [:]
    var annotationsToLoad: [String: [Annotation]] = [:]
    var counts: [String: Int] = [:]
    /// What a library-wide highlight search answers, by query.
    var searchResults: [String: [AnnotationSearchHit]] = [:]
    /// While set, saves and deletes fail with this reason.
    var failure: String?
    // MARK: - Reader comforts and export
    /// Remembered reading positions and read articles, by `Article.id`.
    var positions: [String: Int] = [:]
    var read: Set<String> = []
    var exportAnswer = "Exported 1 highlight to /exports/folio-a.md"
    var themeAnswer = "Theme: gruvbox"
    // MARK: - Library loading
    /// Whole articles answered to `.loadArticleBody`, by `Article.id`.
    var bodies: [String: Article] = [:]

    func perform(_ effect: Effect) -> Action? {
        performed.append(effect)
        switch effect {
        case .quit:
            return nil
        case .loadHighlightCounts:
            return .highlightCountsLoaded(counts)
        case .loadAnnotations(let article):
            return .annotationsLoaded(articleID: article.id, annotationsToLoad[article.id] ?? [])
        case .saveAnnotation(let annotation):
            if let failure { return .persistFailed(annotation.id, reason: failure) }
            stored[annotation.id] = annotation
            return .persisted(annotation.id)
        case .deleteAnnotation(let id):
            if let failure { return .persistFailed(id, reason: failure) }
            stored[id] = nil
            return .persisted(id)
        // MARK: - Reader comforts and export
        case .export:
            return .showMessage(exportAnswer)
        case .saveReadingPosition(let articleID, let offset):
            positions[articleID] = offset
            return nil
        case .loadReadingPosition(let articleID):
            return positions[articleID].map { .readingPositionLoaded(articleID: articleID, offset: $0) }
        case .loadReadStates:
            return .readStatesLoaded(read)
        case .saveReadState(let articleID, let isRead):
            if isRead { read.insert(articleID) } else { read.remove(articleID) }
            return nil
        case .cycleTheme:
            return .showMessage(themeAnswer)
        case .searchAnnotations(let query):
            return .annotationSearchResults(query: query, searchResults[query] ?? [])
        // MARK: - Live reload
        case .checkForChanges:
            return nil
        // MARK: - Library loading
        case .loadArticleBody(let article):
            return bodies[article.id].map(Action.articleBodyLoaded)
        case .noteIndexedArticles(let indexed):
            let ids = Set(indexed.map(\.id))
            return .indexedArticlesNoted(highlightCounts: counts.filter { ids.contains($0.key) }, read: read.intersection(ids))
        case .loadRawText(let article):
            return .rawTextLoaded(articleID: article.id, "raw text of \(article.relativePath)")
        }
    }

    var saves: [Annotation] {
        performed.compactMap { if case .saveAnnotation(let annotation) = $0 { annotation } else { nil } }
    }

    var deletes: [UUID] {
        performed.compactMap { if case .deleteAnnotation(let id) = $0 { id } else { nil } }
    }
}
