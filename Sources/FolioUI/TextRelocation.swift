/// Finds a place again in a text that changed: the words that were there, nearest where they
/// were, so inserting a paragraph above the reader does not move what they were reading.
enum TextRelocation {
    /// How many scalars from the old place are looked for: about a line, enough to be unique.
    static let probeLength = 40

    /// The offset in `new` of the text at `offset` in `old`: its occurrence nearest `offset`,
    /// else `offset` clamped to `new`.
    static func offset(_ offset: Int, from old: [Unicode.Scalar], to new: [Unicode.Scalar]) -> Int {
        let clamped = max(0, min(offset, max(0, new.count - 1)))
        guard offset >= 0, offset < old.count else { return clamped }
        let probe = old[offset..<min(old.count, offset + probeLength)]
        guard let first = probe.first, probe.count <= new.count else { return clamped }
        var best: Int?
        var start = 0
        let last = new.count - probe.count
        while start <= last {
            if new[start] == first, new[start..<start + probe.count].elementsEqual(probe) {
                if best.map({ abs(start - offset) < abs($0 - offset) }) ?? true { best = start }
                if start >= offset { break }
            }
            start += 1
        }
        return best ?? clamped
    }
}
