import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// The sidebar as the list of an article's highlights: order, Enter, delete, the detected-quote
/// toggle, orphans and re-attaching them; and loading from the store.
@Suite struct HighlightSidebarTests {
    let article = Fixtures.khamenei

    /// A program whose store already holds two highlights (given out of order) and an orphan.
    private func loaded(_ handler: FakeEffectHandler = Fixtures.storeWithHighlights(), size: Size = Size(width: 140, height: 40)) -> Program {
        let program = Fixtures.program(size: size, handler: handler)
        program.dispatch(.start)
        program.press(.enter)
        return program
    }

    @Test func openingAnArticleLoadsItsAnnotationsAndTheListShowsCounts() {
        let handler = Fixtures.storeWithHighlights()
        let program = loaded(handler)
        #expect(handler.performed.first == .loadHighlightCounts)
        #expect(handler.performed.contains(.loadAnnotations(article)))
        #expect(program.annotations.count == 3)
        #expect(program.state.statusMessage == "1 annotation lost its place in the text; see Orphaned in the sidebar")
        let screen = program.screenText
        #expect(screen.contains("5 quotes · 3 highlights"))
        #expect(screen.contains("0 quotes · 7 highlights"), "counts from the store for articles not opened")
    }

    @Test func highlightsAreListedInDocumentOrderThenOrphansThenDetectedQuotes() {
        let program = loaded()
        let entries = program.state.sidebarEntries
        #expect(entries.count == 2 + 1 + 3)
        #expect(entries[0].annotation?.anchor.quote.exact == article.quotations[0].text)
        #expect(entries[1].annotation?.speaker == "Abbas Araghchi")
        #expect(entries[2].isOrphan && entries[2].annotation?.note == "check this")
        #expect(entries[3...] == [.detected(2), .detected(3), .detected(4)])
        let screen = program.screenText
        for heading in ["Highlights (2)", "Orphaned (1)", "Detected quotes (3)", "— Abbas Araghchi", "blue · #diplomacy · ✎",
                        "“talks would resume in Oman next", "green · ✎"] {
            #expect(screen.contains(heading), "sidebar shows \(heading)")
        }
        #expect(program.text(withRole: .highlight3) .contains("■"), "a swatch in the highlight's color")
    }

    @Test func theToggleHidesAndShowsUnhighlightedQuotations() {
        let program = loaded()
        program.press(.tab, .character("d"))
        #expect(program.state.sidebarEntries.count == 3)
        #expect(!program.screenText.contains("Detected quotes"))
        program.press(.character("d"))
        #expect(program.state.sidebarEntries.count == 6)
        #expect(program.text(withRole: .dim).contains("Fighting America"), "unhighlighted quotations are dimmed")
    }

    @Test func enterMovesTheReaderToTheHighlight() throws {
        let program = loaded(size: Size(width: 80, height: 24))
        program.press(.tab, .character("j"), .enter)
        #expect(program.state.focus == .reader)
        let second = article.quotations[1]
        #expect(program.state.cursor?.range == second.start..<second.end)
        let visible = try #require(program.state.visibleTextRange())
        #expect(visible.contains(second.start))
        program.press(.character("5"))
        #expect(program.annotations.first { $0.anchor.position.start == second.start }?.color == .purple,
                "the cursor is on the highlight, so colors apply to it")
    }

    @Test func enterOnAnOrphanExplainsInsteadOfMoving() {
        let program = loaded()
        program.press(.tab, .character("j"), .character("j"), .enter)
        #expect(program.state.focus == .sidebar)
        #expect(program.state.statusMessage?.hasPrefix("Orphaned") == true)
    }

    @Test func xDeletesTheSelectedEntryAndUndoBringsItBack() {
        let handler = Fixtures.storeWithHighlights()
        let program = loaded(handler)
        program.press(.tab, .character("j"), .character("x"))
        #expect(program.annotations.count == 2)
        #expect(!program.annotations.contains { $0.speaker == "Abbas Araghchi" })
        #expect(handler.deletes.count == 1)
        #expect(program.state.sidebarEntries.contains(.detected(1)), "the quotation is back among the detected ones")
        program.press(.character("u"))
        #expect(program.annotations.count == 3)
    }

    @Test func hOnADetectedEntryHighlightsItDirectly() {
        let handler = Fixtures.storeWithHighlights()
        let program = loaded(handler)
        program.press(.tab, .character("G"))
        #expect(program.state.sidebarEntries[program.state.sidebarSelection] == .detected(4))
        program.press(.character("h"))
        let saved = handler.saves.last
        #expect(saved?.anchor.quote.exact == "détente de façade")
        #expect(program.state.statusMessage == "Saved")
        #expect(program.state.sidebarEntries.filter { if case .highlight = $0 { true } else { false } }.count == 3)
        program.press(.character("g"), .character("h"))
        #expect(program.state.statusMessage?.hasPrefix("Already highlighted") == true)
    }

    @Test func anOrphanIsReattachedToTheSelection() throws {
        let handler = Fixtures.storeWithHighlights()
        let program = loaded(handler)
        program.press(.character("]"), .character("]"), .character("]"), .character("v"), .character("w"))
        let range = try #require(program.state.selection?.range)
        program.press(.tab, .character("j"), .character("j"))
        #expect(program.state.sidebarEntries[program.state.sidebarSelection].annotation?.isOrphaned == true)
        program.press(.character("R"))
        let saved = try #require(handler.saves.last)
        #expect(saved.anchoring == .exact)
        #expect(saved.anchor.position == TextPositionSelector(start: range.lowerBound, end: range.upperBound))
        #expect(saved.note == "check this", "the note comes along")
        #expect(saved.articleFingerprint == article.fingerprint)
        #expect(!program.state.sidebarEntries.contains { $0.annotation?.isOrphaned == true })
        program.press(.character("u"))
        #expect(program.state.sidebarEntries.contains { $0.annotation?.isOrphaned == true })
    }
}
