import FolioCore

/// Where the reader left each article, and whether it was read: remembered in the store when
/// the reader leaves an article (opening another, or quitting) and restored when it is opened.
extension AppState {
    /// Scalar offset in `Article.text` of the first line on screen in the cleaned view — also
    /// while the raw view shows — or 0 at the header above the text.
    var readingOffset: Int? {
        guard let index = openArticle else { return nil }
        let layout = layouts.layout(for: articles[index], index: index, raw: false, width: readerTextWidth)
        guard layout.segmentCount > 0 else { return nil }
        let position = layout.position(of: readerAnchor)
        guard let start = layout.document.segments[position.segment].start else { return 0 }
        return start + layout.line(at: position).range.lowerBound
    }

    /// Saves the open article's position, before quitting or leaving it.
    func readingPositionEffects() -> [Effect] {
        guard let article = openedArticle, article.loadError == nil, let offset = readingOffset else { return [] }
        return [.saveReadingPosition(articleID: article.id, offset: offset)]
    }

    /// Saves the open article's position when the article about to open (by index) is another.
    func readingPositionEffects(beforeOpening index: Int) -> [Effect] {
        guard let open = openArticle, open != index, articles.indices.contains(index) else { return [] }
        return readingPositionEffects()
    }

    /// After `.openArticle`: when another article came up, ask for its remembered position, and
    /// mark it read.
    mutating func effectsAfterOpening(previous: Int?) -> [Effect] {
        guard let article = openedArticle, openArticle != previous, article.loadError == nil else { return [] }
        var effects: [Effect] = [.loadReadingPosition(articleID: article.id)]
        if readArticles.insert(article.id).inserted {
            effects.append(.saveReadState(articleID: article.id, read: true))
        }
        return effects
    }

    /// Scrolls the article just opened to where the reader left it, unless that place is no
    /// longer in its text.
    mutating func restoreReadingPosition(articleID: String, offset: Int) {
        guard let article = openedArticle, article.id == articleID, !rawMode,
              offset < article.text.unicodeScalars.count else { return }
        if offset <= 0 {
            readerAnchor = .top
        } else if let anchor = readerAnchor(forTextOffset: offset) {
            readerAnchor = anchor
        }
    }
}
