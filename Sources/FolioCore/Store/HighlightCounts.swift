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

    public var counts: [Key: Int]

    public init(counts: [Key: Int] = [:]) {
        self.counts = counts
    }

    public func count(forArticlePath path: String, fingerprint: String) -> Int {
        counts.reduce(0) { total, entry in
            entry.key.relativePath == path || entry.key.fingerprint == fingerprint ? total + entry.value : total
        }
    }

    public var total: Int { counts.values.reduce(0, +) }
}
