/// The sidebar showing a library-wide list: each item's quote (cut like the article's quotes),
/// its speaker, note and article title, under its group heading ("Ali Khamenei (7)") when it
/// starts a group. The selected item is marked; Enter opens it in its article.
struct SidebarListView {
    var glyphs: GlyphSet

    func render(into buffer: inout ScreenBuffer, area: Rect, state: AppState, list: SidebarList) {
        PaneFrame(title: list.title, focused: state.focus == .sidebar, glyphs: glyphs).render(into: &buffer, area: area)
        let inner = area.inset(by: 1)
        guard !inner.isEmpty else { return }
        guard !list.items.isEmpty else {
            CenteredText.render("Nothing found · Esc returns", into: &buffer, area: inner, style: Style(.dim))
            return
        }
        var y = inner.y
        for index in list.top..<list.items.count where y < inner.maxY {
            for line in SidebarListView.itemLines(list, at: index, width: inner.width, selected: index == list.selection,
                                                      glyphs: glyphs)
            where y < inner.maxY {
                ReaderView.draw(line, into: &buffer, x: inner.x, y: y, limit: inner.maxX)
                y += 1
            }
        }
    }

    /// An item's screen lines; like `QuoteSidebarView.itemLines`, as many in every glyph set.
    static func itemLines(_ list: SidebarList, at index: Int, width: Int, selected: Bool,
                          glyphs: GlyphSet = .unicode) -> [WrappedLine] {
        let item = list.items[index]
        var lines: [WrappedLine] = []
        if let heading = item.heading {
            let text = TextFit.truncate(heading, to: width, glyphs: glyphs)
            lines.append(WrappedLine(spans: [StyledSpan(text, Style(.speaker, .bold))], range: 0..<0, width: CellWidth.of(text)))
        }
        lines += QuoteSidebarView.quoteLines(item.quote, speaker: item.speaker, width: width, selected: selected,
                                             style: Style(.sidebar), glyphs: glyphs)
        lines += QuoteSidebarView.noteLines(item.note, width: width, glyphs: glyphs)
        let source = TextFit.truncate("in " + item.source, to: max(1, width - 2), glyphs: glyphs)
        lines.append(WrappedLine(prefix: StyledSpan("  ", Style(.sidebar)), spans: [StyledSpan(source, Style(.dim))],
                                 range: 0..<0, width: 2 + CellWidth.of(source)))
        lines.append(WrappedLine(spans: [], range: 0..<0, width: 0))
        return lines
    }
}
