import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// Highlighting from the keyboard, driven key by key through `Program` with a fake store, and
/// checked in the state, in the effects sent to the store, and on screen.
@Suite struct HighlightingTests {
    let wide = Size(width: 140, height: 40)
    let article = Fixtures.khamenei

    private func opened(_ handler: FakeEffectHandler = FakeEffectHandler(), size: Size = Size(width: 140, height: 40)) -> Program {
        let program = Fixtures.program(size: size, handler: handler)
        program.press(.enter)
        return program
    }

    @Test func bracketLandsOnTheFirstQuotationAndMarksIt() {
        let program = opened()
        program.press(.character("]"))
        let first = article.quotations[0]
        #expect(program.state.cursor == TextUnit(kind: .quotation(0), range: first.start..<first.end))
        #expect(program.text(withRole: .cursor).hasPrefix("negotiating with America is not wise, not intelligent"))
        program.press(.character("]"))
        #expect(program.state.cursor?.kind == .quotation(1))
        program.press(.character("["), .character("["))
        #expect(program.state.cursor?.kind == .quotation(0))
        #expect(program.state.statusMessage == "No quotation before this one")
    }

    @Test func sentencesStepAcrossBlocks() {
        let program = opened()
        program.press(.character(")"))
        #expect(program.state.cursor?.range == article.blocks[0].range, "the title is the first sentence")
        program.press(.character(")"), .character(")"))
        let scalars = Array(article.text.unicodeScalars)
        let range = try! #require(program.state.cursor?.range)
        #expect(String(String.UnicodeScalarView(scalars[range])).hasPrefix("In a speech on Wednesday"))
        program.press(.character("("))
        #expect(program.state.cursor?.range == article.blocks[1].range)
    }

    @Test func highlightSavesThenSaysSavedOnlyAfterTheStoreAnswers() throws {
        var state = AppState(articles: [article], size: wide, clock: { Fixtures.now })
        _ = state.apply(.openArticle)
        _ = state.apply(.nextQuotation)
        let effects = state.apply(.highlight)
        guard case .saveAnnotation(let annotation)? = effects.first, effects.count == 1 else {
            Issue.record("expected one save, got \(effects)")
            return
        }
        let quotation = article.quotations[0]
        #expect(annotation.anchor.quote.exact == quotation.text)
        #expect(annotation.anchor.position == TextPositionSelector(start: quotation.start, end: quotation.end))
        #expect(annotation.anchor.quote.prefix.hasSuffix("Ayatollah Ali Khamenei said “"))
        #expect(annotation.speaker == "Ali Khamenei")
        #expect(annotation.color == .yellow)
        #expect(annotation.articlePath == article.relativePath)
        #expect(annotation.articleFingerprint == article.fingerprint)
        #expect(annotation.created == Fixtures.now && annotation.modified == Fixtures.now)
        #expect(state.statusMessage == "Highlighted · saving…")
        #expect(state.pendingChanges.count == 1)
        #expect(state.openAnnotations == [annotation], "shown at once")
        _ = state.apply(.persisted(annotation.id))
        #expect(state.statusMessage == "Saved")
        #expect(state.pendingChanges.isEmpty)
    }

    @Test func highlightIsDrawnInItsColorAndCountedInTheList() {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"))
        #expect(handler.saves.count == 1)
        #expect(handler.stored.count == 1)
        #expect(program.state.statusMessage == "Saved")
        program.press(.character("]"))
        #expect(program.text(withRole: .highlight1).contains("negotiating with America is not wise"))
        #expect(program.screenText.contains("5 quotes · 1 highlight"))
        #expect(program.screenText.contains("Highlights (1)"))
    }

    @Test func aFailedSaveIsRolledBackAndReported() {
        let handler = FakeEffectHandler()
        handler.failure = "disk full"
        let program = opened(handler)
        program.press(.character("]"), .character("h"))
        #expect(handler.saves.count == 1)
        #expect(program.annotations.isEmpty)
        #expect(program.state.pendingChanges.isEmpty)
        #expect(program.state.statusMessage == "Not saved: disk full. The change was taken back.")
        #expect(program.text(withRole: .highlight1).isEmpty)
        program.press(.character("u"))
        #expect(program.state.statusMessage == "Nothing to undo")
    }

    @Test func withoutAStoreNothingPretendsToBeSaved() {
        let (program, _) = Fixtures.program(size: wide)
        program.press(.enter, .character("]"), .character("h"))
        #expect(program.annotations.isEmpty)
        #expect(program.state.statusMessage?.hasPrefix("Not saved: no annotation store is open") == true)
    }

    @Test(arguments: HighlightColor.allCases)
    func numberKeysSetTheColor(_ color: HighlightColor) {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"), .character(Character("\(color.rawValue)")))
        #expect(program.annotations.first?.color == color)
        if color == .yellow {
            #expect(program.state.statusMessage == "Already yellow")
            #expect(handler.saves.count == 1)
        } else {
            #expect(handler.saves.last?.color == color)
            #expect(program.state.statusMessage == "Saved")
        }
        program.press(.character("]"))
        #expect(program.text(withRole: color.role).contains("negotiating with America is not wise"))
    }

    @Test func colorKeysNeedAHighlight() {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("2"))
        #expect(program.state.statusMessage == "No highlight under the cursor")
        #expect(handler.saves.isEmpty)
    }

    @Test func notesAcceptAnyTextAndEnterSavesIt() {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"), .character("a"))
        #expect(program.state.inputMode == .editing)
        program.type("نقل قول 引用 ✓")
        #expect(program.render().textLines().last?.hasPrefix(" Note: نقل قول 引用 ✓") == true)
        program.press(.enter)
        #expect(program.state.editor == nil)
        #expect(program.annotations.first?.note == "نقل قول 引用 ✓")
        #expect(handler.stored.values.first?.note == "نقل قول 引用 ✓")
        #expect(program.state.statusMessage == "Saved")
        program.press(.tab)
        #expect(program.screenText.contains("yellow · ✎"))
    }

    @Test func theEditorMovesErasesAndClears() {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"), .character("a"))
        program.type("acd")
        program.press(.left, .left, .character("b"), .home, .character("["), .control("e"), .character("]"))
        #expect(program.state.editor?.line.text == "[abcd]")
        program.press(.control("a"), .delete, .end, .backspace, .left, .backspace)
        #expect(program.state.editor?.line.text == "abd")
        program.type("x")
        program.press(.control("u"))
        #expect(program.state.editor?.line.text == "")
        program.type("kept")
        program.press(.enter)
        #expect(program.annotations.first?.note == "kept")
    }

    @Test func escapeCancelsTheEditorWithoutSaving() {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"), .character("a"))
        program.type("quit? no: q and h are text here")
        program.press(.escape)
        #expect(program.state.editor == nil)
        #expect(program.state.focus == .reader, "Esc closed the editor, not the pane")
        #expect(!program.state.shouldQuit)
        #expect(program.annotations.first?.note == "")
        #expect(handler.saves.count == 1)
        #expect(program.state.statusMessage == "Note not changed")
    }

    @Test func tagsAreSplitAtCommasAndSpaces() {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"), .character("t"))
        program.type("iran, diplomacy  talks,iran")
        program.press(.enter)
        #expect(program.annotations.first?.tags == ["iran", "diplomacy", "talks"])
        #expect(handler.saves.last?.tags == ["iran", "diplomacy", "talks"])
        program.press(.character("t"))
        #expect(program.state.editor?.line.text == "iran, diplomacy, talks", "editing starts from the tags")
        program.press(.escape, .tab)
        #expect(program.screenText.contains("#iran #diplomacy #talks"))
    }

    @Test func deleteInTheReaderThenUndoAndRedo() {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"))
        let id = try! #require(program.annotations.first?.id)
        program.press(.character("x"))
        #expect(program.annotations.isEmpty)
        #expect(handler.deletes == [id])
        #expect(handler.stored.isEmpty)
        program.press(.character("u"))
        #expect(program.annotations.map(\.id) == [id])
        #expect(handler.stored[id] != nil)
        program.press(.control("r"))
        #expect(program.annotations.isEmpty)
        #expect(handler.stored.isEmpty)
        program.press(.control("r"))
        #expect(program.state.statusMessage == "Nothing to redo")
    }

    @Test func undoAndRedoWalkThroughEveryKindOfChange() throws {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"), .character("4"), .character("a"))
        program.type("first note")
        program.press(.enter, .character("t"))
        program.type("a b")
        program.press(.enter)
        let final = try #require(program.annotations.first)
        #expect(final.color == .pink && final.note == "first note" && final.tags == ["a", "b"])
        program.press(.character("x"))
        var seen: [Annotation?] = [program.annotations.first]
        for _ in 0..<5 {
            program.press(.character("u"))
            seen.append(program.annotations.first)
            #expect(handler.stored[final.id] == program.annotations.first, "the store follows every undo")
        }
        #expect(seen.map { $0?.tags } == [nil, ["a", "b"], [], [], [], nil])
        #expect(seen.map { $0?.note } == [nil, "first note", "first note", "", "", nil])
        #expect(seen.map { $0?.color } == [nil, .pink, .pink, .pink, .yellow, nil])
        program.press(.character("u"))
        #expect(program.state.statusMessage == "Nothing to undo")
        for expected in seen.reversed().dropFirst() {
            program.press(.control("r"))
            #expect(program.annotations.first == expected)
            #expect(handler.stored[final.id] == expected)
        }
    }

    @Test func aFailedUndoKeepsItUndoable() {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        program.press(.character("]"), .character("h"), .character("3"))
        handler.failure = "database is locked"
        program.press(.character("u"))
        #expect(program.annotations.first?.color == .blue, "rolled back to the stored value")
        #expect(program.state.statusMessage == "Not saved: database is locked. The change was taken back.")
        handler.failure = nil
        program.press(.character("u"))
        #expect(program.annotations.first?.color == .yellow)
        #expect(handler.stored.values.first?.color == .yellow)
    }

    @Test func visualSelectionExtendsByWordsAndSentencesAcrossParagraphs() throws {
        let handler = FakeEffectHandler()
        let program = opened(handler)
        let paragraph = article.blocks[2]
        while program.state.cursor?.range.upperBound != paragraph.end { program.press(.character(")")) }
        program.press(.character("v"))
        #expect(program.state.inputMode == .visual)
        #expect(program.state.selection?.range == program.state.cursor?.range)
        program.press(.character(")"), .character(")"))
        let heading = article.blocks[3]
        let next = article.blocks[4]
        let grown = try #require(program.state.selection?.range)
        #expect(grown.lowerBound < paragraph.end && grown.upperBound > next.start, "covers the heading and into the next paragraph")
        program.press(.character("("))
        #expect(program.state.selection?.range.upperBound == heading.end)
        program.press(.character("w"))
        #expect(program.state.selection?.range.upperBound == next.start + "Foreign".unicodeScalars.count)
        program.press(.character("w"), .character("b"))
        #expect(program.state.selection?.range.upperBound == next.start + "Foreign".unicodeScalars.count)
        #expect(program.text(withRole: .selection).contains("A change of tone"))
        program.press(.character("h"))
        #expect(program.state.inputMode == .normal)
        let saved = try #require(handler.saves.last)
        #expect(saved.anchor.quote.exact.hasSuffix("indirect contacts.\n\nA change of tone\n\nForeign"))
        #expect(saved.speaker == nil)
    }

    @Test func selectionGrowsBackwardsAndEscapeCancelsIt() {
        let program = opened()
        program.press(.character("]"), .character("v"), .character("b"), .character("b"))
        let quotation = article.quotations[0]
        // The first b reaches the opening mark (the start of "“negotiating"), the second "said".
        let expectedStart = quotation.start - "said “".unicodeScalars.count
        #expect(program.state.selection?.range == expectedStart..<quotation.end)
        program.press(.escape)
        #expect(program.state.selection == nil)
        #expect(program.state.focus == .reader)
        #expect(program.text(withRole: .selection).isEmpty)
    }

    @Test func scrollingKeepsTheCursorUntilItLeavesTheScreen() throws {
        let long = Fixtures.long(paragraphs: 60)
        let program = Fixtures.program(size: Size(width: 80, height: 24), articles: [long], handler: FakeEffectHandler())
        program.press(.enter, .character(")"), .character(")"), .character(")"))
        let cursor = try #require(program.state.cursor)
        program.press(.character("j"))
        #expect(program.state.cursor == cursor, "still on screen: stays")
        program.press(.control("d"), .control("d"))
        let visible = try #require(program.state.visibleTextRange())
        let moved = try #require(program.state.cursor)
        #expect(moved != cursor)
        #expect(visible.contains(moved.range.lowerBound))
        #expect(program.text(withRole: .cursor).hasPrefix("Paragraph"))
    }

    @Test func movingTheCursorScrollsToShowIt() throws {
        let long = Fixtures.long(paragraphs: 60)
        let program = Fixtures.program(size: Size(width: 80, height: 24), articles: [long], handler: FakeEffectHandler())
        program.press(.enter)
        for _ in 0..<15 { program.press(.character(")")) }
        let cursor = try #require(program.state.cursor)
        let visible = try #require(program.state.visibleTextRange())
        #expect(visible.contains(cursor.range.lowerBound) && visible.contains(cursor.range.upperBound - 1))
        #expect(program.text(withRole: .cursor).hasPrefix("Paragraph 14:"))
    }
}
