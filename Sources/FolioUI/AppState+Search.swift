import FolioCore

/// Finding things: searching the open article (`/`, `?`, `n`, `N`), filtering and sorting the
/// article list, and the prompt all of them (and the library-wide highlight search) are typed in.
extension AppState {
    /// Takes over actions before their ordinary handling: keys typed into an open search
    /// prompt, keys meant for the sidebar while it shows a library-wide list, and the way back
    /// (Esc), which first drops the list's filter or the sidebar's list. Nil lets the action through.
    mutating func interceptForSearch(_ action: Action) -> [Effect]? {
        if search.prompt != nil, editor == nil, action.isEditorAction { return editPrompt(action) }
        if action == .focusList, focus == .list, !search.listFilter.isEmpty {
            setListFilter("")
            statusMessage = "Filter cleared"
            return []
        }
        if action == .focusList, focus == .sidebar, search.sidebarList != nil {
            search.sidebarList = nil
            return []
        }
        if case .annotationsLoaded(let articleID, _) = action, search.pendingReveal != nil {
            let effects = applyAnnotationAction(action)
            revealPendingAnnotation(in: articleID)
            return effects
        }
        if focus == .sidebar, search.sidebarList != nil { return interceptForSidebarList(action) }
        return nil
    }

    mutating func applySearchAction(_ action: Action) -> [Effect] {
        switch action {
        case .searchForward: openPrompt(.readerForward)
        case .searchBackward: openPrompt(.readerBackward)
        case .nextMatch, .previousMatch:
            guard let current = search.reader, current.articleIndex == openArticle else {
                statusMessage = "No search yet: / searches forward, ? backward"
                break
            }
            stepMatch(forward: current.forward == (action == .nextMatch))
        case .filterList:
            search.prompt = SearchPrompt(purpose: .listFilter, line: LineEditor(text: search.listFilter))
        case .cycleSort:
            search.listSort = search.listSort.next
            refreshListOrder()
            statusMessage = "Sorted \(search.listSort.label)"
        case .searchHighlights: openPrompt(.highlights)
        case .annotationSearchResults(let query, let hits): showHighlightResults(hits, query: query)
        case .toggleSpeakers: toggleSpeakers()
        default: break
        }
        return []
    }

    // MARK: The prompt

    private mutating func openPrompt(_ purpose: SearchPrompt.Purpose) {
        if purpose != .highlights, purpose != .listFilter, openArticle == nil {
            statusMessage = "Open an article first (Enter in the list)"
            return
        }
        search.prompt = SearchPrompt(purpose: purpose, line: LineEditor())
    }

    private mutating func editPrompt(_ action: Action) -> [Effect] {
        guard var prompt = search.prompt else { return [] }
        switch action {
        case .editorInsert(let character): prompt.line.insert(character)
        case .editorLeft: prompt.line.moveLeft()
        case .editorRight: prompt.line.moveRight()
        case .editorHome: prompt.line.moveHome()
        case .editorEnd: prompt.line.moveEnd()
        case .editorBackspace: prompt.line.backspace()
        case .editorDelete: prompt.line.deleteForward()
        case .editorClear: prompt.line.clear()
        case .editorCancel:
            search.prompt = nil
            if prompt.purpose == .listFilter { setListFilter("") }
            return []
        case .editorCommit:
            search.prompt = nil
            return commit(prompt)
        default: break
        }
        search.prompt = prompt
        if prompt.purpose == .listFilter, prompt.line.text != search.listFilter { setListFilter(prompt.line.text) }
        return []
    }

    private mutating func commit(_ prompt: SearchPrompt) -> [Effect] {
        let query = prompt.line.text
        switch prompt.purpose {
        case .readerForward, .readerBackward:
            runReaderSearch(query, forward: prompt.purpose == .readerForward)
        case .listFilter:
            if !query.isEmpty { statusMessage = "\(search.listOrder.count) of \(articles.count) articles match “\(query)”" }
        case .highlights:
            guard !query.isEmpty else { return [] }
            statusMessage = "Searching highlights…"
            return [.searchAnnotations(query)]
        }
        return []
    }

    // MARK: Searching the reader

    /// Counts every match of `query` in the open article once, then moves to the first one
    /// from the cursor (or the screen) in the search's direction. An empty query repeats the
    /// last search in the new direction, as in less.
    private mutating func runReaderSearch(_ query: String, forward: Bool) {
        guard let index = openArticle, let article = openedArticle else { return }
        guard let textSearch = TextSearch(query) ?? search.reader?.search else { return }
        let matches = textSearch.ranges(in: article)
        search.reader = ReaderSearch(search: textSearch, forward: forward, articleIndex: index, matches: matches)
        stepMatch(forward: forward)
    }

    /// Finds the reader's search again in article `index` after its text changed (a reload, or
    /// the whole article replacing its opening), so "match 3 of 12" counts the new text.
    mutating func refreshReaderSearch(in index: Int) {
        guard let reader = search.reader, reader.articleIndex == index else { return }
        search.reader = ReaderSearch(search: reader.search, forward: reader.forward, articleIndex: index,
                                     matches: reader.search.ranges(in: articles[index]))
    }

    /// Moves the cursor to the next match after it (before it going back), wrapping around the
    /// article, scrolls it on screen and says which match it is.
    private mutating func stepMatch(forward: Bool) {
        guard var current = search.reader else { return }
        let origin: Int
        if let cursor, !rawMode {
            origin = cursor.range.lowerBound
        } else if let visible = visibleTextRange() {
            origin = forward ? visible.lowerBound - 1 : visible.upperBound
        } else {
            origin = forward ? -1 : Int.max
        }
        guard let (index, wrapped) = current.next(from: origin, forward: forward) else {
            statusMessage = "No match for “\(current.search.query)”"
            return
        }
        current.current = index
        search.reader = current
        let range = current.matches[index]
        rawMode = false
        selection = nil
        cursor = TextUnit(kind: .span, range: range)
        scrollToShow(range)
        statusMessage = "match \(index + 1) of \(current.matches.count)"
            + (wrapped ? (forward ? " · from the top" : " · from the bottom") : "")
    }

    /// The matches of the reader's search in `range` of the open article, for drawing.
    func searchMatches(in range: Range<Int>) -> ArraySlice<Range<Int>> {
        guard let current = search.reader, current.articleIndex == openArticle else { return [] }
        return current.matches(overlapping: range)
    }

    // MARK: Filtering and sorting the list

    /// The article (index in `articles`) on the list's selected row, through filter and order.
    var selectedArticleIndex: Int? {
        search.listOrder.indices.contains(selectedRow) ? search.listOrder[selectedRow] : nil
    }

    /// Narrows the list to articles whose title, author, source, tags or text match. A query
    /// that extends the last one only re-checks the articles still shown, so typing stays quick
    /// in a large library: the longer query is never less strict (smartcase only tightens).
    private mutating func setListFilter(_ text: String) {
        let previous = search.listFilter
        search.listFilter = text
        refreshListOrder(narrowing: !previous.isEmpty && text.hasPrefix(previous))
    }

    /// Takes articles just read into a filtered or sorted list: only they are checked against
    /// the filter (a library's text is not searched again for every batch), and the list is
    /// sorted again only when `resort` says so; until then new matches wait at the end.
    mutating func admitToListOrder(_ changed: [Int], resort: Bool) {
        let changedSet = Set(changed)
        var order = search.listOrder.filter { !changedSet.contains($0) }
        let query = TextSearch(search.listFilter)
        let admitted = changed.filter { index in query.map { AppState.article(articles[index], matches: $0) } ?? true }
        if search.listSort == .file || resort {
            order = (order + admitted).sorted()
            if search.listSort != .file {
                order = search.listSort.ordered(order, articles: articles, highlightCounts: highlightCounts)
            }
        } else {
            order += admitted
        }
        setListOrder(order)
    }

    mutating func refreshListOrder(narrowing: Bool = false) {
        var order: [Int]
        if narrowing {
            order = search.listOrder
        } else {
            order = search.listSort.ordered(Array(articles.indices), articles: articles, highlightCounts: highlightCounts)
        }
        if let query = TextSearch(search.listFilter) {
            order = order.filter { AppState.article(articles[$0], matches: query) }
        }
        setListOrder(order)
    }

    /// Shows `order`, keeping the selected article selected when it is still listed.
    private mutating func setListOrder(_ order: [Int]) {
        let selectedArticle: Int? = search.listOrder.indices.contains(selectedRow) ? search.listOrder[selectedRow] : nil
        search.listOrder = order
        if let selectedArticle, let row = order.firstIndex(of: selectedArticle) {
            selectedRow = row
        } else {
            selectedRow = 0
        }
        keepListSelectionVisible()
    }

    private static func article(_ article: Article, matches query: TextSearch) -> Bool {
        let metadata = article.metadata
        let fields = [article.title, metadata.author ?? "", metadata.source ?? ""] + metadata.tags
        return fields.contains { query.matches($0) } || (article.loadError == nil && query.matches(article.text))
    }
}

extension Action {
    /// Keys the one-line editor handles, whether it edits a note or a search.
    var isEditorAction: Bool {
        switch self {
        case .editorInsert, .editorLeft, .editorRight, .editorHome, .editorEnd, .editorBackspace, .editorDelete,
             .editorClear, .editorCommit, .editorCancel: true
        default: false
        }
    }
}
