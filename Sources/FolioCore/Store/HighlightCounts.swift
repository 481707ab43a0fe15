/// How many annotations each article has, for the article list's highlight column.
///
/// Counted per (relative path, fingerprint) pair, the way the store keeps articles, so the count
/// for a file matches what `AnnotationStore.annotations(forArticlePath:fingerprint:)` returns:
/// annotations made under its current path or on its current content, each counted once.
public struct HighlightCounts: Sendable, Hashable {
    public struct Key: Sendable, Hashable {
        public var relativePath: String
        public var fingerprint: String

        public init(relativePath: String, fingerprint: String) {
            self.relativePath = relativePath
            self.fingerprint = fingerprint
        }
    }

    public var counts: [Key: Int] {
        didSet { totals = Totals(counts) }
    }
    /// Sums by path and by fingerprint, so a lookup costs two hash probes rather than a walk
    /// over every annotated article (the list asks once per article of a large library).
    private var totals: Totals

    private struct Totals: Sendable, Hashable {
        var byPath: [String: Int] = [:]
        var byFingerprint: [String: Int] = [:]

        init(_ counts: [Key: Int]) {
            for (key, count) in counts {
                byPath[key.relativePath, default: 0] += count
                byFingerprint[key.fingerprint, default: 0] += count
            }
        }
    }

    public init(counts: [Key: Int] = [:]) {
        self.counts = counts
        totals = Totals(counts)
    }

    public func count(forArticlePath path: String, fingerprint: String) -> Int {
        // Keys are unique, so the annotations matching both are exactly those under this one key.
        (totals.byPath[path] ?? 0) + (totals.byFingerprint[fingerprint] ?? 0)
            - (counts[Key(relativePath: path, fingerprint: fingerprint)] ?? 0)
    }

    public var total: Int { counts.values.reduce(0, +) }
}
