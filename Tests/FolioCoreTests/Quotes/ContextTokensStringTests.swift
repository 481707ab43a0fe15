import Testing
@testable import FolioCore

/// Words and quotations are encoded to UTF-8 by hand; they must equal the standard library's
/// string, and its `lowercased()`, for every kind of scalar.
@Suite struct ContextTokensStringTests {
    static let scalars: [Unicode.Scalar] = [
        "a", "Z", "’", "-", "É", "Þ", "×", "ß", "µ", "Ø", "ÿ", "Ł", "İ", "\u{212A}", "Σ", "Ж", "日", "😀", "ǅ", "ﬁ",
    ]

    @Test func encodesAndLowercasesAsTheStandardLibrary() {
        var state: UInt64 = 3
        for _ in 0..<2_000 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            var word: [Unicode.Scalar] = []
            var bits = state
            for _ in 0..<Int(state >> 60) {
                word.append(Self.scalars[Int(bits % UInt64(Self.scalars.count))])
                bits /= UInt64(Self.scalars.count)
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: word)
            let expected = String(view)
            #expect(ContextTokens.string(word[...]) == expected)
            #expect(ContextTokens.string(word[...], lowercased: true) == expected.lowercased())
        }
    }
}
