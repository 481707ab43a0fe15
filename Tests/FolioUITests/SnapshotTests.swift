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
        program.press(.enter, .character("?"))
        SnapshotAssertion.assertMatches(program.render(), named: "help-140x40")
    }

    @Test func smallestUsefulTerminal() {
        let (program, _) = Fixtures.program(size: Size(width: 20, height: 6))
        SnapshotAssertion.assertMatches(program.render(), named: "list-20x6")
        program.press(.enter)
        SnapshotAssertion.assertMatches(program.render(), named: "reader-20x6")
        program.press(.character("?"))
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
}
