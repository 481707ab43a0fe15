import FolioCore

/// Answers "does any highlight overlap this range?" in O(log n), so listing the detected
/// quotations nobody highlighted stays cheap in a long article with many highlights (the sidebar
/// asks on every key).
struct HighlightCoverage {
    private let starts: [Int]
    /// `furthestEnd[i]` is the largest end among the first `i + 1` highlights by start.
    private let furthestEnd: [Int]

    /// - Parameter highlights: placed (not orphaned) highlights, in any order.
    init(_ highlights: [Annotation]) {
        let ranges = highlights.map { $0.anchor.position }.sorted { $0.start < $1.start }
        starts = ranges.map(\.start)
        var furthest = Int.min
        furthestEnd = ranges.map { range in
            furthest = max(furthest, range.end)
            return furthest
        }
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        // Highlights starting before the range ends are a prefix of `starts`; one of them
        // overlaps exactly when the furthest end among them passes the range's start.
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] < range.upperBound { low = mid + 1 } else { high = mid }
        }
        return low > 0 && furthestEnd[low - 1] > range.lowerBound
    }
}
