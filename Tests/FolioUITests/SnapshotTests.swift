import Testing
@testable import FolioUI

/// Full screens as a user sees them, at a wide and a standard terminal and at the extremes.
@Suite struct SnapshotTests {
    @Test func listFocusedWide() {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        SnapshotAssertion.assertMatches(program.render(), named: "list-140x40")
    }

    @Test func listFocusedNarrow() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("j"))
        SnapshotAssertion.assertMatches(program.render(), named: "list-80x24")
    }

    @Test func readerOpenWide() {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        program.press(.enter)
        SnapshotAssertion.assertMatches(program.render(), named: "reader-140x40")
    }

    @Test func readerOpenNarrow() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.enter)
        SnapshotAssertion.assertMatches(program.render(), named: "reader-80x24")
    }

    @Test func readerScrolledNarrow() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.enter, .control("d"))
        SnapshotAssertion.assertMatches(program.render(), named: "reader-scrolled-80x24")
    }

    @Test func sidebarNarrow() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.enter, .tab, .character("j"))
        SnapshotAssertion.assertMatches(program.render(), named: "sidebar-80x24")
    }

    @Test func rawViewWide() {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        program.press(.enter, .character("r"))
        SnapshotAssertion.assertMatches(program.render(), named: "raw-140x40")
    }

    @Test func brokenArticleNarrow() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("j"), .enter)
        SnapshotAssertion.assertMatches(program.render(), named: "broken-80x24")
    }

    @Test func helpOverlayNarrow() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("?"))
        SnapshotAssertion.assertMatches(program.render(), named: "help-80x24")
    }

    @Test func helpOverlayWide() {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        program.press(.enter, .function(1))
        SnapshotAssertion.assertMatches(program.render(), named: "help-140x40")
    }

    @Test func smallestUsefulTerminal() {
        let (program, _) = Fixtures.program(size: Size(width: 20, height: 6))
        SnapshotAssertion.assertMatches(program.render(), named: "list-20x6")
        program.press(.enter)
        SnapshotAssertion.assertMatches(program.render(), named: "reader-20x6")
        program.press(.function(1))
        SnapshotAssertion.assertMatches(program.render(), named: "help-20x6")
    }

    @Test func noArticles() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24), articles: [])
        SnapshotAssertion.assertMatches(program.render(), named: "empty-80x24")
    }

    @Test func tooSmallTerminal() {
        let (program, _) = Fixtures.program(size: Size(width: 10, height: 3))
        SnapshotAssertion.assertMatches(program.render(), named: "too-small-10x3")
    }

    /// Two stored highlights (yellow, and blue with a note and a tag), an orphan, the cursor on
    /// a sentence: the reader in highlight colors and the sidebar listing them.
    private func withHighlights(size: Size) -> Program {
        let program = Fixtures.program(size: size, handler: Fixtures.storeWithHighlights())
        program.dispatch(.start)
        program.press(.enter)
        return program
    }

    @Test func highlightsWide() {
        let program = withHighlights(size: Size(width: 140, height: 40))
        program.press(.character(")"), .character(")"), .character(")"), .character(")"))
        SnapshotAssertion.assertMatches(program.render(), named: "highlights-140x40")
        program.press(.character("v"), .character(")"), .character("w"))
        SnapshotAssertion.assertMatches(program.render(), named: "selection-140x40")
    }

    @Test func highlightsNarrow() {
        let program = withHighlights(size: Size(width: 80, height: 24))
        program.press(.control("d"), .character("]"), .character("]"))
        SnapshotAssertion.assertMatches(program.render(), named: "highlights-reader-80x24")
        program.press(.tab, .character("j"))
        SnapshotAssertion.assertMatches(program.render(), named: "highlights-sidebar-80x24")
        program.press(.enter, .character("a"))
        #expect(program.state.inputMode == .editing)
        program.type("نقل قول 引用 ✓ and a note longer than the status line can hold, so it scrolls")
        SnapshotAssertion.assertMatches(program.render(), named: "note-editor-80x24")
    }
}
