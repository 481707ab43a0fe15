/// Draws a pane's box-drawing border with its title in the top edge; the focused pane's border
/// and title carry their own roles so a theme can make focus obvious.
struct PaneFrame {
    var title: String
    var focused: Bool

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard area.width >= 2, area.height >= 2 else { return }
        let border = Style(focused ? .borderFocused : .border)
        let right = area.maxX - 1
        let bottom = area.maxY - 1
        let horizontal = String(repeating: "─", count: area.width - 2)
        buffer.write("┌" + horizontal + "┐", x: area.x, y: area.y, style: border)
        buffer.write("└" + horizontal + "┘", x: area.x, y: bottom, style: border)
        for y in (area.y + 1)..<bottom {
            buffer.write("│", x: area.x, y: y, style: border)
            buffer.write("│", x: right, y: y, style: border)
        }
        let room = area.width - 4
        guard room >= 3 else { return }
        let label = " " + TextFit.truncate(title, to: room - 2) + " "
        let titleStyle = focused ? Style(.paneTitleFocused, .bold) : Style(.paneTitle)
        buffer.write(label, x: area.x + 2, y: area.y, style: titleStyle)
    }
}
