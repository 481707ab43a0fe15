import FolioCore
import Foundation

/// Everything the reader shows, as a value: which articles, what is selected and open, where
/// each pane is scrolled, what has focus. `apply(_:)` is the only way it changes from outside
/// the module, which keeps behaviour testable without a terminal; views only read it.
public struct AppState: Sendable {
    /// Fixed in number and order for the state's life; an article is replaced only when its file
    /// changed on disk (see `AppState+LiveReload`), which also renews `layouts`.
    public internal(set) var articles: [Article] {
        didSet { sidebarCache = SidebarEntryCache() }
    }
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
    /// The selected entry of the sidebar (see `sidebarEntries`).
    public internal(set) var sidebarSelection = 0
    /// The first sidebar entry on screen.
    public internal(set) var sidebarTop = 0
    /// Whether the sidebar lists detected quotations nobody highlighted, dimmed, under the highlights.
    public internal(set) var showsDetectedQuotations = true
    /// The quotation, sentence or span the reader's cursor is on; nil until the first move.
    public internal(set) var cursor: TextUnit?
    /// The visual-mode selection, while one is being made.
    public internal(set) var selection: ReaderSelection?
    /// The note or tag editor, while it is open.
    public internal(set) var editor: AnnotationFieldEditor?
    /// Annotations by `Article.id`, as loaded and changed since; the screen shows these.
    public internal(set) var annotations: [String: [Annotation]] = [:] {
        didSet { sidebarCache = SidebarEntryCache() }
    }
    /// Annotation counts by `Article.id`, for the article list.
    public internal(set) var highlightCounts: [String: Int] = [:]
    /// Changes shown but not yet confirmed by the effect handler, oldest first.
    public internal(set) var pendingChanges: [PendingChange] = []
    var history = UndoHistory()
    var nextSerial = 0
    /// Where new annotations get their time and id; injected so tests are deterministic.
    let clock: @Sendable () -> Date
    let makeID: @Sendable () -> UUID
    public internal(set) var helpVisible = false
    /// Show `Article.raw` instead of the cleaned blocks.
    public internal(set) var rawMode = false
    /// The widest the reader's text column gets, in cells; long lines are hard to read.
    public internal(set) var readingWidth: Int
    /// Whether the quotes sidebar is on screen; when not, the reader takes its room and focus skips it.
    public internal(set) var sidebarVisible: Bool
    public private(set) var shouldQuit = false
    /// A one-off note for the status line; cleared by the next key.
    public internal(set) var statusMessage: String?
    // MARK: - Reader comforts and export
    /// The export menu, while it is open; it takes every key.
    public internal(set) var exportMenu: ExportMenu?
    /// The ids (`Article.id`) of the articles read: opened, or marked read.
    public internal(set) var readArticles: Set<String> = []
    // MARK: - Finding things
    /// Searches, the list's filter and order, and the sidebar's library-wide lists.
    public internal(set) var search: SearchState

    // MARK: - Library loading
    /// How far the background reading of the library has got; nil once it is done (or when
    /// the articles were read before the state was made).
    public internal(set) var indexing: LibraryIndexer.Progress?
    /// What other work off the program loop is doing ("exporting 40%"), for the status line.
    public internal(set) var backgroundProgress: String?
    /// Positions in `articles` by `Article.id`, for batches that replace articles by id.
    let articleIndexByID: ArticlePositions

    var layouts = ReaderLayoutCache()
    /// Renewed whenever `articles` or `annotations` change (see `SidebarEntryCache`).
    var sidebarCache = SidebarEntryCache()

    public init(
        articles: [Article],
        size: Size = Size(width: 80, height: 24),
        readingWidth: Int = 80,
        sidebarVisible: Bool = true,
        clock: @escaping @Sendable () -> Date = { Date() },
        makeID: @escaping @Sendable () -> UUID = { UUID() }
    ) {
        self.articles = articles
        self.size = size
        self.readingWidth = max(10, readingWidth)
        self.sidebarVisible = sidebarVisible
        self.clock = clock
        self.makeID = makeID
        search = SearchState(articleCount: articles.count)
        articleIndexByID = ArticlePositions(articles)
    }

    /// What keys mean now besides focus.
    public var inputMode: InputMode {
        if editor != nil || search.prompt != nil { return .editing }
        return selection != nil ? .visual : .normal
    }

    public var openedArticle: Article? {
        openArticle.map { articles[$0] }
    }

    /// Changes state for one action and says what the program loop must do besides redrawing.
    public mutating func apply(_ action: Action) -> [Effect] {
        // MARK: - Live reload
        if let effects = applyLiveReload(action) { return effects }
        switch action {
        case .start, .resize, .persisted, .persistFailed, .annotationsLoaded, .highlightCountsLoaded,
             .readingPositionLoaded, .readStatesLoaded, .libraryIndexed, .indexedArticlesNoted, .backgroundProgress,
             .rawTextLoaded: break
        default: statusMessage = nil
        }
        if let effects = interceptForSearch(action) { return effects }
        switch action {
        case .lineDown: move(.lines(1))
        case .lineUp: move(.lines(-1))
        case .pageDown: move(.pages(1))
        case .pageUp: move(.pages(-1))
        case .halfPageDown: move(.halfPages(1))
        case .halfPageUp: move(.halfPages(-1))
        case .top: moveToEnd(bottom: false)
        case .bottom: moveToEnd(bottom: true)
        case .openArticle:
            guard let index = selectedArticleIndex else { return [] }
            let previous = openArticle
            let leaving = readingPositionEffects(beforeOpening: index)
            return leaving + openArticle(at: index) + effectsAfterOpening(previous: previous)
        case .jumpToQuotation: jumpToSelectedEntry()
        case .focusNext: focus = focusable(focus.next) ? focus.next : focus.next.next
        case .focusPrevious: focus = focusable(focus.previous) ? focus.previous : focus.previous.previous
        case .focusList: focus = .list
        case .toggleRaw: return toggleRaw()
        case .showHelp: helpVisible = true
        case .closeHelp: helpVisible = false
        case .quit:
            shouldQuit = true
            return readingPositionEffects() + [.quit]
        case .resize(let newSize):
            size = newSize
            keepListSelectionVisible()
            keepSidebarSelectionVisible()
        case .start: return [.loadHighlightCounts, .loadReadStates]
        case .showMessage(let message): statusMessage = message
        case .nextQuotation, .previousQuotation, .nextSentence, .previousSentence,
             .startSelection, .cancelSelection, .extendWordForward, .extendWordBackward:
            moveCursor(action)
        case .editorInsert, .editorLeft, .editorRight, .editorHome, .editorEnd,
             .editorBackspace, .editorDelete, .editorClear, .editorCancel:
            edit(action)
        case .highlight, .setColor, .editNote, .editTags, .deleteHighlight, .undo, .redo,
             .toggleDetectedQuotations, .reattach, .editorCommit, .annotationsLoaded, .annotationsLoadFailed,
             .highlightCountsLoaded, .persisted, .persistFailed:
            return applyAnnotationAction(action)
        // MARK: - Reader comforts and export
        case .openExportMenu, .exportMenuDown, .exportMenuUp, .exportMenuChoose, .exportMenuPick, .closeExportMenu,
             .toggleRead, .cycleTheme, .readingPositionLoaded, .readStatesLoaded:
            return applyComfortAction(action)
        // MARK: - Finding things
        case .searchForward, .searchBackward, .nextMatch, .previousMatch, .filterList, .cycleSort,
             .searchHighlights, .annotationSearchResults, .toggleSpeakers:
            return applySearchAction(action)
        // MARK: - Live reload
        case .tick, .articleReloaded:
            break
        // MARK: - Mouse
        case .selectListRow, .selectSidebarEntry, .focusPane, .scroll:
            return applyMouseAction(action)
        // MARK: - Library loading
        case .libraryIndexed, .articleBodyLoaded, .indexedArticlesNoted, .rawTextLoaded:
            return applyLibraryAction(action)
        case .backgroundProgress(let progress):
            backgroundProgress = progress
        }
        return []
    }

    // MARK: Reader geometry

    /// The reader's text column width at the current size: the reading width, or less when
    /// the pane is narrower, leaving a one-cell margin each side.
    public var readerTextWidth: Int {
        let inner = ScreenLayout.frame(of: .reader, size: size, sidebarVisible: sidebarVisible).inset(by: 1)
        return max(1, min(readingWidth, inner.width - 2))
    }

    /// Lines of text the reader shows at once.
    public var readerHeight: Int {
        max(1, ScreenLayout.frame(of: .reader, size: size, sidebarVisible: sidebarVisible).inset(by: 1).height)
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
            keepCursorOnScreen()
        case .sidebar:
            let inner = ScreenLayout.frame(of: .sidebar, size: size).inset(by: 1)
            selectEntry(sidebarSelection + step.count(page: inner.height / 4))
        }
    }

    private mutating func moveToEnd(bottom: Bool) {
        switch focus {
        case .list:
            selectRow(bottom ? search.listOrder.count - 1 : 0)
        case .reader:
            guard let layout = readerLayout() else { return }
            currentAnchor = bottom ? layout.anchor(at: layout.bottomTop(height: readerHeight)) : .top
            keepCursorOnScreen()
        case .sidebar:
            selectEntry(bottom ? sidebarEntries.count - 1 : 0)
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

    mutating func selectRow(_ row: Int) {
        guard !search.listOrder.isEmpty else { return }
        selectedRow = min(max(0, row), search.listOrder.count - 1)
        keepListSelectionVisible()
    }

    mutating func keepListSelectionVisible() {
        let rows = listVisibleRows
        if selectedRow < listTop { listTop = selectedRow }
        if selectedRow >= listTop + rows { listTop = selectedRow - rows + 1 }
        listTop = max(0, min(listTop, max(0, search.listOrder.count - rows)))
    }

    /// Shows article `index` in the reader, asking for its annotations the first time.
    mutating func openArticle(at index: Int) -> [Effect] {
        var effects: [Effect] = []
        if openArticle != index {
            openArticle = index
            readerAnchor = .top
            rawAnchor = .top
            sidebarSelection = 0
            sidebarTop = 0
            cursor = nil
            selection = nil
            editor = nil
            let article = articles[index]
            if !article.hasBody {
                effects.append(.loadArticleBody(article))
            } else if annotations[article.id] == nil, article.loadError == nil, article.isComplete {
                effects.append(.loadAnnotations(article))
            }
        }
        rawMode = false
        focus = .reader
        return effects
    }

    // MARK: Sidebar

    /// The sidebar's entries: highlights in document order, then orphaned annotations, then
    /// (when shown) detected quotations that no highlight covers. Built once per article,
    /// annotations and setting: views and keys ask for them on every frame.
    public var sidebarEntries: [SidebarEntry] {
        guard let index = openArticle else { return [] }
        return sidebarCache.entries(article: index, showsDetectedQuotations: showsDetectedQuotations) {
            SidebarEntry.entries(of: articles[index], annotations: annotations[articles[index].id] ?? [],
                                 showsDetectedQuotations: showsDetectedQuotations)
        }
    }

    mutating func selectEntry(_ index: Int) {
        let count = sidebarEntries.count
        guard count > 0 else { return }
        sidebarSelection = min(max(0, index), count - 1)
        keepSidebarSelectionVisible()
    }

    mutating func keepSidebarSelectionVisible() {
        guard let article = openedArticle else { return }
        let entries = sidebarEntries
        guard !entries.isEmpty else {
            sidebarSelection = 0
            sidebarTop = 0
            return
        }
        sidebarSelection = min(sidebarSelection, entries.count - 1)
        sidebarTop = min(sidebarTop, entries.count - 1)
        let inner = ScreenLayout.frame(of: .sidebar, size: size).inset(by: 1)
        func height(_ index: Int) -> Int {
            QuoteSidebarView.itemLines(entries, at: index, article: article, width: inner.width, selected: false).count
        }
        if sidebarSelection < sidebarTop { sidebarTop = sidebarSelection }
        var first = sidebarSelection
        var used = height(first)
        while first > sidebarTop {
            let above = height(first - 1)
            if used + above > inner.height { break }
            used += above
            first -= 1
        }
        sidebarTop = first
    }

    /// Enter in the sidebar: shows the selected highlight or quotation in the text, with the
    /// cursor on it.
    private mutating func jumpToSelectedEntry() {
        guard let article = openedArticle else { return }
        let entries = sidebarEntries
        guard entries.indices.contains(sidebarSelection) else {
            statusMessage = "No quotations in this article"
            return
        }
        let unit: TextUnit
        switch entries[sidebarSelection] {
        case .highlight(let annotation):
            unit = TextUnit(kind: .span, range: annotation.anchor.position.start..<annotation.anchor.position.end)
        case .orphan:
            statusMessage = "Orphaned: its text is no longer in the article; select a span and press R to re-attach"
            return
        case .detected(let index):
            let quotation = article.quotations[index]
            unit = TextUnit(kind: .quotation(index), range: quotation.start..<quotation.end)
        }
        reveal(unit)
    }

    /// Puts `unit` of the open article at the top of the reader with the cursor on it, and focuses the reader.
    mutating func reveal(_ unit: TextUnit) {
        rawMode = false
        guard let anchor = readerAnchor(forTextOffset: unit.range.lowerBound) else { return }
        readerAnchor = anchor
        cursor = unit
        selection = nil
        focus = .reader
    }

    /// The reader position of a scalar offset of the open article's text.
    func readerAnchor(forTextOffset offset: Int) -> ReaderAnchor? {
        guard let index = openArticle, let article = openedArticle,
              let block = article.blockIndex(containing: offset) else { return nil }
        let document = layouts.document(for: article, index: index, raw: false)
        return ReaderAnchor(segment: document.blockSegments[block], offset: max(0, offset - article.blocks[block].start))
    }

    private mutating func toggleRaw() -> [Effect] {
        guard openArticle != nil else {
            statusMessage = "Open an article first (Enter in the list)"
            return []
        }
        rawMode.toggle()
        statusMessage = rawMode ? "Raw file as read; r returns to the cleaned text" : nil
        return rawTextEffects()
    }

    /// Asks for the open article's raw text when the raw view shows and it is not in memory.
    func rawTextEffects() -> [Effect] {
        guard rawMode, let article = openedArticle, article.hasBody, !article.rawIsInMemory else { return [] }
        return [.loadRawText(article)]
    }
}
