/// The whole screen for a state: the panes the layout places, the status line, and the help
/// overlay on top; or a notice when the terminal is too small.
struct ScreenView {
    var keyMap: KeyMap
    var glyphs: GlyphSet

    func render(_ state: AppState) -> ScreenBuffer {
        var buffer = ScreenBuffer(size: state.size)
        let layout = ScreenLayout(size: state.size, focus: state.focus, sidebarVisible: state.sidebarVisible)
        guard !layout.isTooSmall else {
            let minimum = ScreenLayout.minimumSize
            CenteredText.render("Terminal too small: need \(minimum.width)×\(minimum.height)",
                                into: &buffer, area: buffer.bounds, style: Style(.warning))
            return buffer
        }
        if let area = layout.list { ArticleListView(glyphs: glyphs).render(into: &buffer, area: area, state: state) }
        if let area = layout.reader { ReaderView(glyphs: glyphs).render(into: &buffer, area: area, state: state) }
        if let area = layout.sidebar {
            if let list = state.search.sidebarList {
                SidebarListView(glyphs: glyphs).render(into: &buffer, area: area, state: state, list: list)
            } else {
                QuoteSidebarView(glyphs: glyphs).render(into: &buffer, area: area, state: state)
            }
        }
        StatusLineView(glyphs: glyphs).render(into: &buffer, area: layout.status, state: state)
        PendingKeysView(keys: keyMap.pendingKeys, glyphs: glyphs).render(into: &buffer, area: layout.status)
        if let menu = state.exportMenu {
            ExportMenuView(menu: menu, glyphs: glyphs).render(into: &buffer, area: buffer.bounds)
        }
        if state.helpVisible {
            HelpOverlay(bindings: keyMap.bindings, focus: state.focus, glyphs: glyphs).render(into: &buffer, area: buffer.bounds)
        }
        return buffer
    }
}
