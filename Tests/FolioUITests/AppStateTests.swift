import Testing
import FolioCore
@testable import FolioUI

/// Key sequences driving the state as a user would, checked by state and by what is on screen.
@Suite struct AppStateTests {
    private func screen(_ program: Program) -> String {
        program.render().textLines().joined(separator: "\n")
    }

    @Test func enterOpensTheSelectedArticleAndFocusesTheReader() {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        program.press(.character("j"), .character("j"), .enter)
        #expect(program.state.openArticle == 2)
        #expect(program.state.focus == .reader)
        #expect(screen(program).contains("Paragraph 1: officials met again"))
    }

    @Test func listMovementStaysInBounds() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("k"))
        #expect(program.state.selectedRow == 0)
        program.press(.character("G"))
        #expect(program.state.selectedRow == 2)
        program.press(.down)
        #expect(program.state.selectedRow == 2)
        program.press(.character("g"))
        #expect(program.state.selectedRow == 0)
    }

    @Test func listScrollsToKeepTheSelectionVisible() {
        let articles = (1...30).map { _ in Fixtures.long(paragraphs: 1) }
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 12), articles: articles)
        program.press(.character("G"))
        #expect(program.state.selectedRow == 29)
        #expect(program.state.listTop == 30 - program.state.listVisibleRows)
        #expect(program.render().textLines().contains { $0.hasPrefix("│▶ ") })
        program.press(.pageUp)
        #expect(program.state.selectedRow == 29 - program.state.listVisibleRows)
        #expect(program.render().textLines().contains { $0.hasPrefix("│▶ ") })
    }

    @Test func readerScrollsByLineHalfPageAndEnds() throws {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24), articles: [Fixtures.long()])
        program.press(.enter)
        #expect(program.state.readerLinePosition?.line == 1)
        program.press(.character("j"), .down)
        #expect(program.state.readerLinePosition?.line == 3)
        program.press(.character("k"))
        #expect(program.state.readerLinePosition?.line == 2)
        let height = program.state.readerHeight
        program.press(.control("d"))
        #expect(program.state.readerLinePosition?.line == 2 + (height - 1) / 2)
        program.press(.control("u"))
        #expect(program.state.readerLinePosition?.line == 2)
        program.press(.character(" "))
        #expect(program.state.readerLinePosition?.line == 2 + height - 1)
        program.press(.character("G"))
        let position = try #require(program.state.readerLinePosition)
        #expect(position.line == position.total - height + 1)
        let lines = program.render().textLines()
        #expect(lines[lines.count - 3].contains("rounds of talks."), "last paragraph's end on the last text row")
        program.press(.character("j"), .character(" "))
        #expect(program.state.readerLinePosition?.line == position.line, "cannot scroll past the end")
        program.press(.character("g"))
        #expect(program.state.currentAnchor == .top)
        #expect(screen(program).contains("│ A very long report"))
    }

    @Test func everyKeyIsSafeWithNoArticles() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24), articles: [])
        for binding in KeyBinding.defaults where binding.action != .quit {
            for key in binding.keys {
                for _ in 0..<3 { program.press(key) }
                _ = program.render()
            }
        }
        #expect(program.state.openArticle == nil)
        #expect(!program.state.shouldQuit)
    }

    @Test func readingWidthCapsAndCentresTheColumn() throws {
        let state = AppState(articles: [Fixtures.long()], size: Size(width: 120, height: 30), readingWidth: 40)
        let program = Program(state: state, backend: TestBackend(size: state.size))
        program.press(.enter)
        #expect(program.state.readerTextWidth == 40)
        let buffer = program.render()
        let reader = ScreenLayout.frame(of: .reader, size: state.size).inset(by: 1)
        let left = reader.x + (reader.width - 40) / 2
        for y in reader.y..<reader.maxY {
            for x in reader.x..<reader.maxX where x < left || x >= left + 40 {
                #expect(buffer[x, y].text == " ", "text outside the column at \(x),\(y)")
            }
        }
        let row = try #require(buffer.textLines().firstIndex { $0.contains("Paragraph 1:") })
        #expect(buffer[left, row].text == "P")
    }

    @Test func tabCyclesFocusBothWays() {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        var seen: [Pane] = []
        for _ in 0..<3 {
            program.press(.tab)
            seen.append(program.state.focus)
        }
        #expect(seen == [.reader, .sidebar, .list])
        program.press(.backTab)
        #expect(program.state.focus == .sidebar)
        program.press(.backTab)
        #expect(program.state.focus == .reader)
        program.press(.escape)
        #expect(program.state.focus == .list)
    }

    @Test func narrowTerminalShowsOnlyTheFocusedPane() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.enter)
        #expect(screen(program).contains("┌─ Reader"))
        #expect(!screen(program).contains("┌─ Articles"))
        program.press(.tab)
        #expect(screen(program).contains("┌─ Quotes (5)"))
        program.press(.backspace)
        #expect(screen(program).contains("┌─ Articles (3)"))
    }

    @Test func sidebarEnterJumpsTheReaderToTheQuotation() throws {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.enter, .tab, .character("j"), .character("j"), .character("j"))
        #expect(program.state.sidebarSelection == 3)
        program.press(.enter)
        #expect(program.state.focus == .reader)
        let quotation = Fixtures.khamenei.quotations[3]
        let top = try #require(program.state.readerTopOffset)
        #expect(top <= quotation.start && quotation.start - top < program.state.readerTextWidth)
        let firstTextRow = program.render().textLines()[1]
        #expect(firstTextRow.contains("“We will not negotiate under pressure,”"))
    }

    @Test func sidebarEnterLeavesTheRawView() throws {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        program.press(.enter, .character("r"), .tab, .character("G"), .enter)
        #expect(!program.state.rawMode)
        let top = try #require(program.state.readerTopOffset)
        #expect(top <= Fixtures.khamenei.quotations[4].start)
    }

    @Test func resizeKeepsTheReadingPosition() throws {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40), articles: [Fixtures.long()])
        program.press(.enter, .character(" "), .character(" "), .character("j"), .character("j"), .character("j"))
        let before = try #require(program.state.readerTopOffset)
        let wideFirstRow = program.render().textLines()[1]
        program.handle(.resize(Size(width: 80, height: 24)))
        let after = try #require(program.state.readerTopOffset)
        #expect(after <= before && before - after < program.state.readerTextWidth,
                "first visible text moved from \(before) to \(after)")
        #expect(program.render().size == Size(width: 80, height: 24))
        program.handle(.resize(Size(width: 140, height: 40)))
        #expect(program.state.readerTopOffset == before)
        #expect(program.render().textLines()[1] == wideFirstRow)
    }

    @Test func rawToggleShowsTheFileAndComesBack() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("r"))
        #expect(!program.state.rawMode)
        #expect(program.state.statusMessage?.contains("Open an article first") == true)
        program.press(.enter, .character("j"))
        let cleanedTop = program.state.readerAnchor
        program.press(.character("r"))
        #expect(program.state.rawMode)
        #expect(screen(program).contains("Skip to main content"))
        #expect(screen(program).contains("Reader — raw file"))
        program.press(.character("j"))
        program.press(.character("r"))
        #expect(!program.state.rawMode)
        #expect(program.state.readerAnchor == cleanedTop)
        #expect(!screen(program).contains("Skip to main content"))
    }

    @Test func quitEndsTheLoopAndHelpSwallowsIt() {
        let backend = TestBackend(size: Size(width: 80, height: 24))
        backend.type("?q")
        #expect(backend.frames.isEmpty)
        let program = Program(state: AppState(articles: Fixtures.all, size: Size(width: 1, height: 1)), backend: backend)
        backend.type("jq")
        backend.type("j")
        program.run()
        #expect(program.state.shouldQuit)
        #expect(program.state.selectedRow == 1, "the j after q must not run")
        #expect(backend.frames.count == 4)
        #expect(backend.frames[1].textLines().joined().contains("Help — any key closes"))
        #expect(!backend.frames[2].textLines().joined().contains("Help — any key closes"))
        #expect(backend.frames[0].size == Size(width: 80, height: 24), "run starts at the backend's size")
    }

    @Test func runFollowsResizeEvents() {
        let backend = TestBackend(size: Size(width: 140, height: 40), events: [.resize(Size(width: 20, height: 6)), .resize(Size(width: 10, height: 3))])
        let program = Program(state: AppState(articles: Fixtures.all), backend: backend)
        program.run()
        #expect(backend.frames.map(\.size) == [Size(width: 140, height: 40), Size(width: 20, height: 6), Size(width: 10, height: 3)])
        #expect(backend.frames[2].textLines().joined().contains("small"))
    }

    @Test func hugeArticlesAreWrappedOnlyWhereShown() throws {
        let huge = Fixtures.long(paragraphs: 3000)
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40), articles: [huge])
        program.press(.enter, .character("G"), .character("k"), .control("u"), .character("j"))
        _ = program.render()
        program.handle(.resize(Size(width: 80, height: 24)))
        _ = program.render()
        let layout = try #require(program.state.readerLayout())
        #expect(layout.segmentCount > 3000)
        #expect(layout.wrappedSegmentCount < 40, "wrapped \(layout.wrappedSegmentCount) segments")
        let position = try #require(program.state.readerLinePosition)
        #expect(position.isEstimate)
        #expect(program.render().textLines().last?.contains("of ~") == true)
    }
}
