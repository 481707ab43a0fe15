import FolioCore

/// The open article's highlights in document order (quote, speaker, color swatch, tags, a ✎ when
/// there is a note), then annotations that lost their place under "Orphaned", then, when shown,
/// the detected quotations nobody highlighted, dimmed. Each group has a heading; the selected
/// entry is marked, Enter shows it in the text.
struct QuoteSidebarView {
    /// Longer quotations are cut to this many lines so the list stays a list.
    static let maximumLines = 6

    var glyphs: GlyphSet

    func render(into buffer: inout ScreenBuffer, area: Rect, state: AppState) {
        let article = state.openedArticle
        let entries = state.sidebarEntries
        var title = Pane.sidebar.name
        if let article {
            title += " (\(article.quotations.count))"
            let count = state.openAnnotations.count
            if count > 0 { title += " · \(count) highlighted" }
        }
        PaneFrame(title: title, focused: state.focus == .sidebar, glyphs: glyphs).render(into: &buffer, area: area)
        let inner = area.inset(by: 1)
        guard !inner.isEmpty else { return }
        guard let article else {
            CenteredText.render("No article open", into: &buffer, area: inner, style: Style(.dim))
            return
        }
        guard !entries.isEmpty else {
            let message = article.quotations.isEmpty ? "No quotations found" : "No highlights; d shows the detected quotations"
            CenteredText.render(message, into: &buffer, area: inner, style: Style(.dim))
            return
        }
        var y = inner.y
        var index = state.sidebarTop
        while index < entries.count, y < inner.maxY {
            let lines = QuoteSidebarView.itemLines(entries, at: index, article: article, width: inner.width,
                                                   selected: index == state.sidebarSelection, glyphs: glyphs)
            for line in lines where y < inner.maxY {
                ReaderView.draw(line, into: &buffer, x: inner.x, y: y, limit: inner.maxX)
                y += 1
            }
            index += 1
        }
    }

    /// The entry drawn on line `line` of the pane's inside (0 is its first line), when entries
    /// from `top` on are drawn one after another, each `height(index)` lines tall; nil below
    /// the last. Both sidebar views stack their items this way.
    static func item(atLine line: Int, top: Int, count: Int, height: (Int) -> Int) -> Int? {
        guard line >= 0 else { return nil }
        var start = 0
        for index in top..<max(top, count) {
            start += height(index)
            if line < start { return index }
        }
        return nil
    }

    /// Screen lines of entry `index`: its group heading when it is the group's first, then the
    /// entry itself. Every glyph set draws the same number of lines, so callers that only count
    /// them (scrolling, mouse hits) need not know which one is in use.
    static func itemLines(_ entries: [SidebarEntry], at index: Int, article: Article, width: Int, selected: Bool,
                          glyphs: GlyphSet = .unicode) -> [WrappedLine] {
        let entry = entries[index]
        var lines: [WrappedLine] = []
        if index == 0 || entries[index - 1].group != entry.group {
            let count = groupEnd(entries, from: index) - index
            let heading = TextFit.truncate("\(entry.group) (\(count))", to: width, glyphs: glyphs)
            lines.append(WrappedLine(spans: [StyledSpan(heading, Style(entry.isOrphan ? .warning : .sidebar, .bold))],
                                     range: 0..<0, width: CellWidth.of(heading)))
        }
        switch entry {
        case .highlight(let annotation):
            lines += quoteLines(annotation.anchor.quote.exact, speaker: annotation.speaker, width: width, selected: selected,
                                style: Style(.sidebar), glyphs: glyphs)
            lines.append(detailLine(for: annotation, width: width, glyphs: glyphs))
            lines += noteLines(annotation.note, width: width, glyphs: glyphs)
        case .orphan(let annotation):
            lines += quoteLines(annotation.anchor.quote.exact, speaker: annotation.speaker, width: width, selected: selected,
                                style: Style(.dim), glyphs: glyphs)
            lines.append(detailLine(for: annotation, width: width, glyphs: glyphs))
            lines += noteLines(annotation.note, width: width, glyphs: glyphs)
        case .detected(let quotation):
            let quotation = article.quotations[quotation]
            lines += quoteLines(quotation.text, speaker: quotation.speaker, width: width, selected: selected, style: Style(.dim),
                                glyphs: glyphs)
        }
        lines.append(WrappedLine(spans: [], range: 0..<0, width: 0))
        return lines
    }

    /// The index after the last entry of the group `entries[start]` is in. Entries come group by
    /// group, so it is found by bisection: a heading over thousands of detected quotations costs
    /// no more to count than one over a few highlights.
    static func groupEnd(_ entries: [SidebarEntry], from start: Int) -> Int {
        let group = entries[start].groupOrder
        var low = start
        var high = entries.count
        while low < high {
            let mid = (low + high) / 2
            if entries[mid].groupOrder <= group { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The quoted text in quotation marks, cut to `maximumLines`, and the speaker when known.
    static func quoteLines(_ text: String, speaker: String?, width: Int, selected: Bool, style: Style,
                           glyphs: GlyphSet) -> [WrappedLine] {
        let textStyle = selected ? Style(.listRowSelected) : style
        let wrapper = TextWrapper(
            width: width, firstPrefix: selected ? glyphs.selected + " " : "  ", restPrefix: "  ",
            prefixStyle: selected ? Style(.listRowSelected, .bold) : Style(.sidebar)
        )
        var lines = wrapper.wrap(glyphs.openingQuote + text + glyphs.closingQuote, style: textStyle)
        if lines.count > maximumLines {
            lines = Array(lines.prefix(maximumLines))
            let last = lines[lines.count - 1]
            let cut = TextFit.truncate(last.spans.map(\.text).joined() + glyphs.ellipsis, to: max(1, width - 2), glyphs: glyphs)
            lines[lines.count - 1].spans = [StyledSpan(cut, textStyle)]
        }
        if let speaker, !speaker.isEmpty {
            let text = TextFit.truncate(glyphs.attribution + " " + speaker, to: max(1, width - 2), glyphs: glyphs)
            lines.append(WrappedLine(prefix: StyledSpan("  ", Style(.sidebar)), spans: [StyledSpan(text, Style(.speaker))],
                                     range: 0..<0, width: 2 + CellWidth.of(text)))
        }
        return lines
    }

    /// The note under its highlight, after a ✎, cut to three lines: the reader sees what they
    /// wrote without opening the editor.
    static func noteLines(_ note: String, width: Int, glyphs: GlyphSet) -> [WrappedLine] {
        guard !note.isEmpty else { return [] }
        let wrapper = TextWrapper(width: width, firstPrefix: "  " + glyphs.note + " ", restPrefix: "    ", prefixStyle: Style(.sidebar))
        let lines = wrapper.wrap(note, style: Style(.sidebar, .italic))
        guard lines.count > 3 else { return lines }
        var kept = Array(lines.prefix(3))
        let cut = TextFit.truncate(kept[2].spans.map(\.text).joined() + glyphs.ellipsis, to: max(1, width - 4), glyphs: glyphs)
        kept[2].spans = [StyledSpan(cut, Style(.sidebar, .italic))]
        return kept
    }

    /// "■ yellow · #tag #tag ✎": a swatch in the highlight's color, its name, tags, a note mark.
    static func detailLine(for annotation: Annotation, width: Int, glyphs: GlyphSet) -> WrappedLine {
        var detail = annotation.color.name
        if !annotation.tags.isEmpty { detail += " · " + annotation.tags.map { "#" + $0 }.joined(separator: " ") }
        if !annotation.note.isEmpty { detail += " · " + glyphs.note }
        let text = TextFit.truncate(detail, to: max(1, width - 4), glyphs: glyphs)
        return WrappedLine(prefix: StyledSpan("  ", Style(.sidebar)),
                           spans: [StyledSpan(glyphs.swatch, Style(annotation.color.role)), StyledSpan(" " + text, Style(.dim))],
                           range: 0..<0, width: 4 + CellWidth.of(text))
    }
}

extension HighlightColor {
    /// The role a theme colors this highlight with.
    var role: Role {
        switch self {
        case .yellow: .highlight1
        case .green: .highlight2
        case .blue: .highlight3
        case .pink: .highlight4
        case .purple: .highlight5
        }
    }
}
