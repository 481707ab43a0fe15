import FolioCore

/// Mouse input: a click selects what is under it, the wheel scrolls the pane under the pointer.
/// Reports are read against the same layout and item heights the views draw with, so a click
/// lands on what the user sees there.
extension AppState {
    /// Lines the wheel moves per notch, as in most terminal programs.
    static let wheelLines = 3

    /// What a mouse report asks for now; nil outside the panes, and while help, the export menu
    /// or an editor is open (they take the keys, and a click behind them would act unseen).
    /// A click on the row or entry already selected opens it, like Enter.
    public func action(for event: MouseEvent) -> Action? {
        guard !helpVisible, exportMenu == nil, inputMode != .editing else { return nil }
        let layout = ScreenLayout(size: size, focus: focus, sidebarVisible: sidebarVisible)
        guard !layout.isTooSmall else { return nil }
        let panes: [(Pane, Rect?)] = [(.list, layout.list), (.reader, layout.reader), (.sidebar, layout.sidebar)]
        guard let (pane, area) = panes.lazy.compactMap({ pane, area in area.map { (pane, $0) } })
            .first(where: { $0.1.contains(x: event.x, y: event.y) }) else { return nil }
        switch event.kind {
        case .wheelUp: return .scroll(pane, lines: -AppState.wheelLines)
        case .wheelDown: return .scroll(pane, lines: AppState.wheelLines)
        case .click: break
        }
        let inner = area.inset(by: 1)
        switch pane {
        case .list:
            guard let row = ArticleListView.row(atY: event.y, top: listTop, count: search.listOrder.count, inner: inner) else {
                return .focusPane(.list)
            }
            return row == selectedRow ? .openArticle : .selectListRow(row)
        case .reader:
            return .focusPane(.reader)
        case .sidebar:
            guard inner.contains(x: event.x, y: event.y), let (entry, selected) = sidebarItem(atLine: event.y - inner.y, width: inner.width)
            else { return .focusPane(.sidebar) }
            return entry == selected ? .jumpToQuotation : .selectSidebarEntry(entry)
        }
    }

    /// The sidebar item on line `line` of its inside, and the selected item, for whichever list
    /// the sidebar shows.
    private func sidebarItem(atLine line: Int, width: Int) -> (Int, Int)? {
        if let list = search.sidebarList {
            let item = QuoteSidebarView.item(atLine: line, top: list.top, count: list.items.count) {
                SidebarListView.itemLines(list, at: $0, width: width, selected: false).count
            }
            return item.map { ($0, list.selection) }
        }
        guard let article = openedArticle else { return nil }
        let entries = sidebarEntries
        let entry = QuoteSidebarView.item(atLine: line, top: sidebarTop, count: entries.count) {
            QuoteSidebarView.itemLines(entries, at: $0, article: article, width: width, selected: false).count
        }
        return entry.map { ($0, sidebarSelection) }
    }

    mutating func applyMouseAction(_ action: Action) -> [Effect] {
        switch action {
        case .selectListRow(let row):
            focus = .list
            selectRow(row)
        case .selectSidebarEntry(let index):
            guard focusable(.sidebar) else { return [] }
            focus = .sidebar
            if search.sidebarList != nil { selectListItem(index) } else { selectEntry(index) }
        case .focusPane(let pane):
            if focusable(pane) { focus = pane }
        case .scroll(let pane, let lines):
            guard focusable(pane) else { return [] }
            let focused = focus
            focus = pane
            var effects: [Effect] = []
            for _ in 0..<abs(lines) { effects += apply(lines > 0 ? .lineDown : .lineUp) }
            focus = focused
            return effects
        default:
            break
        }
        return []
    }
}

extension Rect {
    /// Whether the cell at (px, py) is inside: what a click hit.
    func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < maxX && py >= y && py < maxY
    }
}
