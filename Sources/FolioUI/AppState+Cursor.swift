import FolioCore

/// The reader's cursor and visual selection: moving over quotations and sentences, keeping the
/// cursor on screen while scrolling (less-like: it stays put until it would leave the screen),
/// and growing a selection by words and sentences across paragraphs.
extension AppState {
    func articleUnits() -> ArticleUnits? {
        guard let index = openArticle else { return nil }
        return layouts.units(for: articles[index], index: index)
    }

    mutating func moveCursor(_ action: Action) {
        guard focus == .reader, let units = articleUnits() else {
            statusMessage = openArticle == nil ? "Open an article first (Enter in the list)" : nil
            return
        }
        guard !rawMode else {
            statusMessage = "The cursor works in the cleaned text; r leaves the raw view"
            return
        }
        if action == .cancelSelection {
            if selection != nil { statusMessage = "Selection cancelled" }
            selection = nil
            return
        }
        if var selection {
            extend(&selection, action, units: units)
            self.selection = selection
            scrollToShow(selection.head..<max(selection.head, selection.head + 1))
            return
        }
        switch action {
        case .nextQuotation, .previousQuotation:
            step(.quotation, of: units, forward: action == .nextQuotation, name: "quotation")
        case .nextSentence, .previousSentence:
            step(.sentence, of: units, forward: action == .nextSentence, name: "sentence")
        case .startSelection:
            if cursor == nil { cursor = firstUnitOnScreen(.sentence, of: units) }
            guard let cursor else {
                statusMessage = "Nothing to select here"
                return
            }
            selection = ReaderSelection(anchor: cursor.range)
            statusMessage = "Selecting: w/b words, )/( sentences, h highlights, Esc cancels"
        default:
            break
        }
    }

    private mutating func step(_ kind: ArticleUnits.Kind, of units: ArticleUnits, forward: Bool, name: String) {
        let target: TextUnit?
        if let cursor {
            target = forward
                ? units.next(kind, after: cursor.range.lowerBound)
                : units.previous(kind, before: cursor.range.lowerBound)
        } else {
            target = firstUnitOnScreen(kind, of: units) ?? (forward ? units.first(kind) : units.last(kind))
        }
        guard target != nil || units.first(kind) != nil else {
            statusMessage = "No \(name)s in this article"
            return
        }
        guard let target else {
            statusMessage = forward ? "No \(name) after this one" : "No \(name) before this one"
            return
        }
        cursor = target
        scrollToShow(target.range)
    }

    private mutating func extend(_ selection: inout ReaderSelection, _ action: Action, units: ArticleUnits) {
        switch action {
        case .extendWordForward:
            selection.stepForward(nextStart: units.nextWordStart(after:), nextEnd: units.nextWordEnd(after:))
        case .extendWordBackward:
            selection.stepBackward(previousStart: units.previousWordStart(before:), previousEnd: units.previousWordEnd(before:))
        case .nextSentence:
            selection.stepForward(nextStart: units.nextSentenceStart(after:), nextEnd: units.nextSentenceEnd(after:))
        case .previousSentence:
            selection.stepBackward(previousStart: units.previousSentenceStart(before:),
                                   previousEnd: units.previousSentenceEnd(before:))
        case .nextQuotation, .previousQuotation:
            statusMessage = "In a selection: w/b words, )/( sentences"
        default:
            break
        }
    }

    // MARK: Keeping the cursor and the screen together

    /// The scalars of `Article.text` that the reader shows now; nil in the raw view or when
    /// only header lines are on screen.
    func visibleTextRange() -> Range<Int>? {
        guard !rawMode, let layout = readerLayout(), layout.segmentCount > 0 else { return nil }
        var position = layout.position(of: currentAnchor)
        var lower: Int?
        var upper = 0
        for _ in 0..<readerHeight {
            if let start = layout.document.segments[position.segment].start {
                let range = layout.line(at: position).range
                lower = lower ?? start + range.lowerBound
                upper = max(upper, start + range.upperBound)
            }
            let next = layout.move(position, by: 1)
            if next == position { break }
            position = next
        }
        guard let lower, lower < upper else { return nil }
        return lower..<upper
    }

    private func firstUnitOnScreen(_ kind: ArticleUnits.Kind, of units: ArticleUnits) -> TextUnit? {
        guard let visible = visibleTextRange() else { return nil }
        return units.first(kind, startingIn: visible)
    }

    /// After scrolling: a cursor that left the screen moves to the first unit of its kind on
    /// screen (a sentence when no quotation is), or is dropped when nothing is there.
    mutating func keepCursorOnScreen() {
        guard let current = cursor, selection == nil, let units = articleUnits(),
              let visible = visibleTextRange() else { return }
        if visible.contains(current.range.lowerBound) { return }
        if case .quotation = current.kind, let quotation = firstUnitOnScreen(.quotation, of: units) {
            cursor = quotation
        } else {
            cursor = firstUnitOnScreen(.sentence, of: units)
        }
    }

    /// Scrolls the least that puts `range` on screen, its start first when it is taller than the screen.
    mutating func scrollToShow(_ range: Range<Int>) {
        guard let layout = readerLayout(), let startAnchor = readerAnchor(forTextOffset: range.lowerBound),
              let endAnchor = readerAnchor(forTextOffset: max(range.lowerBound, range.upperBound - 1)) else { return }
        let start = layout.position(of: startAnchor)
        let end = layout.position(of: endAnchor)
        let top = layout.position(of: readerAnchor)
        let bottom = layout.move(top, by: readerHeight - 1)
        if start < top {
            readerAnchor = layout.anchor(at: start)
        } else if end > bottom {
            readerAnchor = layout.anchor(at: min(start, layout.move(end, by: -(readerHeight - 1))))
        }
    }
}
