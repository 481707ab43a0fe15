/// The reader pane: the open article's header and wrapped body in a centred column no wider
/// than the reading width, from the line holding the reading position down. Highlights are laid
/// over the text in their colors, then the cursor's unit and the selection on top.
struct ReaderView {
    var glyphs: GlyphSet

    func render(into buffer: inout ScreenBuffer, area: Rect, state: AppState) {
        let title = state.rawMode ? "\(Pane.reader.name) — raw file" : Pane.reader.name
        PaneFrame(title: title, focused: state.focus == .reader, glyphs: glyphs).render(into: &buffer, area: area)
        let inner = area.inset(by: 1)
        guard !inner.isEmpty else { return }
        guard let layout = state.readerLayout(), layout.segmentCount > 0 else {
            CenteredText.render("No article open. Select one in the list and press Enter.",
                                into: &buffer, area: inner.inset(by: 1), style: Style(.dim))
            return
        }
        let width = layout.width
        let x = inner.x + max(0, (inner.width - width) / 2)
        let overlay = state.rawMode ? nil : ReaderOverlay(state: state)
        var position = layout.position(of: state.currentAnchor)
        for y in inner.y..<inner.maxY {
            let line = layout.line(at: position)
            let limit = min(inner.maxX, x + width)
            if let overlay, let start = layout.document.segments[position.segment].start {
                let spans = overlay.restyled(line, segmentStart: start)
                ReaderView.draw(WrappedLine(prefix: line.prefix, spans: spans, range: line.range, width: line.width),
                                into: &buffer, x: x, y: y, limit: limit)
            } else {
                ReaderView.draw(line, into: &buffer, x: x, y: y, limit: limit)
            }
            let next = layout.move(position, by: 1)
            if next == position { break }
            position = next
        }
    }

    static func draw(_ line: WrappedLine, into buffer: inout ScreenBuffer, x: Int, y: Int, limit: Int) {
        var column = x
        if let prefix = line.prefix {
            column = buffer.write(prefix.text, x: column, y: y, style: prefix.style, limit: limit)
        }
        for span in line.spans {
            column = buffer.write(span.text, x: column, y: y, style: span.style, limit: limit)
        }
    }
}
