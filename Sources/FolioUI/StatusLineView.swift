/// The bottom line: what is open (or a one-off message) on the left; reading position, the
/// focused pane and the way to help on the right. The help hint is the last thing to go.
/// While a note or tags are edited, the line is the editor.
struct StatusLineView {
    var glyphs: GlyphSet

    func render(into buffer: inout ScreenBuffer, area: Rect, state: AppState) {
        guard !area.isEmpty else { return }
        let style = Style(.statusLine)
        buffer.fill(area, style: style)
        if let editor = state.editor {
            renderEditor(editor, into: &buffer, area: area)
            return
        }
        if let prompt = state.search.prompt {
            renderPrompt(prompt, into: &buffer, area: area)
            return
        }
        let left = state.statusMessage ?? state.openedArticle?.title ?? "Folio"
        let helpKey = state.focus == .reader ? "F1" : "?"
        let hint = "\(state.focus.name) · \(helpKey) help"
        var right = hint
        if state.focus == .list || state.openArticle == nil {
            let rows = state.search.listOrder.count
            right = "\(rows == 0 ? 0 : state.selectedRow + 1)/\(rows)  " + hint
        } else if let position = state.readerLinePosition {
            let total = (position.isEstimate ? "~" : "") + "\(position.total)"
            let bottom = min(position.total, position.line - 1 + state.readerHeight)
            let percent = position.total == 0 ? 100 : bottom * 100 / position.total
            right = "line \(position.line) of \(total)  \(percent)%  " + hint
        }
        // MARK: - Library loading
        if let progress = state.indexing, progress.total > 0 {
            right = "reading library \(progress.done * 100 / progress.total)%  " + right
        }
        if let progress = state.backgroundProgress { right = progress + "  " + right }
        if state.openedArticle?.content == .opening { right = "reading the whole article…  " + right }
        if CellWidth.of(right) + 12 > area.width { right = "\(helpKey) help" }
        let rightWidth = CellWidth.of(right)
        let leftRoom = area.width - rightWidth - 4
        if leftRoom > 0 {
            buffer.write(" " + TextFit.truncate(left, to: leftRoom, glyphs: glyphs), x: area.x, y: area.y,
                         style: state.statusMessage == nil ? style : Style(.statusLine, .bold), limit: area.maxX)
        }
        buffer.write(right, x: max(area.x, area.maxX - rightWidth - 1), y: area.y, style: style, limit: area.maxX)
    }

    private func renderEditor(_ editor: AnnotationFieldEditor, into buffer: inout ScreenBuffer, area: Rect) {
        renderLine(editor.line, label: " \(editor.field.label): ", hint: "Enter saves · Esc cancels ", into: &buffer, area: area)
    }

    private func renderPrompt(_ prompt: SearchPrompt, into buffer: inout ScreenBuffer, area: Rect) {
        let hint = prompt.purpose == .listFilter ? "Enter keeps · Esc clears " : "Enter searches · Esc cancels "
        renderLine(prompt.line, label: " " + prompt.purpose.label, hint: hint, into: &buffer, area: area)
    }

    /// A one-line editor after its label, the cursor shown, and a hint at the right when it fits.
    private func renderLine(_ line: LineEditor, label: String, hint: String, into buffer: inout ScreenBuffer, area: Rect) {
        let style = Style(.statusLine)
        var hint = hint
        if CellWidth.of(label + hint) + 10 > area.width { hint = "" }
        let x = buffer.write(label, x: area.x, y: area.y, style: Style(.statusLine, .bold), limit: area.maxX)
        let room = area.maxX - x - CellWidth.of(hint) - 1
        guard room > 0 else { return }
        let window = line.window(width: room)
        buffer.write(window.text, x: x, y: area.y, style: style, limit: x + room)
        let cursorX = x + window.cursorColumn
        let under = buffer[cursorX, area.y]
        buffer[cursorX, area.y] = Cell(text: under.isContinuation ? " " : under.text, style: Style(.cursor, .reverse))
        if !hint.isEmpty {
            buffer.write(hint, x: area.maxX - CellWidth.of(hint), y: area.y, style: Style(.statusLine, .dim), limit: area.maxX)
        }
    }
}
