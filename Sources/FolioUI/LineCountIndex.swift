/// Line counts per segment with prefix sums in O(log n) (a Fenwick tree), so "line X of Y" in
/// a huge article costs no more per keystroke than wrapping the lines on screen.
struct LineCountIndex: Sendable {
    private(set) var counts: [Int]
    private var tree: [Int]
    private(set) var total: Int

    init(counts: [Int]) {
        self.counts = counts
        self.total = counts.reduce(0, +)
        var tree = [0] + counts
        for index in 1..<max(1, tree.count) {
            let parent = index + (index & -index)
            if parent < tree.count { tree[parent] += tree[index] }
        }
        self.tree = tree
    }

    /// Sets segment `index`'s count.
    mutating func set(_ index: Int, to count: Int) {
        let delta = count - counts[index]
        guard delta != 0 else { return }
        counts[index] = count
        total += delta
        var node = index + 1
        while node < tree.count {
            tree[node] += delta
            node += node & -node
        }
    }

    /// Lines in the segments before `index`.
    func linesBefore(_ index: Int) -> Int {
        var sum = 0
        var node = index
        while node > 0 {
            sum += tree[node]
            node -= node & -node
        }
        return sum
    }
}
