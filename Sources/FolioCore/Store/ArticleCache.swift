import Foundation
import GRDB
import GRDBSQLite

/// What Folio learned from each library file last time — metadata, counts, cleaned text and
/// quotations — keyed by path, size and modification time, so reopening an unchanged library
/// lists it at once and parses only the files that changed.
///
/// It is a cache, not a store: a separate SQLite file beside the annotation store, never backed
/// up with it, rebuilt from the files whenever it is missing, damaged or from another version
/// (a new parser can read the same file differently, so `version` changes with the parsers'
/// output). Reads that fail count as misses and writes that fail are dropped; nothing the user
/// wrote lives here.
public final class ArticleCache: Sendable {
    /// The cache's format and the parsers' output version; any change empties the cache.
    static let version = 2
    /// Separates tags and the fields of an encoded quotation; article text never holds C0
    /// controls (the sanitizer shows them as symbols), so these bytes cannot occur in the data.
    private static let unitSeparator: Character = "\u{1F}"
    private static let recordSeparator: Character = "\u{1E}"

    public let path: String
    let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// The cache that goes with the annotation store at `storePath`.
    public static func path(besideStore storePath: String) -> String {
        let folder = (storePath as NSString).deletingLastPathComponent
        return (folder.isEmpty ? "." : folder) + "/article-cache.sqlite"
    }

    /// Opens (or creates, 0600) the cache; a file that cannot be used is removed and made anew
    /// once. Nil when even that fails: Folio then parses every file, as without a cache.
    public static func open(path: String) -> ArticleCache? {
        if let cache = try? openOnce(path: path) { return cache }
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try? openOnce(path: path)
    }

    private static func openOnce(path: String) throws -> ArticleCache {
        if !FileManager.default.fileExists(atPath: path) {
            let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
            if descriptor >= 0 { close(descriptor) }
        }
        var configuration = Configuration()
        configuration.busyMode = .timeout(2)
        // Reading every listing at start goes through memory mapped pages rather than a `pread`
        // system call per page.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 268435456") }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try pool.write { db in
            let current = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            guard current != version else { return }
            // Listings and bodies apart: listing a whole library scans only the small rows, where
            // one table would make the scan read every row's text with it.
            try db.execute(sql: """
                DROP TABLE IF EXISTS cached_article;
                DROP TABLE IF EXISTS cached_listing;
                DROP TABLE IF EXISTS cached_body;
                CREATE TABLE cached_listing (
                    path TEXT PRIMARY KEY NOT NULL,
                    size INTEGER NOT NULL,
                    modified INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    load_error TEXT,
                    title TEXT NOT NULL,
                    author TEXT, source TEXT, section TEXT, date TEXT, url TEXT, summary TEXT,
                    tags TEXT NOT NULL,
                    quotation_count INTEGER NOT NULL
                );
                CREATE TABLE cached_body (
                    path TEXT PRIMARY KEY NOT NULL,
                    text TEXT NOT NULL,
                    quotations TEXT NOT NULL
                );
                PRAGMA user_version = \(version);
                """)
        }
        return ArticleCache(path: path, pool: pool)
    }

    // MARK: Reading

    /// For each file, its metadata and counts when the cache holds a reading of it as it is now
    /// (same size and modification time), else nil: the light columns only (see `allListings`).
    public func listings(for files: [LibraryFile]) -> [Article?] {
        guard !files.isEmpty else { return [] }
        let listings = allListings()
        return files.map(listings.article)
    }

    /// Like `listings`, with the cleaned text and the quotations: an article good for filtering
    /// and the speakers view (a `.summary`), which is what the library keeps in memory. Read for
    /// a batch of files, by path.
    public func summaries(for files: [LibraryFile]) -> [Article?] {
        guard !files.isEmpty else { return [] }
        var found = [Article?](repeating: nil, count: files.count)
        var wanted: [String: Int] = [:]
        wanted.reserveCapacity(files.count)
        for (index, file) in files.enumerated() where wanted[file.path] == nil { wanted[file.path] = index }
        try? pool.read { db in
            let marks = Array(repeating: "?", count: wanted.count).joined(separator: ",")
            let statement = try db.makeStatement(sql: """
                SELECT \(Self.listingColumns), b.text, b.quotations
                FROM cached_listing l JOIN cached_body b ON b.path = l.path WHERE l.path IN (\(marks))
                """)
            try statement.setArguments(StatementArguments(Array(wanted.keys)))
            let row = CachedRow(statement)
            while try row.step() {
                guard let index = wanted[row.text(0) ?? ""], files[index].problem == nil,
                      files[index].size == row.integer(1), files[index].modified == row.integer(2) else { continue }
                do {
                    found[index] = try Self.article(from: row, file: files[index], withText: true)
                } catch {
                    continue
                }
            }
        }
        // A path named twice (two roots overlapping) gets the same reading both times.
        if wanted.count < files.count {
            for (index, file) in files.enumerated() where found[index] == nil {
                if let first = wanted[file.path], first != index { found[index] = found[first] }
            }
        }
        return found
    }

    /// The columns every reading starts with, in the order `article(from:file:withText:)` reads them.
    static let listingColumns = """
        l.path, l.size, l.modified, l.format, l.fingerprint, l.load_error, l.title, l.author, l.source, l.section, \
        l.date, l.url, l.summary, l.tags, l.quotation_count
        """

    /// A row that cannot be what `save` wrote: it counts as a miss.
    struct DamagedRow: Error {}

    /// An article from a row that starts with `listingColumns` (then, `withText`, the text and
    /// the encoded quotations). It throws rather than returning an optional: wrapping an
    /// `Article` in one and taking it out again copied it twice per row.
    static func article(from row: CachedRow, file: LibraryFile, withText: Bool) throws(DamagedRow) -> Article {
        guard let formatName = row.text(3), let format = ArticleFormat(rawValue: formatName) else { throw DamagedRow() }
        let metadata = ArticleMetadata(
            title: row.text(6) ?? "", author: row.text(7), source: row.text(8), section: row.text(9), date: row.text(10),
            url: row.text(11), summary: row.text(12), tags: row.fields(13, separatedBy: 0x1F)
        )
        let loadError = row.text(5).map { ArticleLoadError(file: file.path, reason: $0) }
        var text: String?
        var quotations: [Quotation]?
        if withText {
            text = row.text(15) ?? ""
            guard let decoded = decodeQuotations(row.text(16) ?? "") else { throw DamagedRow() }
            quotations = decoded
        }
        return Article.cached(file: file, format: format, metadata: metadata, fingerprint: row.text(4) ?? "",
                              loadError: loadError, quotationCount: Int(row.integer(14)), text: text, quotations: quotations)
    }

    // MARK: Writing

    /// Records what was read from each file, in one transaction; an article that is not
    /// `.full` or `.summary` (nothing was read) is skipped.
    public func save(_ entries: [(file: LibraryFile, article: Article)]) {
        let readable = entries.filter { $0.file.problem == nil && ($0.article.content == .full || $0.article.content == .summary) }
        guard !readable.isEmpty else { return }
        try? pool.write { db in
            let listing = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO cached_listing
                (path, size, modified, format, fingerprint, load_error, title, author, source, section, date, url,
                 summary, tags, quotation_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            let body = try db.cachedStatement(sql: "INSERT OR REPLACE INTO cached_body (path, text, quotations) VALUES (?, ?, ?)")
            for (file, article) in readable {
                let metadata = article.metadata
                let values: [(any DatabaseValueConvertible)?] = [
                    file.path, file.size, file.modified, article.format.rawValue, article.fingerprint,
                    article.loadError?.reason, metadata.title, metadata.author, metadata.source, metadata.section,
                    metadata.date, metadata.url, metadata.summary,
                    metadata.tags.joined(separator: String(Self.unitSeparator)), article.quotationCount,
                ]
                try listing.execute(arguments: StatementArguments(values))
                try body.execute(arguments: [file.path, article.text, Self.encode(article.quotations)])
            }
        }
    }

    // MARK: Quotations

    /// start, end, kind, speaker (empty for none; a speaker is never empty) and text per record.
    static func encode(_ quotations: [Quotation]) -> String {
        var encoded = ""
        for quotation in quotations {
            encoded += "\(quotation.start)\(unitSeparator)\(quotation.end)\(unitSeparator)\(quotation.kind.rawValue)"
            encoded += "\(unitSeparator)\(quotation.speaker ?? "")\(unitSeparator)\(quotation.text)\(recordSeparator)"
        }
        return encoded
    }

    /// Nil when the text is not what `encode` writes (a damaged row is then a miss). Splits on
    /// UTF-8 bytes: the separators are ASCII, and a library's worth of quotations is decoded
    /// on every start.
    static func decodeQuotations(_ encoded: String) -> [Quotation]? {
        var encoded = encoded
        return encoded.withUTF8 { bytes -> [Quotation]? in
            var quotations: [Quotation] = []
            var fields: [Range<Int>] = []
            var fieldStart = 0
            for index in bytes.indices {
                switch bytes[index] {
                case 0x1F:
                    fields.append(fieldStart..<index)
                    fieldStart = index + 1
                case 0x1E:
                    fields.append(fieldStart..<index)
                    fieldStart = index + 1
                    guard let quotation = quotation(from: fields, in: bytes) else { return nil }
                    quotations.append(quotation)
                    fields.removeAll(keepingCapacity: true)
                default:
                    break
                }
            }
            return fieldStart == bytes.count && fields.isEmpty ? quotations : nil
        }
    }

    private static func quotation(from fields: [Range<Int>], in bytes: UnsafeBufferPointer<UInt8>) -> Quotation? {
        func text(_ field: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: bytes[fields[field]]), as: UTF8.self) }
        guard fields.count == 5, let start = Int(text(0)), let end = Int(text(1)), start <= end,
              let kind = Quotation.Kind(rawValue: text(2)) else { return nil }
        let speaker = fields[3].isEmpty ? nil : text(3)
        return Quotation(text: text(4), speaker: speaker, kind: kind, start: start, end: end)
    }
}
