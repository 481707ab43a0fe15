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
            let followsOpening = articles[index].content == .opening
            // The whole text begins as its opening did; the header above it may not (a warning
            // about something further in), so the place on screen is kept as a text offset.
            let top = followsOpening && openArticle == index && readerAnchor != .top ? readingOffset : nil
            articles[index] = article
            // Layouts made for the summary (none are, as it is never shown), the opening or an
            // older reading go.
            layouts = ReaderLayoutCache()
            if let top { readerAnchor = readerAnchor(forTextOffset: top) ?? readerAnchor }
            if followsOpening { refreshReaderSearch(in: index) }
            return bodyEffects(for: index, followsOpening: followsOpening) + rawTextEffects()
        case .rawTextLoaded(let articleID, let text):
            guard let index = articleIndexByID[articleID], articles[index].hasBody else { return [] }
            articles[index].raw = text
            layouts = ReaderLayoutCache()
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

    /// What an article's body arriving asks for. An opening is only shown; the whole article
    /// then gets its annotations and, when it follows its opening, what opening it could not do:
    /// the read mark (keyed by the fingerprint, unknown until now) and the remembered position
    /// (it may lie past the opening), unless the reader has already moved.
    private func bodyEffects(for index: Int, followsOpening: Bool) -> [Effect] {
        let article = articles[index]
        guard openArticle == index, article.isComplete, article.loadError == nil else { return [] }
        var effects: [Effect] = annotations[article.id] == nil ? [.loadAnnotations(article)] : []
        guard followsOpening else { return effects }
        if readArticles.contains(article.id) { effects.append(.saveReadState(articleID: article.id, read: true)) }
        if readerAnchor == .top, !rawMode { effects.append(.loadReadingPosition(articleID: article.id)) }
        return effects
    }
}
