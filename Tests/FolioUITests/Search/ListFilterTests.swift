import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// The article list's filter (`/`, narrowing as it is typed) and order (`s`).
@Suite struct ListFilterTests {
    private func program(handler: FakeEffectHandler = FakeEffectHandler()) -> Program {
        let program = Fixtures.program(size: Size(width: 140, height: 40), handler: handler)
        program.dispatch(.start)
        return program
    }

    private func titles(_ program: Program) -> [String] {
        program.state.search.listOrder.map { program.state.articles[$0].title }
    }

    @Test func filtersAsItIsTypedBySourceTagsAndFullText() {
        let program = program()
        program.press(.character("/"))
        program.type("radio")
        #expect(titles(program) == [Fixtures.long().title], "source Radio Farda, while typing")
        #expect(program.screenText.contains("Articles (1 of 3)"))
        #expect(program.screenText.contains("Filter: radio"))
        program.press(.control("u"))
        program.type("diplomacy")
        #expect(titles(program) == [Fixtures.khamenei.title, Fixtures.long().title], "a tag, and a title")
        program.press(.control("u"))
        program.type("ENRICHMENT")
        #expect(titles(program).isEmpty, "smartcase: capitals must match")
        #expect(program.screenText.contains("No article matches “ENRICHMENT”"))
        program.press(.control("u"))
        program.type("enrichment")
        #expect(titles(program) == [Fixtures.khamenei.title], "full text")
    }

    @Test func narrowingThenWideningAgainBringsArticlesBack() {
        let program = program()
        program.press(.character("/"))
        program.type("paragraph 1")
        #expect(titles(program) == [Fixtures.long().title])
        program.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace,
                      .backspace, .backspace, .backspace)
        #expect(titles(program).count == 3)
        program.type("k")
        #expect(titles(program).count == 3, "broken.md matches by title")
    }

    @Test func enterKeepsTheFilterEscClearsItAndEnterOpensTheFilteredRow() {
        let program = program()
        program.press(.character("/"))
        program.type("radio")
        program.press(.enter)
        #expect(program.state.search.prompt == nil)
        #expect(program.state.statusMessage == "1 of 3 articles match “radio”")
        #expect(program.screenText.contains("1/1"))
        program.press(.enter)
        #expect(program.state.openedArticle?.id == Fixtures.long().id)
        program.press(.escape)
        #expect(program.state.focus == .list)
        program.press(.escape)
        #expect(program.state.search.listFilter.isEmpty)
        #expect(titles(program).count == 3)
        #expect(program.state.search.listOrder[program.state.selectedRow] == 2, "the selected article stays selected")
    }

    @Test func escWhileTypingClearsTheFilter() {
        let program = program()
        program.press(.character("/"))
        program.type("radio")
        program.press(.escape)
        #expect(program.state.search.listFilter.isEmpty)
        #expect(program.screenText.contains("Articles (3)"))
    }

    @Test func sCyclesTitleDateAuthorAndHighlightCount() {
        let handler = FakeEffectHandler()
        handler.counts = [Fixtures.khamenei.id: 3, Fixtures.long().id: 7]
        let program = program(handler: handler)
        let khamenei = Fixtures.khamenei.title
        let long = Fixtures.long().title
        program.press(.character("s"))
        #expect(titles(program) == [long, "broken.md", khamenei])
        #expect(program.screenText.contains("Articles (3) · by title"))
        program.press(.character("s"))
        #expect(titles(program) == [khamenei, "broken.md", long], "dated first, the rest in file order")
        program.press(.character("s"))
        #expect(titles(program) == [khamenei, "broken.md", long], "authors first, no author last")
        program.press(.character("s"))
        #expect(titles(program) == [long, khamenei, "broken.md"])
        #expect(program.screenText.contains("by highlights"))
        program.press(.character("s"))
        #expect(titles(program) == [khamenei, "broken.md", long])
        #expect(program.screenText.contains("Articles (3) "))
    }

    @Test func sortingKeepsTheFilterAndTheSelection() {
        let program = program()
        program.press(.character("/"))
        program.type("i")
        program.press(.enter, .character("j"))
        let selected = program.state.search.listOrder[program.state.selectedRow]
        program.press(.character("s"))
        #expect(program.state.search.listOrder[program.state.selectedRow] == selected)
        #expect(program.state.search.listFilter == "i")
    }

    @Test func datesInSeveralFormatsSortNewestFirst() {
        func article(_ name: String, date: String?) -> Article {
            Article(file: "/library/\(name).md", relativePath: "\(name).md", format: .markdown,
                    metadata: ArticleMetadata(title: name, date: date), blocks: [Block(kind: .title, text: name)],
                    raw: name, fingerprint: name)
        }
        let articles = [article("a", date: "2024-01-05"), article("b", date: nil), article("c", date: "March 12, 2025"),
                        article("d", date: "3 February 2025"), article("e", date: "2025-02-10T08:00:00Z")]
        let order = ArticleSort.date.ordered(Array(articles.indices), articles: articles, highlightCounts: [:])
        #expect(order.map { articles[$0].title } == ["c", "e", "d", "a", "b"])
    }
}
