/// The export menu as a small centred box over the panes: its items with their keys, the
/// highlighted one marked, and a line saying how to choose.
struct ExportMenuView {
    var menu: ExportMenu
    var glyphs: GlyphSet

    static let hint = "j/k move · Enter choose · Esc close"

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let items = menu.items
        let widest = items.map { CellWidth.of($0.label) + 6 }.max() ?? 0
        let boxWidth = min(area.width - 2, max(widest, CellWidth.of(Self.hint), CellWidth.of(menu.title) + 2) + 4)
        let boxHeight = min(area.height, items.count + 4)
        guard boxWidth >= 12, boxHeight >= 3 else { return }
        let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + (area.height - boxHeight) / 2,
                       width: boxWidth, height: boxHeight)
        buffer.fill(box, style: Style(.helpOverlay))
        PaneFrame(title: menu.title, focused: true, glyphs: glyphs).render(into: &buffer, area: box)
        let inner = box.inset(by: 1)
        let width = inner.width - 2
        for (index, item) in items.prefix(max(0, inner.height - 2)).enumerated() {
            let selected = index == menu.selection
            let text = (selected ? glyphs.selected + " " : "  ") + "\(item.key)  " + item.label
            let style = selected ? Style(.listRowSelected, .bold) : Style(.helpOverlay)
            buffer.write(TextFit.pad(text, to: width, glyphs: glyphs), x: inner.x + 1, y: inner.y + index, style: style)
        }
        buffer.write(TextFit.truncate(Self.hint, to: width, glyphs: glyphs), x: inner.x + 1, y: inner.maxY - 1, style: Style(.helpOverlay, .dim))
    }
}
