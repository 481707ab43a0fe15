/// Similarity of two short scalar sequences (quote context) as 1 − edit distance ÷ longer length.
enum TextSimilarity {
    static func of(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Double {
        let longer = max(a.count, b.count)
        guard longer > 0 else { return 1 }
        return 1 - Double(editDistance(a, b)) / Double(longer)
    }

    static func editDistance(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for (i, scalarA) in a.enumerated() {
            current[0] = i + 1
            for (j, scalarB) in b.enumerated() {
                current[j + 1] = min(previous[j] + (scalarA == scalarB ? 0 : 1), previous[j + 1] + 1, current[j] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
