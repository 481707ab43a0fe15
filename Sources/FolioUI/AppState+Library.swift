import FolioCore

/// A library read in the background: batches of articles replace their placeholders in the
/// list as they arrive, and an article kept only as a summary is read whole when it is opened.
extension AppState {
    mutating func applyLibraryAction(_ action: Action) -> [Effect] {
        switch action {
        case .libraryIndexed(let batch, let progress):
            indexing = progress.isFinished ? nil : progress
            var updated: [Int] = []
            for article in batch {
                // An article open (and so whole) is newer than its summary; it stays.
                guard let index = articleIndexByID[article.id], !articles[index].hasBody else { continue }
                articles[index] = article
                updated.append(index)
            }
            guard !updated.isEmpty else { return [] }
            if !search.listFilter.isEmpty || search.listSort != .file {
                // Sorting the whole list is what costs; it is redone each tenth of the way.
                let tenth = { (done: Int) in done * 10 / max(1, progress.total) }
                admitToListOrder(updated, resort: progress.isFinished || tenth(progress.done) > tenth(progress.done - batch.count))
            }
            return [.noteIndexedArticles(updated.map { articles[$0] })]
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
            if search.listSort == .highlights, !counts.isEmpty {
                admitToListOrder(counts.keys.compactMap { articleIndexByID[$0] }.sorted(), resort: indexing == nil)
            }
        default:
            break
        }
        return []
    }
}
