/// Exact search for a scalar sequence: the first step of re-anchoring and of `folio annotate`.
enum ScalarSearch {
    /// Start offsets of every occurrence of `pattern` in `text` (offsets are `text`'s indices).
    static func occurrences(
        of pattern: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>, limit: Int = .max
    ) -> [Int] {
        guard let first = pattern.first, pattern.count <= text.count else { return [] }
        var found: [Int] = []
        var index = text.startIndex
        let lastStart = text.endIndex - pattern.count
        while index <= lastStart, found.count < limit {
            if text[index] == first, matches(pattern, in: text, at: index) {
                found.append(index)
            }
            index += 1
        }
        return found
    }

    static func matches(_ pattern: [Unicode.Scalar], in text: ArraySlice<Unicode.Scalar>, at start: Int) -> Bool {
        guard start >= text.startIndex, start + pattern.count <= text.endIndex else { return false }
        for offset in pattern.indices where text[start + offset] != pattern[offset] {
            return false
        }
        return true
    }
}
