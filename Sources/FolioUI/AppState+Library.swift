import FolioCore

/// A library read in the background: batches of articles replace their placeholders in the
/// list as they arrive, and an article kept only as a summary is read whole when it is opened.
extension AppState {
    mutating func applyLibraryAction(_ action: Action) -> [Effect] {
        switch action {
        case .libraryIndexed(let batch, let progress):
            indexing = progress.isFinished ? nil : progress
            var updated: [Article] = []
            for article in batch {
                // An article open (and so whole) is newer than its summary; it stays.
                guard let index = articleIndexByID[article.id], !articles[index].hasBody else { continue }
                articles[index] = article
                updated.append(article)
            }
            if !updated.isEmpty, !search.listFilter.isEmpty || search.listSort != .file { refreshListOrder() }
            return updated.isEmpty ? [] : [.noteIndexedArticles(updated)]
        case .articleBodyLoaded(let article):
            guard let index = articleIndexByID[article.id] else { return [] }
            articles[index] = article
            // Layouts made for the summary (none are, as it is never shown) or an older reading go.
            layouts = ReaderLayoutCache()
            guard openArticle == index, annotations[article.id] == nil, article.loadError == nil else { return [] }
            return [.loadAnnotations(article)]
        case .indexedArticlesNoted(let counts, let read):
            for (id, count) in counts where annotations[id] == nil { highlightCounts[id] = count }
            readArticles.formUnion(read)
            if search.listSort == .highlights, !counts.isEmpty { refreshListOrder() }
        default:
            break
        }
        return []
    }
}
