import GRDB

extension ArticleCache {
    /// Every listing the cache holds, read in one pass and keyed by path, so that it can be read
    /// while the library's folders are still being walked (see `LibraryListing`) and matched
    /// with each file found afterwards.
    public struct Listings: Sendable {
        /// Each listing's position in `articles` and `stamps`, by path: looking one up copies
        /// nothing but the article it finds.
        private let positions: [String: Int]
        /// Made with an empty relative path: only the file found on disk knows it.
        private let articles: [Article]
        /// The size and modification time each listing was read at.
        private let stamps: [Stamp]

        struct Stamp: Sendable {
            var size: Int64
            var modified: Int64
        }

        init(positions: [String: Int], articles: [Article], stamps: [Stamp]) {
            self.positions = positions
            self.articles = articles
            self.stamps = stamps
        }

        /// How many listings the cache holds, matching a file or not.
        public var count: Int { positions.count }

        /// The cached listing of `file` when the cache read it as it is now (same path, size and
        /// modification time); nil otherwise, and for an entry found broken.
        public func article(for file: LibraryFile) -> Article? {
            guard file.problem == nil, let position = positions[file.path], stamps[position].size == file.size,
                  stamps[position].modified == file.modified else { return nil }
            var article = articles[position]
            article.relativePath = file.relativePath
            return article
        }
    }

    /// Every listing in the cache: metadata and counts, the light columns only. Rows that cannot
    /// be read are left out, and a cache that cannot be read lists nothing (every file is then a miss).
    public func allListings() -> Listings {
        var positions: [String: Int] = [:]
        var articles: [Article] = []
        var stamps: [Listings.Stamp] = []
        try? pool.read { db in
            if let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM cached_listing") {
                positions.reserveCapacity(count)
                articles.reserveCapacity(count)
                stamps.reserveCapacity(count)
            }
            let row = CachedRow(try db.makeStatement(sql: "SELECT \(Self.listingColumns) FROM cached_listing l"))
            while try row.step() {
                // Paths are the table's primary key: each comes once.
                guard let path = row.text(0) else { continue }
                do {
                    articles.append(try Self.article(from: row, file: LibraryFile(path: path, relativePath: ""), withText: false))
                } catch {
                    continue
                }
                positions[path] = stamps.count
                stamps.append(Listings.Stamp(size: row.integer(1), modified: row.integer(2)))
            }
        }
        return Listings(positions: positions, articles: articles, stamps: stamps)
    }
}
