import FolioCore
import Foundation

/// The sidebar's library-wide lists: highlights and notes matching a search across every
/// article, and every quotation grouped by speaker. Enter opens the item's article at it.
extension AppState {
    /// Keys for the sidebar while it shows a list: movement and Enter work on the list; commands
    /// that change the open article's highlights are refused, as their target is not on screen.
    mutating func interceptForSidebarList(_ action: Action) -> [Effect]? {
        guard let list = search.sidebarList else { return nil }
        let page = max(1, ScreenLayout.frame(of: .sidebar, size: size).inset(by: 1).height / 4)
        switch action {
        case .lineDown: selectListItem(list.selection + 1)
        case .lineUp: selectListItem(list.selection - 1)
        case .pageDown: selectListItem(list.selection + page)
        case .pageUp: selectListItem(list.selection - page)
        case .halfPageDown: selectListItem(list.selection + max(1, page / 2))
        case .halfPageUp: selectListItem(list.selection - max(1, page / 2))
        case .top: selectListItem(0)
        case .bottom: selectListItem(list.items.count - 1)
        case .jumpToQuotation: return openListItem()
        case .highlight, .setColor, .editNote, .editTags, .deleteHighlight, .reattach, .toggleDetectedQuotations:
            statusMessage = "Esc returns to this article’s quotes first"
        default: return nil
        }
        return []
    }

    /// After the annotations of an article opened from a search result arrive, shows the result.
    mutating func revealPendingAnnotation(in articleID: String) {
        guard let id = search.pendingReveal, articleID == openedArticle?.id else { return }
        search.pendingReveal = nil
        revealAnnotation(id)
    }

    mutating func showHighlightResults(_ hits: [AnnotationSearchHit], query: String) {
        search.sidebarList = SidebarList(content: .highlights(query: query, hits: hits), articles: articles)
        focus = .sidebar
        statusMessage = hits.isEmpty ? "No highlight or note matches “\(query)”"
            : (hits.count == 1 ? "1 highlight matches" : "\(hits.count) highlights match")
    }

    mutating func toggleSpeakers() {
        if case .speakers = search.sidebarList?.content {
            search.sidebarList = nil
            return
        }
        let index = SpeakerIndex(articles: articles, annotations: annotations)
        search.sidebarList = SidebarList(content: .speakers(index), articles: articles)
        focus = .sidebar
        if index.groups.isEmpty { statusMessage = "No quotations in the library" }
        // MARK: - Library loading
        if let progress = indexing, progress.total > 0 {
            statusMessage = "Speakers so far: the library is still being read (\(progress.done * 100 / progress.total)%)"
        }
    }

    mutating func selectListItem(_ index: Int) {
        guard var list = search.sidebarList, !list.items.isEmpty else { return }
        list.selection = min(max(0, index), list.items.count - 1)
        let width = ScreenLayout.frame(of: .sidebar, size: size).inset(by: 1).width
        let height = ScreenLayout.frame(of: .sidebar, size: size).inset(by: 1).height
        func lines(_ item: Int) -> Int { SidebarListView.itemLines(list, at: item, width: width, selected: false).count }
        if list.selection < list.top { list.top = list.selection }
        var first = list.selection
        var used = lines(first)
        while first > list.top {
            let above = lines(first - 1)
            if used + above > height { break }
            used += above
            first -= 1
        }
        list.top = first
        search.sidebarList = list
    }

    private mutating func openListItem() -> [Effect] {
        guard let list = search.sidebarList, list.items.indices.contains(list.selection) else {
            statusMessage = "Nothing to open"
            return []
        }
        switch list.items[list.selection].target {
        case .unavailable(let path):
            statusMessage = "\(path) is not among the articles opened in this session"
            return []
        case .annotation(let articleIndex, let id):
            let effects = open(articleIndex)
            if annotations[articles[articleIndex].id] == nil {
                search.pendingReveal = id
            } else {
                revealAnnotation(id)
            }
            return effects
        case .quotation(let articleIndex, let index):
            let effects = open(articleIndex)
            let quotation = articles[articleIndex].quotations[index]
            reveal(TextUnit(kind: .quotation(index), range: quotation.start..<quotation.end))
            return effects
        case .span(let articleIndex, let range):
            let effects = open(articleIndex)
            reveal(TextUnit(kind: .span, range: range))
            return effects
        }
    }

    /// Opens the article and selects its row in the list, when the filter shows it. The place
    /// left in the previous article is saved and the new one marked read, as when opened from
    /// the list; its remembered reading position is not asked for, as the jump sets the place.
    private mutating func open(_ articleIndex: Int) -> [Effect] {
        if let row = search.listOrder.firstIndex(of: articleIndex) {
            selectedRow = row
            keepListSelectionVisible()
        }
        let previous = openArticle
        let leaving = readingPositionEffects(beforeOpening: articleIndex)
        let opening = openArticle(at: articleIndex)
        let arriving = effectsAfterOpening(previous: previous).filter {
            if case .loadReadingPosition = $0 { false } else { true }
        }
        return leaving + opening + arriving
    }

    private mutating func revealAnnotation(_ id: UUID) {
        guard let annotation = openAnnotations.first(where: { $0.id == id }) else {
            statusMessage = "That highlight is no longer stored"
            return
        }
        guard !annotation.isOrphaned else {
            focus = .reader
            statusMessage = "That highlight lost its place in the text; see Orphaned in the sidebar"
            return
        }
        reveal(TextUnit(kind: .span, range: annotation.anchor.position.start..<annotation.anchor.position.end))
    }
}
