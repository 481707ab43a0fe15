import Testing
@testable import FolioCore

@Suite struct AnchorBuilderTests {
    @Test func anchorsCountScalarsAndKeepThirtyTwoScalarsOfContext() {
        let text = String(repeating: "x", count: 40) + "👩🏽‍💻 quoted words 👍" + String(repeating: "y", count: 40)
        let builder = AnchorBuilder(text: text)
        let start = 40 + "👩🏽‍💻 ".unicodeScalars.count
        let range = start..<(start + "quoted words".unicodeScalars.count)
        let anchor = builder.anchor(for: range)
        #expect(anchor.quote.exact == "quoted words")
        #expect(anchor.quote.prefix.unicodeScalars.count == 32)
        #expect(anchor.quote.prefix.hasSuffix("xx👩🏽‍💻 "))
        #expect(anchor.quote.suffix.unicodeScalars.count == 32)
        #expect(anchor.quote.suffix.hasPrefix(" 👍yy"))
        #expect(anchor.position == TextPositionSelector(start: range.lowerBound, end: range.upperBound))
        #expect(builder.text(in: range) == "quoted words")
    }

    @Test func contextIsShorterAtTheEdgesAndRangesAreClamped() {
        let builder = AnchorBuilder(text: "short text")
        let anchor = builder.anchor(for: 0..<5)
        #expect(anchor.quote.prefix == "")
        #expect(anchor.quote.suffix == " text")
        #expect(builder.text(in: 6..<99) == "text")
        #expect(builder.clamped(-3..<2) == 0..<2)
    }

    @Test func findsEveryOccurrenceIncludingOverlapping() {
        let builder = AnchorBuilder(text: "aaa ’s ’s")
        #expect(builder.ranges(of: "aa") == [0..<2, 1..<3])
        #expect(builder.ranges(of: "’s") == [4..<6, 7..<9])
        #expect(builder.ranges(of: "zz").isEmpty)
        #expect(builder.ranges(of: "").isEmpty)
    }
}
