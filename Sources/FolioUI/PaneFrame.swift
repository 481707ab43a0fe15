/// Draws a pane's border (box-drawing lines, or `+-|` in ASCII) with its title in the top edge;
/// the focused pane's border and title carry their own roles so a theme can make focus obvious.
struct PaneFrame {
    var title: String
    var focused: Bool
    var glyphs: GlyphSet

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        let border = Style(focused ? .borderFocused : .border)
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        let horizontal = String(repeating: glyphs.horizontal, count: area.width - 2)
        buffer.write(glyphs.topLeft + horizontal + glyphs.topRight, x: area.x, y: area.y, style: border)
        buffer.write(glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: area.x, y: bottom, style: border)
        for y in (area.y + 1)..<bottom {
            buffer.write(glyphs.vertical, x: area.x, y: y, style: border)
            buffer.write(glyphs.vertical, x: right, y: y, style: border)
        }
        let room = area.width - 4
        guard room >= 3 else { return }
        let label = " " + TextFit.truncate(title, to: room - 2, glyphs: glyphs) + " "
        let titleStyle = focused ? Style(.paneTitleFocused, .bold) : Style(.paneTitle)
        buffer.write(label, x: area.x + 2, y: area.y, style: titleStyle)
    }
}
