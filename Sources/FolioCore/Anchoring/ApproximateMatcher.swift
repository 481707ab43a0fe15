/// Finds where a pattern occurs in a text with at most `maxErrors` edits (insertions, deletions,
/// substitutions), using Myers' bit-parallel algorithm in 64-bit blocks (Hyyrö's formulation, as
/// in the Hypothesis client's approx-string-match): O(text × ⌈pattern/64⌉) word operations, so
/// the caller bounds the work by choosing how much text to search.
struct ApproximateMatcher {
    struct Match: Hashable {
        var range: Range<Int>
        var errors: Int
    }

    let pattern: [Unicode.Scalar]
    let maxErrors: Int
    private let blockCount: Int
    /// Block masks for each distinct pattern scalar, row 0 being the all-zero row of absent scalars.
    private let masks: [UInt64]
    private let rowOfScalar: [UInt32: Int]
    private let lastBit: UInt64

    init(pattern: [Unicode.Scalar], maxErrors: Int) {
        self.pattern = pattern
        self.maxErrors = maxErrors
        let blockCount = max(1, (pattern.count + 63) / 64)
        var rowOfScalar: [UInt32: Int] = [:]
        var masks = [UInt64](repeating: 0, count: blockCount)
        for (index, scalar) in pattern.enumerated() {
            let row: Int
            if let existing = rowOfScalar[scalar.value] {
                row = existing
            } else {
                row = masks.count / blockCount
                rowOfScalar[scalar.value] = row
                masks.append(contentsOf: repeatElement(0, count: blockCount))
            }
            masks[row * blockCount + index / 64] |= 1 << UInt64(index % 64)
        }
        self.blockCount = blockCount
        self.masks = masks
        self.rowOfScalar = rowOfScalar
        self.lastBit = 1 << UInt64(max(0, pattern.count - 1) % 64)
    }

    /// Word operations a search of `length` scalars costs, for callers budgeting their work.
    func cost(ofSearching length: Int) -> Int { length * blockCount }

    /// The best matches in `text`, at most `limit`, fewest errors first. Each is the best match
    /// among those ending near the same place, so one passage yields one match.
    func matches(in text: ArraySlice<Unicode.Scalar>, limit: Int = 8) -> [Match] {
        guard !pattern.isEmpty else { return [] }
        let ends = bestEnds(in: text)
        return ends.sorted { $0.errors < $1.errors || ($0.errors == $1.errors && $0.end < $1.end) }
            .prefix(limit)
            .map { match(endingAt: $0.end, in: text) }
    }

    /// For each run of nearby match ends, the end with the fewest errors.
    private func bestEnds(in text: ArraySlice<Unicode.Scalar>) -> [(end: Int, errors: Int)] {
        let m = pattern.count
        var positive = [UInt64](repeating: ~0, count: blockCount)
        var negative = [UInt64](repeating: 0, count: blockCount)
        var score = m
        var best: [(end: Int, errors: Int)] = []
        var groupStart = Int.min / 2
        var lastEnd = Int.min / 2
        for index in text.indices {
            let row = rowOfScalar[text[index].value] ?? 0
            var carry = 0
            for block in 0..<blockCount {
                let rowMask: UInt64 = block == blockCount - 1 ? lastBit : 1 << 63
                carry = advance(
                    &positive[block], &negative[block], eq: masks[row * blockCount + block], carryIn: carry, rowMask: rowMask
                )
            }
            score += carry
            guard score <= maxErrors else { continue }
            let end = index + 1
            if end - lastEnd > 1 || end - groupStart > m {
                best.append((end, score))
                groupStart = end
            } else if score < best[best.count - 1].errors {
                best[best.count - 1] = (end, score)
            }
            lastEnd = end
        }
        return best
    }

    /// One column step of one block; returns the change of the block's last row.
    private func advance(
        _ positive: inout UInt64, _ negative: inout UInt64, eq patternEq: UInt64, carryIn: Int, rowMask: UInt64
    ) -> Int {
        let carryNegative: UInt64 = carryIn < 0 ? 1 : 0
        let carryPositive: UInt64 = carryIn > 0 ? 1 : 0
        let eq = patternEq | carryNegative
        let xV = eq | negative
        let xH = (((eq & positive) &+ positive) ^ positive) | eq
        var pH = negative | ~(xH | positive)
        var mH = positive & xH
        let carryOut = pH & rowMask != 0 ? 1 : (mH & rowMask != 0 ? -1 : 0)
        pH = (pH << 1) | carryPositive
        mH = (mH << 1) | carryNegative
        positive = mH | ~(xV | pH)
        negative = pH & xV
        return carryOut
    }

    /// The start of the best alignment ending exactly at `end`: a small dynamic program over the
    /// reversed pattern and the text before `end`, preferring the length closest to the pattern's.
    private func match(endingAt end: Int, in text: ArraySlice<Unicode.Scalar>) -> Match {
        let m = pattern.count
        let span = min(end - text.startIndex, m + maxErrors)
        var previous = Array(0...span)
        var current = [Int](repeating: 0, count: span + 1)
        for i in 1...m {
            current[0] = i
            let patternScalar = pattern[m - i]
            for c in stride(from: 1, through: span, by: 1) {
                let substitution = previous[c - 1] + (text[end - c] == patternScalar ? 0 : 1)
                current[c] = min(substitution, previous[c] + 1, current[c - 1] + 1)
            }
            swap(&previous, &current)
        }
        var bestLength = 0
        for length in 0...span {
            let better = previous[length] < previous[bestLength]
            let closer = previous[length] == previous[bestLength] && abs(length - m) < abs(bestLength - m)
            if better || closer { bestLength = length }
        }
        return Match(range: (end - bestLength)..<end, errors: previous[bestLength])
    }
}
