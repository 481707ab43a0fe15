import FolioCore
import Testing
@testable import FolioUI

/// The sidebar's entries are built once and kept; what they were built from changing, in this
/// state or in a copy of it, must still show.
@Suite struct SidebarEntryCacheTests {
    private func opened() -> Program {
        let program = Fixtures.program(size: Size(width: 140, height: 40), handler: Fixtures.storeWithHighlights())
        program.press(.enter)
        return program
    }

    @Test func aCopyKeepsItsEntriesWhileTheStateMovesOn() {
        let program = opened()
        let copy = program.state
        let before = copy.sidebarEntries
        #expect(before.count == 6)
        program.press(.character("]"), .character("]"), .character("]"), .character("h"))
        #expect(program.state.sidebarEntries.count == 6, "a detected quotation became a highlight")
        #expect(program.state.sidebarEntries.filter { $0.annotation != nil && !$0.isOrphan }.count == 3)
        #expect(copy.sidebarEntries == before)
        #expect(copy.sidebarEntries == SidebarEntry.entries(of: Fixtures.khamenei, annotations: copy.openAnnotations,
                                                          showsDetectedQuotations: true))
    }

    @Test func aReloadedArticleListsItsNewQuotations() {
        var state = opened().state
        #expect(state.sidebarEntries.contains(.detected(4)))
        var changed = Fixtures.khamenei
        changed.quotations.removeLast(2)
        _ = state.apply(.articleReloaded(changed))
        _ = state.apply(.annotationsLoaded(articleID: changed.id, []))
        #expect(state.sidebarEntries == [.detected(0), .detected(1), .detected(2)])
    }

    @Test func headingsCountTheirWholeGroup() {
        let entries = opened().state.sidebarEntries
        #expect(QuoteSidebarView.groupEnd(entries, from: 0) == 2)
        #expect(QuoteSidebarView.groupEnd(entries, from: 2) == 3)
        #expect(QuoteSidebarView.groupEnd(entries, from: 3) == 6)
        #expect(QuoteSidebarView.groupEnd(entries, from: 5) == 6)
    }
}
