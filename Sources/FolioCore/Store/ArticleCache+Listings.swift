import GRDB

extension ArticleCache {
    /// Every listing the cache holds, read in one pass and keyed by path, so that it can be read
    /// while the library's folders are still being walked (see `LibraryListing`) and matched
    /// with each file found afterwards.
    public struct Listings: Sendable {
        struct Entry: Sendable {
            var size: Int64
            var modified: Int64
            /// Made with an empty relative path: only the file found on disk knows it.
            var article: Article
        }

        private let entries: [String: Entry]

        init(entries: [String: Entry]) {
            self.entries = entries
        }

        /// How many listings the cache holds, matching a file or not.
        public var count: Int { entries.count }

        /// The cached listing of `file` when the cache read it as it is now (same path, size and
        /// modification time); nil otherwise, and for an entry found broken.
        public func article(for file: LibraryFile) -> Article? {
            guard file.problem == nil, let entry = entries[file.path], entry.size == file.size,
                  entry.modified == file.modified else { return nil }
            var article = entry.article
            article.relativePath = file.relativePath
            return article
        }
    }

    /// Every listing in the cache: metadata and counts, the light columns only. Rows that cannot
    /// be read are left out, and a cache that cannot be read lists nothing (every file is then a miss).
    public func allListings() -> Listings {
        var entries: [String: Listings.Entry] = [:]
        try? pool.read { db in
            if let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM cached_listing") {
                entries.reserveCapacity(count)
            }
            let row = CachedRow(try db.makeStatement(sql: "SELECT \(Self.listingColumns) FROM cached_listing l"))
            while try row.step() {
                guard let path = row.text(0),
                      let article = Self.article(from: row, file: LibraryFile(path: path, relativePath: ""), withText: false)
                else { continue }
                entries[path] = Listings.Entry(size: row.integer(1), modified: row.integer(2), article: article)
            }
        }
        return Listings(entries: entries)
    }
}
