import Testing
@testable import FolioCore

@Suite struct AnchorApproximateMatcherTests {
    /// The fewest edits turning `pattern` into any substring of `text` ending at each position.
    func bruteForceBestEnd(_ pattern: [Unicode.Scalar], _ text: [Unicode.Scalar]) -> Int {
        var previous = [Int](repeating: 0, count: text.count + 1)
        for (i, scalar) in pattern.enumerated() {
            var current = [Int](repeating: i + 1, count: text.count + 1)
            for j in 1...max(1, text.count) where j <= text.count {
                current[j] = min(previous[j - 1] + (text[j - 1] == scalar ? 0 : 1), previous[j] + 1, current[j - 1] + 1)
            }
            previous = current
        }
        return previous.min() ?? pattern.count
    }

    @Test(arguments: [5, 40, 64, 65, 130, 200])
    func agreesWithADynamicProgramOnRandomTexts(patternLength: Int) {
        var generator = SeededGenerator(seed: UInt64(patternLength))
        let alphabet = Array("abcd ".unicodeScalars)
        for _ in 0..<20 {
            let text = (0..<400).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
            let start = Int(generator.next() % UInt64(text.count - patternLength))
            var pattern = Array(text[start..<(start + patternLength)])
            for _ in 0..<(patternLength / 8) {
                pattern[Int(generator.next() % UInt64(patternLength))] = "z"
            }
            let expected = bruteForceBestEnd(pattern, text)
            let matcher = ApproximateMatcher(pattern: pattern, maxErrors: patternLength)
            let best = matcher.matches(in: text[...], limit: 1).first
            #expect(best?.errors == expected)
            if let best {
                #expect(TextSimilarity.editDistance(pattern[...], text[best.range]) == best.errors)
            }
        }
    }

    @Test func reportsNothingBeyondTheErrorLimit() {
        let matcher = ApproximateMatcher(pattern: Array("negotiate".unicodeScalars), maxErrors: 2)
        #expect(matcher.matches(in: Array("nothing similar here at all".unicodeScalars)[...]).isEmpty)
        let found = matcher.matches(in: Array("we will not negociate today".unicodeScalars)[...])
        #expect(found.map(\.errors) == [1])
        #expect(found.first?.range == 12..<21)
    }
}

/// A small deterministic generator (SplitMix64), so failures reproduce.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
