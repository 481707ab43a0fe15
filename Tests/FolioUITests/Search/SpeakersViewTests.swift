import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// `S`: every quotation of the library grouped by speaker in the sidebar; Enter opens one.
@Suite struct SpeakersViewTests {
    let article = Fixtures.khamenei

    @Test func sShowsSpeakersWithCountsAndTogglesOff() throws {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        program.press(.character("S"))
        #expect(program.state.focus == .sidebar)
        let list = try #require(program.state.search.sidebarList)
        #expect(list.items.map(\.heading) == ["Abbas Araghchi (1)", "Ali Khamenei (1)", "No speaker (3)", nil, nil])
        let screen = program.screenText
        #expect(screen.contains("Speakers (3)"))
        #expect(screen.contains("“the door to diplomacy has never"))
        #expect(program.text(withRole: .speaker).contains("Ali Khamenei (1)"))
        program.press(.character("S"))
        #expect(program.state.search.sidebarList == nil)
    }

    @Test func enterJumpsToTheQuotationInItsArticle() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("S"), .character("j"), .enter)
        #expect(program.state.openedArticle?.id == article.id)
        #expect(program.state.focus == .reader)
        #expect(program.state.cursor == TextUnit(kind: .quotation(0), range: article.quotations[0].start..<article.quotations[0].end))
        #expect(program.screenText.contains("In a speech on Wednesday"))
    }

    @Test func highlightsWithASpeakerJoinTheirGroup() throws {
        let handler = FakeEffectHandler()
        var own = Fixtures.highlight(article.quotations[0])
        let range = try #require(article.text.range(of: "repeating a line he has used for years"))
        let start = article.text.unicodeScalars.distance(from: article.text.startIndex, to: range.lowerBound)
        own.anchor = AnchorBuilder(text: article.text).anchor(for: start..<(start + 38))
        own.speaker = "Ali Khamenei"
        handler.annotationsToLoad[article.id] = [own, Fixtures.highlight(article.quotations[0])]
        let program = Fixtures.program(size: Size(width: 140, height: 40), handler: handler)
        program.press(.enter, .tab, .character("S"))
        let list = try #require(program.state.search.sidebarList)
        #expect(list.items.first?.heading == "Ali Khamenei (2)", "the highlight joins; the highlighted detected quote counts once")
        program.press(.character("j"), .enter)
        #expect(program.state.cursor?.range == start..<(start + 38))
    }

    @Test func movementScrollsTheListToKeepTheSelectionVisible() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 12))
        program.press(.character("S"), .character("G"))
        let list = program.state.search.sidebarList
        #expect(list?.selection == 4)
        #expect((list?.top ?? 0) > 0)
        #expect(program.screenText.contains("façade"))
    }

    @Test func openingFromTheListMarksReadButKeepsTheJumpOverTheRememberedPlace() {
        let handler = FakeEffectHandler()
        handler.positions[article.id] = 0
        let program = Fixtures.program(size: Size(width: 80, height: 24), handler: handler)
        program.press(.character("S"), .character("j"), .character("j"), .enter)
        #expect(handler.performed.contains(.saveReadState(articleID: article.id, read: true)))
        #expect(!handler.performed.contains(.loadReadingPosition(articleID: article.id)))
        #expect(program.state.cursor?.kind == .quotation(2))
        #expect(program.screenText.contains("Fighting America"))
    }
}
