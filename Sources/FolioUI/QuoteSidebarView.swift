import FolioCore

/// The open article's quotations, each in quotation marks with its speaker when known; the
/// selected one is marked, and Enter shows it in the text.
struct QuoteSidebarView {
    /// Longer quotations are cut to this many lines so the list stays a list.
    static let maximumLines = 6

    func render(into buffer: inout ScreenBuffer, area: Rect, state: AppState) {
        let quotations = state.openedArticle?.quotations ?? []
        let title = state.openedArticle == nil ? Pane.sidebar.name : "\(Pane.sidebar.name) (\(quotations.count))"
        PaneFrame(title: title, focused: state.focus == .sidebar).render(into: &buffer, area: area)
        let inner = area.inset(by: 1)
        guard !inner.isEmpty else { return }
        guard state.openedArticle != nil else {
            CenteredText.render("No article open", into: &buffer, area: inner, style: Style(.dim))
            return
        }
        guard !quotations.isEmpty else {
            CenteredText.render("No quotations found", into: &buffer, area: inner, style: Style(.dim))
            return
        }
        var y = inner.y
        for index in state.sidebarTop..<quotations.count where y < inner.maxY {
            let lines = QuoteSidebarView.itemLines(quotations[index], width: inner.width, selected: index == state.sidebarSelection)
            for line in lines where y < inner.maxY {
                ReaderView.draw(line, into: &buffer, x: inner.x, y: y, limit: inner.maxX)
                y += 1
            }
        }
    }

    /// Screen lines of one quotation: the quoted text, the speaker, and a blank line after.
    static func itemLines(_ quotation: Quotation, width: Int, selected: Bool) -> [WrappedLine] {
        let textStyle = selected ? Style(.listRowSelected) : Style(.sidebar)
        let wrapper = TextWrapper(
            width: width, firstPrefix: selected ? "▶ " : "  ", restPrefix: "  ",
            prefixStyle: selected ? Style(.listRowSelected, .bold) : Style(.sidebar)
        )
        var lines = wrapper.wrap("“" + quotation.text + "”", style: textStyle)
        if lines.count > maximumLines {
            lines = Array(lines.prefix(maximumLines))
            let last = lines[lines.count - 1]
            let cut = TextFit.truncate(last.spans.map(\.text).joined() + "…", to: max(1, width - 2))
            lines[lines.count - 1].spans = [StyledSpan(cut, textStyle)]
        }
        if let speaker = quotation.speaker, !speaker.isEmpty {
            let text = TextFit.truncate("— " + speaker, to: max(1, width - 2))
            lines.append(WrappedLine(prefix: StyledSpan("  ", Style(.sidebar)), spans: [StyledSpan(text, Style(.speaker))], range: 0..<0, width: 2 + CellWidth.of(text)))
        }
        lines.append(WrappedLine(spans: [], range: 0..<0, width: 0))
        return lines
    }

    static func itemHeight(_ quotation: Quotation, width: Int) -> Int {
        itemLines(quotation, width: width, selected: false).count
    }
}
