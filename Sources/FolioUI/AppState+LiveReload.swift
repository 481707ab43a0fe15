import FolioCore

/// Keeps the open article in step with its file: each second without a key asks the effect
/// handler whether the file changed, and a changed file replaces the article in place — the
/// reader stays on the text it was reading and the highlights are re-anchored in the new text.
extension AppState {
    /// Handles the live-reload actions before anything else, so a tick neither clears the
    /// status line nor reaches a prompt; nil for every other action.
    mutating func applyLiveReload(_ action: Action) -> [Effect]? {
        switch action {
        case .tick:
            // While a note, tag or search is being typed, or a selection made, the check waits:
            // replacing the text would take those offsets away from under the reader.
            // An opening is not compared: the whole file is being read already.
            guard let article = openedArticle, inputMode == .normal, article.isComplete else { return [] }
            return [.checkForChanges(article)]
        case .articleReloaded(let article):
            return replaceArticle(with: article)
        default:
            return nil
        }
    }

    private mutating func replaceArticle(with article: Article) -> [Effect] {
        guard let index = articleIndexByID[article.id] else { return [] }
        let isOpen = openArticle == index
        let oldTop = isOpen ? readingOffset : nil
        let oldScalars = Array(articles[index].text.unicodeScalars)
        articles[index] = article
        // Layouts, documents and units of the old text are stale; copies of the state made
        // before the reload keep the cache that matches their text.
        layouts = ReaderLayoutCache()
        refreshReaderSearch(in: index)
        annotations[article.id] = nil
        if isOpen {
            cursor = nil
            selection = nil
            if let oldTop, oldTop > 0 {
                let newTop = TextRelocation.offset(oldTop, from: oldScalars, to: Array(article.text.unicodeScalars))
                readerAnchor = readerAnchor(forTextOffset: newTop) ?? .top
            } else {
                readerAnchor = .top
            }
            keepSidebarSelectionVisible()
            statusMessage = "Reloaded: file changed on disk"
        }
        return (article.loadError == nil ? [.loadAnnotations(article)] : []) + rawTextEffects()
    }
}
