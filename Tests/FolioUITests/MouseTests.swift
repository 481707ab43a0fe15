import FolioCore
import Testing
@testable import FolioUI

/// Mouse reports at 140×40: the list is columns 0–41, the reader 42–100, the sidebar 101–139,
/// each with a border; the status line is row 39. Article rows are two lines from row 1.
@Suite struct MouseTests {
    let size = Size(width: 140, height: 40)

    func click(_ x: Int, _ y: Int) -> TerminalEvent { .mouse(MouseEvent(x: x, y: y, kind: .click)) }
    func wheel(_ x: Int, _ y: Int, down: Bool) -> TerminalEvent {
        .mouse(MouseEvent(x: x, y: y, kind: down ? .wheelDown : .wheelUp))
    }

    @Test func aClickSelectsAListRowAndASecondClickOpensIt() throws {
        let (program, backend) = Fixtures.program(size: size)
        backend.send(click(5, 6))
        backend.send(click(5, 5))
        program.run()
        #expect(backend.frames.count >= 2)
        let afterFirst = backend.frames[1].textLines()
        let selected = try #require(afterFirst.first { $0.contains("▶") })
        #expect(selected.contains("A very long report"))
        #expect(program.state.selectedRow == 2)
        #expect(program.state.openArticle == 2)
        #expect(program.state.focus == .reader)
    }

    @Test func aClickOnAnotherRowOnlySelectsAndFocusesTheList() {
        let (program, _) = Fixtures.program(size: size)
        program.press(.enter)
        #expect(program.state.focus == .reader)
        program.handle(click(10, 3))
        #expect(program.state.selectedRow == 1)
        #expect(program.state.focus == .list)
        #expect(program.state.openArticle == 0)
    }

    @Test func clicksOutsideThePanesAreIgnoredAndEmptyListSpaceOnlyFocuses() {
        let (program, _) = Fixtures.program(size: size)
        program.press(.enter)
        program.handle(click(50, 39))
        #expect(program.state.focus == .reader)
        program.handle(click(10, 30))
        #expect(program.state.focus == .list)
        #expect(program.state.selectedRow == 0)
        program.handle(click(200, 5))
        #expect(program.state.focus == .list)
    }

    @Test func aClickInTheSidebarSelectsTheEntryUnderItAndASecondClickShowsIt() throws {
        let (program, _) = Fixtures.program(size: size)
        program.press(.enter)
        let sidebar = ScreenLayout.frame(of: .sidebar, size: size)
        let lines = program.render().textLines()
        let y = try #require(lines.firstIndex { line in
            String(line.dropFirst(sidebar.x)).contains("door to diplomacy")
        })
        program.handle(click(sidebar.x + 5, y))
        #expect(program.state.focus == .sidebar)
        #expect(program.state.sidebarSelection == 1)
        #expect(program.render().textLines()[y].dropFirst(sidebar.x).contains("▶"))
        program.handle(click(sidebar.x + 5, y))
        #expect(program.state.focus == .reader)
        let cursor = try #require(program.state.cursor)
        #expect(cursor.range.lowerBound == Fixtures.khamenei.quotations[1].start)
    }

    @Test func theWheelOverTheSidebarMovesItsSelectionWithoutTakingFocus() {
        let (program, _) = Fixtures.program(size: size)
        program.press(.enter)
        program.handle(wheel(120, 10, down: true))
        #expect(program.state.sidebarSelection == 3)
        #expect(program.state.focus == .reader)
    }

    @Test func theWheelInTheReaderScrollsThreeLines() throws {
        let (program, _) = Fixtures.program(size: size)
        program.press(.down, .down, .enter)
        #expect(program.state.readerLinePosition?.line == 1)
        program.handle(wheel(60, 10, down: true))
        #expect(program.state.readerLinePosition?.line == 4)
        program.handle(wheel(60, 10, down: true))
        program.handle(wheel(60, 10, down: false))
        #expect(program.state.readerLinePosition?.line == 4)
        program.press(.tab, .tab)
        #expect(program.state.focus == .list)
        program.handle(wheel(60, 10, down: true))
        #expect(program.state.readerLinePosition?.line == 7)
        #expect(program.state.focus == .list)
    }

    @Test func theWheelInTheListMovesTheSelection() {
        let articles = (1...8).map { Fixtures.long(paragraphs: $0) }
        let (program, _) = Fixtures.program(size: size, articles: articles)
        program.handle(wheel(5, 5, down: true))
        #expect(program.state.selectedRow == 3)
        program.handle(wheel(5, 5, down: true))
        program.handle(wheel(5, 5, down: true))
        #expect(program.state.selectedRow == 7)
        program.handle(wheel(5, 5, down: false))
        #expect(program.state.selectedRow == 4)
        #expect(program.state.openArticle == nil)
    }

    @Test func theMouseIsIgnoredWhileHelpIsOpen() {
        let (program, _) = Fixtures.program(size: size)
        program.press(.function(1))
        #expect(program.state.helpVisible)
        program.handle(click(5, 3))
        program.handle(wheel(5, 3, down: true))
        #expect(program.state.selectedRow == 0)
        #expect(program.state.helpVisible)
        #expect(program.state.action(for: MouseEvent(x: 5, y: 3, kind: .click)) == nil)
    }

    @Test func rowsMapBackToTheLinesTheListDrawsThem() {
        let inner = Rect(x: 1, y: 1, width: 40, height: 9)
        for row in 3..<7 {
            let y = ArticleListView.lineY(ofRow: row, top: 3, inner: inner)
            #expect(ArticleListView.row(atY: y, top: 3, count: 20, inner: inner) == row)
            #expect(ArticleListView.row(atY: y + 1, top: 3, count: 20, inner: inner) == row)
        }
        #expect(ArticleListView.row(atY: 9, top: 3, count: 20, inner: inner) == nil)
        #expect(ArticleListView.row(atY: 5, top: 3, count: 4, inner: inner) == nil)
        #expect(ArticleListView.row(atY: 0, top: 3, count: 20, inner: inner) == nil)
    }
}
