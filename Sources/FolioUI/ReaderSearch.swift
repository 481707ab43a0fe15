/// The reader's last search: its query, direction and every match in the open article, counted
/// once when the query is run so `n` and `N` only step through a sorted list.
public struct ReaderSearch: Sendable, Hashable {
    public let search: TextSearch
    /// The direction `/` (true) or `?` (false) set; `n` keeps it, `N` reverses it.
    public let forward: Bool
    /// The article the matches belong to, by index in `AppState.articles`.
    public let articleIndex: Int
    /// Scalar ranges of `Article.text`, in order.
    public let matches: [Range<Int>]
    /// The match the cursor was last moved to.
    public internal(set) var current: Int?

    /// The first match starting after `offset` going `forward` (before it going back),
    /// wrapping around the article's end; the flag says whether it wrapped.
    func next(from offset: Int, forward: Bool) -> (index: Int, wrapped: Bool)? {
        guard !matches.isEmpty else { return nil }
        let firstAfter = partition { $0.lowerBound > offset }
        if forward {
            return firstAfter < matches.count ? (firstAfter, false) : (0, true)
        }
        let lastBefore = partition { $0.lowerBound >= offset } - 1
        return lastBefore >= 0 ? (lastBefore, false) : (matches.count - 1, true)
    }

    /// The index of the first match for which `isAfter` holds; matches are sorted, so binary search.
    private func partition(_ isAfter: (Range<Int>) -> Bool) -> Int {
        var low = 0
        var high = matches.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(matches[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// The matches overlapping `range`, for drawing the ones on screen.
    func matches(overlapping range: Range<Int>) -> ArraySlice<Range<Int>> {
        let first = partition { $0.upperBound > range.lowerBound }
        var last = first
        while last < matches.count, matches[last].lowerBound < range.upperBound { last += 1 }
        return matches[first..<last]
    }
}
