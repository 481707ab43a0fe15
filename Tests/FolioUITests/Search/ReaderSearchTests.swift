import Foundation
import Testing
import FolioCore
@testable import FolioUI

/// Searching the open article: `/` and `?`, smartcase, Unicode folding, `n`/`N` with
/// wrap-around, the match count, marking matches, and the prompt itself.
@Suite struct ReaderSearchTests {
    let article = Fixtures.khamenei

    private func opened(_ articles: [Article] = Fixtures.all, size: Size = Size(width: 140, height: 40)) -> Program {
        let (program, _) = Fixtures.program(size: size, articles: articles)
        program.press(.enter)
        return program
    }

    private func search(_ program: Program, _ query: String, key: Character = "/") {
        program.press(.character(key))
        program.type(query)
        program.press(.enter)
    }

    /// Scalar ranges of `word` in `text`, found by lowercasing both (independent of `TextSearch`).
    private func ranges(of word: String, in text: String) -> [Range<Int>] {
        let scalars = Array(text.lowercased().unicodeScalars)
        let needle = Array(word.lowercased().unicodeScalars)
        return (0...(scalars.count - needle.count)).filter { Array(scalars[$0..<($0 + needle.count)]) == needle }
            .map { $0..<($0 + needle.count) }
    }

    @Test func slashFindsTheFirstMatchMovesTheCursorAndCountsThemAll() {
        let program = opened()
        let expected = ranges(of: "negotiat", in: article.text)
        #expect(expected.count == 3)
        search(program, "negotiat")
        #expect(program.state.statusMessage == "match 1 of 3")
        #expect(program.state.cursor?.range == expected[0])
        #expect(program.state.focus == .reader)
        #expect(program.state.inputMode == .normal)
        #expect(program.text(withRole: .searchMatch) == "negotiat|negotiat", "the other matches on screen are marked")
    }

    @Test func nAndShiftNStepThroughMatchesAndWrapAround() {
        let program = opened()
        let expected = ranges(of: "negotiat", in: article.text)
        search(program, "negotiat")
        program.press(.character("n"))
        #expect(program.state.statusMessage == "match 2 of 3")
        #expect(program.state.cursor?.range == expected[1])
        program.press(.character("n"))
        #expect(program.state.statusMessage == "match 3 of 3")
        program.press(.character("n"))
        #expect(program.state.statusMessage == "match 1 of 3 · from the top")
        #expect(program.state.cursor?.range == expected[0])
        program.press(.character("N"))
        #expect(program.state.statusMessage == "match 3 of 3 · from the bottom")
        #expect(program.state.cursor?.range == expected[2])
    }

    @Test func questionMarkSearchesBackwardAndNKeepsThatDirection() {
        let program = opened()
        let expected = ranges(of: "negotiat", in: article.text)
        search(program, "negotiat", key: "?")
        #expect(program.state.statusMessage == "match 3 of 3", "backward from the end of the screen")
        #expect(program.state.cursor?.range == expected[2])
        program.press(.character("n"))
        #expect(program.state.statusMessage == "match 2 of 3")
        program.press(.character("N"))
        #expect(program.state.statusMessage == "match 3 of 3")
        #expect(!program.state.helpVisible, "? in the reader searches instead of showing help")
    }

    @Test func searchStartsFromTheCursor() {
        let program = opened()
        let expected = ranges(of: "negotiat", in: article.text)
        program.press(.character("]"), .character("]"))
        #expect(program.state.cursor?.range.lowerBound ?? 0 > expected[1].lowerBound)
        search(program, "negotiat")
        #expect(program.state.statusMessage == "match 3 of 3")
    }

    @Test func smartcaseIgnoresCaseUnlessTheQueryHasACapital() {
        let program = opened()
        search(program, "america")
        #expect(program.state.statusMessage == "match 1 of 2")
        search(program, "America")
        #expect(program.state.search.reader?.matches.count == 2)
        search(program, "AMERICA")
        #expect(program.state.statusMessage == "No match for “AMERICA”")
        search(program, "Negotiating")
        #expect(program.state.statusMessage == "No match for “Negotiating”", "a capital makes case count")
    }

    @Test func foldsCaseForNonLatinScriptsAndIgnoresAccentsUnlessTyped() {
        let blocks = [
            Block(kind: .title, text: "Министр и пресса"),
            Block(kind: .paragraph, text: "Министр сказал, что МИНИСТР не министр. Ο ΥΠΟΥΡΓΟΣ μίλησε στον υπουργό. A café, a cafe."),
        ]
        let cyrillic = Article(file: "/library/ru.md", relativePath: "ru.md", format: .markdown,
                               metadata: ArticleMetadata(title: "Министр и пресса"), blocks: blocks,
                               raw: blocks.map(\.text).joined(separator: "\n\n"), fingerprint: "ru")
        let program = opened([cyrillic])
        search(program, "министр")
        #expect(program.state.statusMessage == "match 1 of 4", "title and three in the paragraph, any case")
        let first = program.state.search.reader?.matches.first
        #expect(first == 0..<7)
        search(program, "υπουργ")
        #expect(program.state.search.reader?.matches.count == 2, "Greek capitals fold too")
        search(program, "cafe")
        #expect(program.state.search.reader?.matches.count == 2, "an unaccented query ignores accents")
        search(program, "café")
        #expect(program.state.search.reader?.matches.count == 1, "an accented query does not")
        let offset = Array(cyrillic.text.unicodeScalars).firstIndex(of: "é")! - 3
        #expect(program.state.cursor?.range == offset..<(offset + 4), "offsets count scalars")
    }

    @Test func scrollsALongArticleSoTheMatchIsVisible() throws {
        let program = opened([Fixtures.long()], size: Size(width: 80, height: 24))
        search(program, "Paragraph 97:")
        #expect(program.state.statusMessage == "match 1 of 1")
        let match = try #require(program.state.search.reader?.matches.first)
        let visible = try #require(program.state.visibleTextRange())
        #expect(visible.contains(match.lowerBound))
        #expect(program.screenText.contains("Paragraph 97:"))
    }

    @Test func thePromptIsTypedInTheStatusLineAndEscCancels() {
        let program = opened()
        program.press(.character("/"))
        program.type("détente")
        #expect(program.state.inputMode == .editing)
        #expect(program.screenText.contains("/détente"))
        #expect(program.screenText.contains("Enter searches · Esc cancels"))
        program.press(.escape)
        #expect(program.state.search.prompt == nil)
        #expect(program.state.search.reader == nil)
        #expect(program.state.focus == .reader, "Esc closes the prompt only")
    }

    @Test func anEmptyQueryRepeatsTheLastSearchAndNWithoutOneSaysHow() {
        let program = opened()
        program.press(.character("n"))
        #expect(program.state.statusMessage == "No search yet: / searches forward, ? backward")
        search(program, "negotiat")
        search(program, "", key: "?")
        #expect(program.state.statusMessage == "match 3 of 3 · from the bottom")
    }

    @Test func helpIsF1InTheReaderAndStillQuestionMarkInTheList() {
        let program = opened()
        program.press(.function(1))
        #expect(program.state.helpVisible)
        program.press(.character("x"))
        program.press(.escape)
        #expect(program.state.focus == .list)
        program.press(.character("?"))
        #expect(program.state.helpVisible)
    }

    @Test func matchesOfAnotherArticleAreNotShown() {
        let program = opened()
        search(program, "negotiat")
        program.press(.escape, .character("j"), .character("j"), .enter)
        #expect(program.state.openedArticle?.id == Fixtures.long().id)
        #expect(program.text(withRole: .searchMatch).isEmpty)
        program.press(.character("n"))
        #expect(program.state.statusMessage == "No search yet: / searches forward, ? backward")
    }
}
