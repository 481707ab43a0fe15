import Testing
@testable import FolioUI

@Suite struct TextWrapperTests {
    private func texts(_ lines: [WrappedLine]) -> [String] { lines.map(\.text) }

    /// Every scalar belongs to exactly one line, in order, with nothing left over.
    private func expectContiguous(_ lines: [WrappedLine], count: Int) {
        #expect(lines.first?.range.lowerBound == 0)
        #expect(lines.last?.range.upperBound == count)
        for (line, next) in zip(lines, lines.dropFirst()) {
            #expect(line.range.upperBound == next.range.lowerBound)
        }
    }

    @Test func breaksAtSpacesWithinWidth() {
        let text = "the quick brown fox jumps over the lazy dog"
        let lines = TextWrapper(width: 10).wrap(text, style: .normal)
        #expect(texts(lines) == ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
        #expect(lines.allSatisfy { $0.width <= 10 })
        expectContiguous(lines, count: text.unicodeScalars.count)
    }

    @Test func wideCharactersCountTwoCells() {
        let lines = TextWrapper(width: 5).wrap("漢字漢字漢字", style: .normal)
        #expect(texts(lines) == ["漢字", "漢字", "漢字"])
        #expect(lines.map(\.width) == [4, 4, 4])
        let mixed = TextWrapper(width: 13).wrap("the word 对话 means dialogue", style: .normal)
        #expect(texts(mixed) == ["the word 对话", "means", "dialogue"])
        #expect(mixed[0].width == 13)
    }

    @Test func combiningMarksTakeNoCells() {
        let text = "cafe\u{301} cafe\u{301} cafe\u{301}"
        let lines = TextWrapper(width: 9).wrap(text, style: .normal)
        #expect(texts(lines) == ["cafe\u{301} cafe\u{301}", "cafe\u{301}"])
        #expect(lines[0].width == 9)
        expectContiguous(lines, count: text.unicodeScalars.count)
    }

    @Test func wordsLongerThanTheLineAreBroken() {
        let text = "see https://example.org/a/very/long/path now"
        let lines = TextWrapper(width: 10).wrap(text, style: .normal)
        #expect(lines.allSatisfy { $0.width <= 10 })
        #expect(texts(lines) == ["see https:", "//example.", "org/a/very", "/long/path", "now"])
        expectContiguous(lines, count: text.unicodeScalars.count)
        let wide = TextWrapper(width: 3).wrap("漢字漢", style: .normal)
        #expect(texts(wide) == ["漢", "字", "漢"])
    }

    @Test func inlineStylesSurviveWrapping() {
        let text = "plain words then emphasised words here"
        let runs = [StyledRange(range: 17..<33, attributes: .italic), StyledRange(range: 28..<33, role: .quotation)]
        let lines = TextWrapper(width: 16).wrap(text, style: Style(.readerText), runs: runs)
        #expect(texts(lines) == ["plain words then", "emphasised words", "here"])
        #expect(lines[0].spans == [StyledSpan("plain words then", Style(.readerText))])
        #expect(lines[1].spans == [
            StyledSpan("emphasised ", Style(.readerText, .italic)),
            StyledSpan("words", Style(.quotation, .italic)),
        ])
        #expect(lines[2].spans == [StyledSpan("here", Style(.readerText))])
    }

    @Test func preformattedTextKeepsLineBreaksAndIndentation() {
        let text = "func f() {\n    return 1\n}"
        let lines = TextWrapper(width: 40, preformatted: true).wrap(text, style: Style(.code))
        #expect(texts(lines) == ["func f() {", "    return 1", "}"])
        expectContiguous(lines, count: text.unicodeScalars.count)
        let long = TextWrapper(width: 4, preformatted: true).wrap("ab  cdef", style: Style(.code))
        #expect(texts(long) == ["ab  ", "cdef"])
    }

    @Test func tabsInPreformattedTextGoToTabStops() {
        let lines = TextWrapper(width: 40, preformatted: true).wrap("a\tb\n\tc", style: Style(.code))
        #expect(texts(lines) == ["a   b", "    c"])
    }

    @Test func noBreakSpacesHoldWordsTogether() {
        let lines = TextWrapper(width: 8).wrap("see 10\u{A0}km away", style: .normal)
        #expect(texts(lines) == ["see", "10\u{A0}km", "away"])
    }

    @Test func prefixesGiveAHangingIndent() {
        let wrapper = TextWrapper(width: 14, firstPrefix: "1. ", restPrefix: "   ")
        let lines = wrapper.wrap("first item that wraps twice", style: .normal)
        #expect(texts(lines) == ["1. first item", "   that wraps", "   twice"])
        #expect(lines[0].range == 0..<11)
    }

    @Test func emptyTextIsOneEmptyLine() {
        let lines = TextWrapper(width: 10).wrap("", style: .normal)
        #expect(lines.count == 1)
        #expect(lines[0].range == 0..<0)
    }
}

@Suite struct LineCountIndexTests {
    @Test func prefixSumsFollowUpdates() {
        var index = LineCountIndex(counts: [3, 1, 4, 1, 5, 9, 2, 6])
        #expect(index.total == 31)
        #expect((0...8).map(index.linesBefore) == [0, 3, 4, 8, 9, 14, 23, 25, 31])
        index.set(2, to: 10)
        index.set(7, to: 0)
        #expect(index.total == 31)
        #expect((0...8).map(index.linesBefore) == [0, 3, 4, 14, 15, 20, 29, 31, 31])
        #expect(LineCountIndex(counts: []).total == 0)
    }
}
