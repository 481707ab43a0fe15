/// Answers "which of these ranges does no highlight overlap?", so listing the detected
/// quotations nobody highlighted stays cheap in a long article with many highlights: the list
/// is rebuilt whenever a highlight changes, and such an article has tens of thousands of
/// quotations.
struct HighlightCoverage {
    private let starts: [Int]
    /// `furthestEnd[i]` is the largest end among the first `i + 1` highlights by start.
    private let furthestEnd: [Int]

    /// - Parameter highlights: the ranges of the placed (not orphaned) highlights, in any order.
    init(_ highlights: [Range<Int>]) {
        let ranges = highlights.sorted { $0.lowerBound < $1.lowerBound }
        starts = ranges.map(\.lowerBound)
        var furthest = Int.min
        furthestEnd = ranges.map { range in
            furthest = max(furthest, range.upperBound)
            return furthest
        }
    }

    /// The indices of the ranges no highlight overlaps, in order. Ranges in text order (as an
    /// article's quotations are) cost O(1) each, as the scan of the highlights moves one way;
    /// any order gives the right answer.
    func uncovered(_ ranges: [Range<Int>]) -> [Int] {
        var result: [Int] = []
        // Highlights starting before a range ends are a prefix of `starts`; one of them
        // overlaps the range exactly when the furthest end among them passes its start.
        var prefix = 0
        for (index, range) in ranges.enumerated() {
            while prefix < starts.count, starts[prefix] < range.upperBound { prefix += 1 }
            while prefix > 0, starts[prefix - 1] >= range.upperBound { prefix -= 1 }
            if prefix == 0 || furthestEnd[prefix - 1] <= range.lowerBound { result.append(index) }
        }
        return result
    }
}
