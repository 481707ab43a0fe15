import Testing
@testable import FolioUI

/// Whole screens of the finding features, characters and roles: marked matches with the match
/// count, the typed filter with the list's title, and the speakers list.
@Suite struct SearchSnapshotTests {
    @Test func readerSearchMarksMatchesAndCounts() {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        program.press(.enter, .character("/"))
        program.type("america")
        program.press(.enter, .character("n"))
        SnapshotAssertion.assertMatches(program.render(), named: "search-140x40")
    }

    @Test func listFilterWhileTypingSortedByTitle() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("s"), .character("/"))
        program.type("diplomacy")
        SnapshotAssertion.assertMatches(program.render(), named: "filter-80x24")
    }

    @Test func speakersList() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("S"), .character("j"))
        SnapshotAssertion.assertMatches(program.render(), named: "speakers-80x24")
    }
}
