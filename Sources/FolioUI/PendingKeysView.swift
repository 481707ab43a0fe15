/// The start of a key sequence waiting for its next key (`g…`), at the right end of the status
/// line as vim shows it, so a key that seems to do nothing is seen to be waiting.
struct PendingKeysView {
    var keys: [Key]
    var glyphs: GlyphSet

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        guard !keys.isEmpty, !area.isEmpty else { return }
        let text = " " + keys.map(\.label).joined(separator: " ") + glyphs.ellipsis + " "
        let width = CellWidth.of(text)
        guard width < area.width else { return }
        buffer.write(text, x: area.maxX - width, y: area.y, style: Style(.statusLine, .bold), limit: area.maxX)
    }
}
