/// A short message wrapped and centred in an area, for empty panes and the too-small screen.
enum CenteredText {
    static func render(_ text: String, into buffer: inout ScreenBuffer, area: Rect, style: Style) {
        guard !area.isEmpty else { return }
        let lines = TextWrapper(width: area.width).wrap(text, style: style).prefix(area.height)
        let top = area.y + (area.height - lines.count) / 2
        for (row, line) in lines.enumerated() {
            let x = area.x + max(0, (area.width - line.width) / 2)
            buffer.write(line.text, x: x, y: top + row, style: style, limit: area.maxX)
        }
    }
}
