import FolioCore

/// The article list: each article as a title line and a detail line (author and source, or why
/// the file could not be read), with its quotation and highlight counts; the selection is marked and kept on
/// screen. Unread articles have a "•" before their bold title; the open one a "›" (ASCII: "*", "-").
struct ArticleListView {
    static let rowHeight = 2

    var glyphs: GlyphSet

    func render(into buffer: inout ScreenBuffer, area: Rect, state: AppState) {
        PaneFrame(title: ArticleListView.title(state), focused: state.focus == .list, glyphs: glyphs)
            .render(into: &buffer, area: area)
        let inner = area.inset(by: 1)
        guard !inner.isEmpty else { return }
        guard !state.articles.isEmpty else {
            CenteredText.render("No articles found", into: &buffer, area: inner, style: Style(.dim))
            return
        }
        let order = state.search.listOrder
        guard !order.isEmpty else {
            CenteredText.render("No article matches “\(state.search.listFilter)” · Esc clears", into: &buffer, area: inner,
                                style: Style(.dim))
            return
        }
        let rows = max(1, inner.height / ArticleListView.rowHeight)
        let end = min(order.count, state.listTop + rows)
        for row in state.listTop..<end {
            let y = ArticleListView.lineY(ofRow: row, top: state.listTop, inner: inner)
            renderRow(state.articles[order[row]], state: state, selected: row == state.selectedRow, open: order[row] == state.openArticle,
                      into: &buffer, x: inner.x, y: y, width: inner.width, bottom: inner.maxY)
        }
    }

    /// The screen line where `row` starts when `top` is the first row on screen.
    static func lineY(ofRow row: Int, top: Int, inner: Rect) -> Int {
        inner.y + (row - top) * rowHeight
    }

    /// The row drawn on screen line `y` (title or detail line), or nil when no row is there:
    /// the inverse of `lineY`, so a click lands on the row the user sees.
    static func row(atY y: Int, top: Int, count: Int, inner: Rect) -> Int? {
        guard y >= inner.y, y < inner.maxY else { return nil }
        let rows = max(1, inner.height / rowHeight)
        let row = top + (y - inner.y) / rowHeight
        return row < min(count, top + rows) ? row : nil
    }

    /// "Articles (12)", or "Articles (3 of 12) · by date" when filtered or sorted.
    static func title(_ state: AppState) -> String {
        let total = state.articles.count
        let shown = state.search.listOrder.count
        var title = Pane.list.name + (state.search.listFilter.isEmpty ? " (\(total))" : " (\(shown) of \(total))")
        if state.search.listSort != .file { title += " · " + state.search.listSort.label }
        return title
    }

    private func renderRow(_ article: Article, state: AppState, selected: Bool, open: Bool, into buffer: inout ScreenBuffer,
                           x: Int, y: Int, width: Int, bottom: Int) {
        let unread = article.loadError == nil && !state.readArticles.contains(article.id)
        let titleStyle = Style(selected ? .listRowSelected : .listRow, unread ? .bold : [])
        let marker = (selected ? glyphs.selected + " " : (open ? glyphs.open + " " : "  ")) + (unread ? glyphs.unread + " " : "  ")
        buffer.write(marker + TextFit.pad(article.title, to: width - 4, glyphs: glyphs), x: x, y: y, style: titleStyle, limit: x + width)
        guard y + 1 < bottom else { return }
        let detailStyle: Style
        let detail: String
        var count = ""
        if let error = article.loadError {
            detail = glyphs.warning + " " + error.reason
            detailStyle = selected ? Style(.listRowSelected) : Style(.warning)
        } else if article.content == .placeholder {
            detail = "reading…"
            detailStyle = selected ? Style(.listRowSelected) : Style(.listRowDetail, .dim)
        } else {
            detail = [article.metadata.author, article.metadata.source]
                .compactMap { $0?.isEmpty == false ? $0 : nil }
                .joined(separator: " · ")
            detailStyle = selected ? Style(.listRowSelected) : Style(.listRowDetail)
            let quotes = article.quotationCount
            count = quotes == 1 ? "1 quote" : "\(quotes) quotes"
            let highlights = state.highlightCounts[article.id] ?? 0
            if highlights > 0 { count += highlights == 1 ? " · 1 highlight" : " · \(highlights) highlights" }
        }
        let countWidth = CellWidth.of(count)
        let room = width - 2 - (countWidth > 0 ? countWidth + 1 : 0)
        var line = "  "
        if room >= 4 {
            line += TextFit.pad(detail, to: room, glyphs: glyphs) + (countWidth > 0 ? " " + count : "")
        } else {
            line += TextFit.pad(detail, to: width - 2, glyphs: glyphs)
        }
        buffer.write(TextFit.pad(line, to: width, glyphs: glyphs), x: x, y: y + 1, style: detailStyle, limit: x + width)
    }
}
