import Testing
@testable import FolioCore

/// The one-pass phrase search must answer exactly as searching `text.lowercased()` for each phrase.
@Suite struct PhraseMatcherTests {
    static let phrases = PageFurniture.paywallPhrases + PageFurniture.consentPhrases

    static func naive(_ text: String) -> Bool {
        let lower = text.lowercased()
        return phrases.contains { lower.contains($0) }
    }

    @Test func agreesWithLowercasedSearchOnGeneratedText() {
        let pieces = [
            "Subscribe", "to", "continue", "reading", "this site", "USES COOKIES", "cook", "ies", "use", " ", "  ",
            "already a", "Subscriber", "café", "“", "”", "İ", "\u{212A}", "K", "sign up for our", "Newsletter", "x",
            "to continue", "readin", "g", "weiterlesen mit", "Para seguir leyendo", "by continuing to browse", ".",
        ]
        var state: UInt64 = 7
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        let matcher = PhraseMatcher(Self.phrases)
        var matched = 0
        for _ in 0..<3000 {
            let text = (0..<(next() % 12)).map { _ in pieces[next() % pieces.count] }.joined(separator: next() % 3 == 0 ? "" : " ")
            let expected = Self.naive(text)
            #expect(matcher.matches(text) == expected, "\(text.debugDescription)")
            if expected { matched += 1 }
        }
        #expect(matched > 100)
    }

    /// Joining a line to a unit that was not furniture searches only around the join; it must
    /// answer as searching the whole joined text.
    @Test func extendedTextAgreesWithWholeText() {
        let pieces = [
            "Subscribe", "to", "continue", "reading", "USES", "COOKIES", "cookies", "use", "already a", "subscriber",
            "café", "“", "İ", "\u{212A}", "sign up for our", "newsletter", "the harbour barrier vote", "x", ".",
        ]
        var state: UInt64 = 11
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33)
        }
        var checked = 0
        var furniture = 0
        for _ in 0..<3000 {
            func text(_ count: Int) -> String { (0..<count).map { _ in pieces[next() % pieces.count] }.joined(separator: " ") }
            let prefix = text(8 + next() % 40)
            guard !TextScan.hasAtMostScalars(prefix, PageFurniture.longestKey), !PageFurniture.isFurniture(prefix) else { continue }
            let joined = prefix + " " + text(1 + next() % 8)
            let expected = PageFurniture.isFurniture(joined)
            #expect(PageFurniture.isFurniture(extending: joined, turnedAwayPrefix: prefix.utf8.count) == expected, "\(joined.debugDescription)")
            checked += 1
            if expected { furniture += 1 }
        }
        #expect(checked > 500 && furniture > 50)
    }

    @Test func phrasesAtEdgesAndInCapitals() {
        let matcher = PhraseMatcher(Self.phrases)
        #expect(matcher.matches("use cookies"))
        #expect(matcher.matches("We USE COOKIES."))
        #expect(matcher.matches("xx subscribe to read"))
        #expect(!matcher.matches("use cookie"))
        #expect(!matcher.matches(""))
        // KELVIN SIGN lowercases to "k": "coo\u{212A}ies" is "cookies" once lowercased.
        #expect(matcher.matches("this site uses coo\u{212A}ies"))
    }
}
