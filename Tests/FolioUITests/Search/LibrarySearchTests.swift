import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// `/` in the sidebar: every article's highlights and notes matching a query, asked of the store
/// through an effect, listed in the sidebar, and opened at the highlight with Enter.
@Suite struct LibrarySearchTests {
    let article = Fixtures.khamenei

    private func searchFromSidebar(_ program: Program, _ query: String) {
        while program.state.focus != .sidebar { program.press(.tab) }
        program.press(.character("/"))
        program.type(query)
        program.press(.enter)
    }

    /// A handler whose store has two highlights of the khamenei article and one of an article
    /// this session did not load.
    private func handler() -> (FakeEffectHandler, Annotation, Annotation) {
        let handler = Fixtures.storeWithHighlights()
        let stored = try! #require(handler.annotationsToLoad[article.id]?.first)
        var elsewhere = Fixtures.highlight(article.quotations[0], note: "diplomacy elsewhere")
        elsewhere.articlePath = "archive/other.md"
        elsewhere.articleFingerprint = "other"
        handler.searchResults["diplomacy"] = [AnnotationSearchHit(articleID: article.id, annotation: stored),
                                              AnnotationSearchHit(articleID: nil, annotation: elsewhere)]
        return (handler, stored, elsewhere)
    }

    @Test func theQueryGoesToTheStoreAndTheResultsFillTheSidebar() throws {
        let (handler, _, _) = handler()
        let program = Fixtures.program(size: Size(width: 140, height: 40), handler: handler)
        program.dispatch(.start)
        searchFromSidebar(program, "diplomacy")
        #expect(handler.performed.contains(.searchAnnotations("diplomacy")))
        #expect(program.state.focus == .sidebar)
        #expect(program.state.statusMessage == "2 highlights match")
        let list = try #require(program.state.search.sidebarList)
        #expect(list.items.count == 2)
        let screen = program.screenText
        #expect(screen.contains("Highlights (2): “diplomacy”"))
        #expect(screen.contains("in archive/other.md"))
        #expect(screen.contains("in Khamenei shifts stance on talks"))
        #expect(screen.contains("✎ said to reporters"))
    }

    @Test func enterOpensTheArticleAtTheHighlightOnceItsAnnotationsLoad() {
        let (handler, stored, _) = handler()
        let program = Fixtures.program(size: Size(width: 80, height: 24), handler: handler)
        program.dispatch(.start)
        searchFromSidebar(program, "diplomacy")
        program.press(.enter)
        #expect(program.state.openedArticle?.id == article.id)
        #expect(handler.performed.contains(.loadAnnotations(article)))
        #expect(program.state.focus == .reader)
        #expect(program.state.cursor?.range == stored.anchor.position.start..<stored.anchor.position.end)
        #expect(program.screenText.contains("the door to diplomacy"))
        program.press(.tab)
        #expect(program.state.search.sidebarList != nil, "the results stay for the next one")
        program.press(.character("j"), .enter)
        #expect(program.state.statusMessage == "archive/other.md is not among the articles opened in this session")
    }

    @Test func editingKeysAreRefusedWhileTheListIsShownAndEscReturns() {
        let (handler, _, _) = handler()
        let program = Fixtures.program(size: Size(width: 140, height: 40), handler: handler)
        program.dispatch(.start)
        program.press(.enter)
        searchFromSidebar(program, "diplomacy")
        program.press(.character("x"))
        #expect(handler.deletes.isEmpty)
        #expect(program.state.statusMessage == "Esc returns to this article’s quotes first")
        program.press(.escape)
        #expect(program.state.search.sidebarList == nil)
        #expect(program.state.focus == .sidebar)
        #expect(program.screenText.contains("Highlights (2)"))
        program.press(.escape)
        #expect(program.state.focus == .list)
    }

    @Test func noResultsSaysSo() {
        let program = Fixtures.program(size: Size(width: 140, height: 40), handler: FakeEffectHandler())
        searchFromSidebar(program, "absent")
        #expect(program.state.statusMessage == "No highlight or note matches “absent”")
        #expect(program.screenText.contains("Nothing found · Esc returns"))
    }

    @Test func theStoreHandlerMatchesQuotesNotesTagsAndFindsTheArticleByFingerprint() throws {
        let store = try AnnotationStore.openInMemory()
        var byNote = Fixtures.highlight(article.quotations[0], note: "Compare with the 2019 speech")
        byNote.articlePath = "moved/khamenei.txt"
        let byTag = Fixtures.highlight(article.quotations[1], tags: ["Sanctions"])
        let byQuote = Fixtures.highlight(article.quotations[3])
        var unrelated = Fixtures.highlight(article.quotations[2])
        unrelated.articlePath = "gone.md"
        unrelated.articleFingerprint = "gone"
        for annotation in [byNote, byTag, byQuote, unrelated] { try store.insert(annotation) }
        let handler = StoreEffectHandler(store: store, articles: Fixtures.all)

        guard case .annotationSearchResults("speech", let speech)? = handler.perform(.searchAnnotations("speech")) else {
            Issue.record("no results")
            return
        }
        #expect(speech.map(\.annotation.id) == [byNote.id])
        #expect(speech.first?.articleID == article.id, "found by fingerprint after the file moved")
        guard case .annotationSearchResults(_, let tagged)? = handler.perform(.searchAnnotations("sanctions")) else { return }
        #expect(tagged.map(\.annotation.id) == [byTag.id])
        guard case .annotationSearchResults(_, let quoted)? = handler.perform(.searchAnnotations("PRESSURE")) else { return }
        #expect(quoted.isEmpty, "smartcase")
        guard case .annotationSearchResults(_, let america)? = handler.perform(.searchAnnotations("america")) else { return }
        #expect(america.map(\.annotation.id) == [byNote.id, unrelated.id], "in article then text order, unknown articles last")
        #expect(america.last?.articleID == nil)
    }

    @Test func withoutAStoreTheSearchSaysWhy() {
        let handler = StoreEffectHandler(store: nil, unavailableReason: "the store is locked", articles: Fixtures.all)
        #expect(handler.perform(.searchAnnotations("x")) == .showMessage("Cannot search highlights: the store is locked"))
    }
}
