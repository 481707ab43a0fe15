import FolioCore

/// The export menu, read/unread marks and theme cycling: small comforts whose real work (files,
/// the store, the terminal's colors) the effect handler does, answering with a message.
extension AppState {
    mutating func applyComfortAction(_ action: Action) -> [Effect] {
        switch action {
        case .openExportMenu:
            exportMenu = ExportMenu(article: articleAtHand)
        case .exportMenuDown:
            exportMenu?.move(by: 1)
        case .exportMenuUp:
            exportMenu?.move(by: -1)
        case .exportMenuChoose:
            return chooseInExportMenu(exportMenu?.selection ?? 0)
        case .exportMenuPick(let index):
            return chooseInExportMenu(index)
        case .closeExportMenu:
            exportMenu = nil
        case .toggleRead:
            return toggleRead()
        case .cycleTheme:
            return [.cycleTheme]
        case .readingPositionLoaded(let articleID, let offset):
            restoreReadingPosition(articleID: articleID, offset: offset)
        case .readStatesLoaded(let ids):
            readArticles.formUnion(ids)
        default:
            break
        }
        return []
    }

    /// The article the keys act on: the one being read when the reader or sidebar has focus,
    /// else the one selected in the list.
    var articleAtHand: Article? {
        if focus != .list, let opened = openedArticle { return opened }
        return selectedArticleIndex.map { articles[$0] }
    }

    private mutating func chooseInExportMenu(_ index: Int) -> [Effect] {
        guard var menu = exportMenu else { return [] }
        let effect = menu.choose(index)
        exportMenu = effect == nil ? menu : nil
        if effect != nil { statusMessage = "Exporting…" }
        return effect.map { [$0] } ?? []
    }

    private mutating func toggleRead() -> [Effect] {
        guard let article = articleAtHand, article.loadError == nil else { return [] }
        let read = !readArticles.contains(article.id)
        if read {
            readArticles.insert(article.id)
        } else {
            readArticles.remove(article.id)
        }
        statusMessage = "Marked \(read ? "read" : "unread"): \(article.title)"
        return [.saveReadState(articleID: article.id, read: read)]
    }
}
