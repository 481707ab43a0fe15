import FolioCore

/// Everything the reader shows, as a value: which articles, what is selected and open, where
/// each pane is scrolled, what has focus. `apply(_:)` is the only way it changes from outside
/// the module, which keeps behaviour testable without a terminal; views only read it.
public struct AppState: Sendable {
    /// Fixed for the state's life: cached layouts are keyed by article index.
    public let articles: [Article]
    public internal(set) var size: Size
    public internal(set) var focus: Pane = .list
    /// The highlighted row of the article list.
    public internal(set) var selectedRow = 0
    /// The first list row on screen.
    public internal(set) var listTop = 0
    /// The article shown in the reader.
    public private(set) var openArticle: Int?
    /// Reading position in the cleaned text; kept as text, so reflowing keeps the place.
    public internal(set) var readerAnchor = ReaderAnchor.top
    /// Reading position in the raw view, kept apart so switching views returns to both places.
    public internal(set) var rawAnchor = ReaderAnchor.top
    /// The highlighted quotation of the open article.
    public internal(set) var sidebarSelection = 0
    /// The first quotation on screen in the sidebar.
    public internal(set) var sidebarTop = 0
    public internal(set) var helpVisible = false
    /// Show `Article.raw` instead of the cleaned blocks.
    public internal(set) var rawMode = false
    /// The widest the reader's text column gets, in cells; long lines are hard to read.
    public internal(set) var readingWidth: Int
    public private(set) var shouldQuit = false
    /// A one-off note for the status line; cleared by the next key.
    public internal(set) var statusMessage: String?

    let layouts = ReaderLayoutCache()

    public init(articles: [Article], size: Size = Size(width: 80, height: 24), readingWidth: Int = 80) {
        self.articles = articles
        self.size = size
        self.readingWidth = max(10, readingWidth)
    }

    public var openedArticle: Article? {
        openArticle.map { articles[$0] }
    }

    /// Changes state for one action and says what the program loop must do besides redrawing.
    public mutating func apply(_ action: Action) -> [Effect] {
        if case .resize = action {} else { statusMessage = nil }
        switch action {
        case .lineDown: move(.lines(1))
        case .lineUp: move(.lines(-1))
        case .pageDown: move(.pages(1))
        case .pageUp: move(.pages(-1))
        case .halfPageDown: move(.halfPages(1))
        case .halfPageUp: move(.halfPages(-1))
        case .top: moveToEnd(bottom: false)
        case .bottom: moveToEnd(bottom: true)
        case .openArticle: openSelectedArticle()
        case .jumpToQuotation: jumpToSelectedQuotation()
        case .focusNext: focus = focus.next
        case .focusPrevious: focus = focus.previous
        case .focusList: focus = .list
        case .toggleRaw: toggleRaw()
        case .showHelp: helpVisible = true
        case .closeHelp: helpVisible = false
        case .quit:
            shouldQuit = true
            return [.quit]
        case .resize(let newSize):
            size = newSize
            keepListSelectionVisible()
            keepSidebarSelectionVisible()
        }
        return []
    }

    // MARK: Reader geometry

    /// The reader's text column width at the current size: the reading width, or less when
    /// the pane is narrower, leaving a one-cell margin each side.
    public var readerTextWidth: Int {
        let inner = ScreenLayout.frame(of: .reader, size: size).inset(by: 1)
        return max(1, min(readingWidth, inner.width - 2))
    }

    /// Lines of text the reader shows at once.
    public var readerHeight: Int {
        max(1, ScreenLayout.frame(of: .reader, size: size).inset(by: 1).height)
    }

    func readerLayout() -> ReaderLayout? {
        guard let index = openArticle else { return nil }
        return layouts.layout(for: articles[index], index: index, raw: rawMode, width: readerTextWidth)
    }

    /// The position of whichever view (cleaned or raw) is showing.
    public var currentAnchor: ReaderAnchor {
        get { rawMode ? rawAnchor : readerAnchor }
        set {
            if rawMode { rawAnchor = newValue } else { readerAnchor = newValue }
        }
    }

    /// Scalar offset, in `Article.text` (or `Article.raw` in the raw view), of the first line on
    /// screen; nil for header lines that are not part of the text.
    public var readerTopOffset: Int? {
        guard let layout = readerLayout(), layout.segmentCount > 0 else { return nil }
        let position = layout.position(of: currentAnchor)
        guard let start = layout.document.segments[position.segment].start else { return nil }
        return start + layout.line(at: position).range.lowerBound
    }

    /// The reader's first visible line number (from 1), the line count, and whether the count
    /// is an estimate (a huge article is not wrapped whole just to count lines).
    public var readerLinePosition: (line: Int, total: Int, isEstimate: Bool)? {
        guard let layout = readerLayout(), layout.segmentCount > 0 else { return nil }
        let number = layout.lineNumber(of: layout.position(of: currentAnchor))
        return (number.line + 1, number.total, number.isEstimate)
    }

    // MARK: Movement

    private enum Step {
        case lines(Int)
        case halfPages(Int)
        case pages(Int)

        /// The step in lines (or rows, or quotations) when a page holds `page` of them.
        func count(page: Int) -> Int {
            switch self {
            case .lines(let count): count
            case .halfPages(let count): count * max(1, page / 2)
            case .pages(let count): count * max(1, page)
            }
        }
    }

    private mutating func move(_ step: Step) {
        switch focus {
        case .list:
            selectRow(selectedRow + step.count(page: listVisibleRows))
        case .reader:
            scrollReader(by: step.count(page: readerHeight - 1))
        case .sidebar:
            let inner = ScreenLayout.frame(of: .sidebar, size: size).inset(by: 1)
            selectQuotation(sidebarSelection + step.count(page: inner.height / 4))
        }
    }

    private mutating func moveToEnd(bottom: Bool) {
        switch focus {
        case .list:
            selectRow(bottom ? articles.count - 1 : 0)
        case .reader:
            guard let layout = readerLayout() else { return }
            currentAnchor = bottom ? layout.anchor(at: layout.bottomTop(height: readerHeight)) : .top
        case .sidebar:
            selectQuotation(bottom ? (openedArticle?.quotations.count ?? 0) - 1 : 0)
        }
    }

    private mutating func scrollReader(by delta: Int) {
        guard delta != 0, let layout = readerLayout() else { return }
        let top = layout.position(of: currentAnchor)
        var target = layout.move(top, by: delta)
        if delta > 0 {
            target = min(target, max(top, layout.bottomTop(height: readerHeight)))
        }
        if target != top {
            currentAnchor = layout.anchor(at: target)
        }
    }

    // MARK: List

    var listVisibleRows: Int {
        max(1, ScreenLayout.frame(of: .list, size: size).inset(by: 1).height / ArticleListView.rowHeight)
    }

    private mutating func selectRow(_ row: Int) {
        guard !articles.isEmpty else { return }
        selectedRow = min(max(0, row), articles.count - 1)
        keepListSelectionVisible()
    }

    private mutating func keepListSelectionVisible() {
        let rows = listVisibleRows
        if selectedRow < listTop { listTop = selectedRow }
        if selectedRow >= listTop + rows { listTop = selectedRow - rows + 1 }
        listTop = max(0, min(listTop, max(0, articles.count - rows)))
    }

    private mutating func openSelectedArticle() {
        guard articles.indices.contains(selectedRow) else { return }
        if openArticle != selectedRow {
            openArticle = selectedRow
            readerAnchor = .top
            rawAnchor = .top
            sidebarSelection = 0
            sidebarTop = 0
        }
        rawMode = false
        focus = .reader
    }

    // MARK: Sidebar

    private mutating func selectQuotation(_ index: Int) {
        guard let count = openedArticle?.quotations.count, count > 0 else { return }
        sidebarSelection = min(max(0, index), count - 1)
        keepSidebarSelectionVisible()
    }

    private mutating func keepSidebarSelectionVisible() {
        guard let quotations = openedArticle?.quotations, !quotations.isEmpty else { return }
        sidebarSelection = min(sidebarSelection, quotations.count - 1)
        let inner = ScreenLayout.frame(of: .sidebar, size: size).inset(by: 1)
        if sidebarSelection < sidebarTop { sidebarTop = sidebarSelection }
        var first = sidebarSelection
        var used = QuoteSidebarView.itemHeight(quotations[first], width: inner.width)
        while first > sidebarTop {
            let above = QuoteSidebarView.itemHeight(quotations[first - 1], width: inner.width)
            if used + above > inner.height { break }
            used += above
            first -= 1
        }
        sidebarTop = first
    }

    private mutating func jumpToSelectedQuotation() {
        guard let index = openArticle, let article = openedArticle else { return }
        guard article.quotations.indices.contains(sidebarSelection) else {
            statusMessage = "No quotations in this article"
            return
        }
        let quotation = article.quotations[sidebarSelection]
        guard let block = article.blockIndex(containing: quotation.start) else { return }
        rawMode = false
        let document = layouts.document(for: article, index: index, raw: false)
        readerAnchor = ReaderAnchor(
            segment: document.blockSegments[block],
            offset: max(0, quotation.start - article.blocks[block].start)
        )
        focus = .reader
    }

    private mutating func toggleRaw() {
        guard openArticle != nil else {
            statusMessage = "Open an article first (Enter in the list)"
            return
        }
        rawMode.toggle()
        statusMessage = rawMode ? "Raw file as read; r returns to the cleaned text" : nil
    }
}
