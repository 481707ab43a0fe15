import Foundation
import GRDB

/// The annotations database: SQLite in WAL mode through GRDB.
///
/// Every change runs in its own IMMEDIATE transaction that has committed — and, with
/// `synchronous=FULL`, reached the disk — before the call returns, so the UI may say "saved" as
/// soon as a call returns. FULL rather than NORMAL because in WAL mode NORMAL can lose the last
/// commits on power loss, and an acknowledged highlight must survive that; the cost is one fsync
/// of the WAL per change, a few milliseconds, which a highlight made by hand never notices.
/// A busy timeout lets two Folio processes share one store: a writer waits for the other's
/// transaction instead of failing, and WAL lets readers proceed meanwhile.
public final class AnnotationStore: Sendable {
    /// The store's file, or ":memory:" for an in-memory store.
    public let path: String
    public let isReadOnly: Bool
    private let database: any DatabaseWriter

    public static let defaultBusyTimeout: TimeInterval = 5

    private init(path: String, database: any DatabaseWriter, isReadOnly: Bool) {
        self.path = path
        self.database = database
        self.isReadOnly = isReadOnly
    }

    /// Opens the store at `path` for reading and writing, creating it (folder 0700, file 0600)
    /// and migrating it to the current schema. Refuses, without writing a byte, a file that is not
    /// a healthy SQLite database or whose schema is newer than this build knows.
    public static func open(
        path: String, busyTimeout: TimeInterval = defaultBusyTimeout
    ) throws(StoreError) -> AnnotationStore {
        let file = StoreFile(path: path)
        try file.prepareForWriting()
        try file.validate(busyTimeout: busyTimeout)
        var configuration = Configuration()
        configuration.busyMode = .timeout(busyTimeout)
        let deadline = Date(timeIntervalSinceNow: busyTimeout)
        while true {
            do {
                let pool = try DatabasePool(path: path, configuration: configuration)
                // GRDB sets the writer to NORMAL when it enables WAL, after any prepareDatabase
                // hook has run, so FULL is set here, on the one connection that commits.
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
                try migrate(pool, busyTimeout: busyTimeout)
                return AnnotationStore(path: path, database: pool, isReadOnly: false)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                // Setting up a fresh store (WAL mode, schema) takes locks in ways SQLite cannot
                // wait on without risking deadlock, so a Folio racing another one for a new store
                // gets an immediate "busy": it tries again until the busy timeout has passed.
                Thread.sleep(forTimeInterval: 0.01)
            } catch {
                throw StoreFile.map(error, path: path)
            }
        }
    }

    /// Opens an existing store without ever writing to it, for a read-only file or folder: the
    /// reader still sees their highlights, and any change fails with `StoreError.readOnly`.
    public static func openReadOnly(
        path: String, busyTimeout: TimeInterval = defaultBusyTimeout
    ) throws(StoreError) -> AnnotationStore {
        let file = StoreFile(path: path)
        try file.validate(busyTimeout: busyTimeout)
        do {
            let queue = try DatabaseQueue(path: path, configuration: StoreFile.readOnlyConfiguration(busyTimeout))
            return AnnotationStore(path: path, database: queue, isReadOnly: true)
        } catch {
            throw StoreFile.map(error, path: path)
        }
    }

    /// A private store that vanishes with the process, for tests and `--store :memory:`-style use.
    public static func openInMemory() throws(StoreError) -> AnnotationStore {
        let path = ":memory:"
        do {
            let queue = try DatabaseQueue()
            try StoreSchema.migrator.migrate(queue)
            return AnnotationStore(path: path, database: queue, isReadOnly: false)
        } catch {
            throw StoreFile.map(error, path: path)
        }
    }

    // MARK: - Annotations

    public func insert(_ annotation: Annotation) throws(StoreError) {
        try write { db in
            let articleID = try Self.articleID(db, path: annotation.articlePath, fingerprint: annotation.articleFingerprint)
            try db.execute(sql: Self.insertSQL, arguments: try AnnotationRow.arguments(annotation, articleID: articleID))
        }
    }

    /// Replaces every field of the stored annotation with the same id. The caller sets `modified`,
    /// because re-anchoring moves an annotation without the reader having changed it.
    public func update(_ annotation: Annotation) throws(StoreError) {
        let path = self.path
        try write { db in
            guard try Self.exists(db, id: annotation.id) else {
                throw StoreError.annotationNotFound(path: path, id: annotation.id)
            }
            try Self.replace(db, annotation)
        }
    }

    public func delete(id: UUID) throws(StoreError) {
        let path = self.path
        try write { db in
            try db.execute(sql: "DELETE FROM annotation WHERE id = ?", arguments: [id.uuidString])
            guard db.changesCount > 0 else { throw StoreError.annotationNotFound(path: path, id: id) }
        }
    }

    /// Adds or refreshes an imported annotation, matched by id: importing the same file twice
    /// changes nothing, and an older copy never overwrites a newer edit.
    @discardableResult
    public func upsert(_ annotation: Annotation) throws(StoreError) -> UpsertOutcome {
        try write { db in try Self.upsert(db, annotation) }
    }

    public func annotation(id: UUID) throws(StoreError) -> Annotation? {
        try read { db in
            try AnnotationRow.fetchAll(db, "WHERE annotation.id = ?", arguments: [id.uuidString]).first
        }
    }

    /// The annotations of one article, found by its current path OR its current fingerprint, so a
    /// renamed or moved file keeps its highlights and so does a file edited in place. Ordered by
    /// position, then creation.
    public func annotations(forArticlePath path: String, fingerprint: String) throws(StoreError) -> [Annotation] {
        try read { db in
            try AnnotationRow.fetchAll(
                db,
                """
                WHERE article.relative_path = ? OR article.fingerprint = ?
                ORDER BY annotation.position_start, annotation.created
                """,
                arguments: [path, fingerprint]
            )
        }
    }

    /// Every annotation, ordered by article path, then position.
    public func allAnnotations() throws(StoreError) -> [Annotation] {
        try read { db in
            try AnnotationRow.fetchAll(db, "ORDER BY article.relative_path, annotation.position_start, annotation.created")
        }
    }

    public func highlightCounts() throws(StoreError) -> HighlightCounts {
        try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT article.relative_path, article.fingerprint, COUNT(*) AS n
                FROM annotation JOIN article ON article.id = annotation.article_id
                GROUP BY article.id
                """)
            var counts: [HighlightCounts.Key: Int] = [:]
            for row in rows {
                counts[HighlightCounts.Key(relativePath: row["relative_path"], fingerprint: row["fingerprint"]), default: 0] += row["n"]
            }
            return HighlightCounts(counts: counts)
        }
    }

    // MARK: - Articles and reading positions

    /// Records that the reader opened this article, keeping its title for listings of a store
    /// whose files are no longer at hand.
    public func noteArticleSeen(path: String, fingerprint: String, title: String, at date: Date = Date()) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO article (relative_path, fingerprint, title, last_seen) VALUES (?, ?, ?, ?)
                    ON CONFLICT (relative_path, fingerprint) DO UPDATE SET title = excluded.title, last_seen = excluded.last_seen
                    """,
                arguments: [path, fingerprint, title, date.timeIntervalSinceReferenceDate]
            )
        }
    }

    /// The title last recorded for an article path, if any.
    public func articleTitle(path: String) throws(StoreError) -> String? {
        try read { db in
            try String.fetchOne(
                db,
                sql: "SELECT title FROM article WHERE relative_path = ? AND title != '' ORDER BY last_seen DESC LIMIT 1",
                arguments: [path]
            )
        }
    }

    public func saveReadingPosition(path: String, offset: Int) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO reading_position (relative_path, scalar_offset, updated) VALUES (?, ?, ?)
                    ON CONFLICT (relative_path) DO UPDATE SET scalar_offset = excluded.scalar_offset, updated = excluded.updated
                    """,
                arguments: [path, offset, Date().timeIntervalSinceReferenceDate]
            )
        }
    }

    public func readingPosition(path: String) throws(StoreError) -> Int? {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT scalar_offset FROM reading_position WHERE relative_path = ?", arguments: [path])
        }
    }

    /// The schema version recorded in the file (`PRAGMA user_version`).
    public func schemaVersion() throws(StoreError) -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    /// The journal mode in force, "wal" for a store opened with `open(path:)`.
    public func journalMode() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// SQLite's `synchronous` level on the connection that commits: 2 (FULL) for a writable store.
    func synchronousLevel() throws(StoreError) -> Int {
        do {
            return try database.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") ?? 0 }
        } catch {
            throw StoreFile.map(error, path: path)
        }
    }

    // MARK: - Internals

    private static let insertSQL = """
        INSERT INTO annotation (id, article_id, quote_exact, quote_prefix, quote_suffix, position_start,
            position_end, anchoring, confidence, color, note, tags, speaker, created, modified)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """

    /// The body of `upsert`, inside the caller's transaction, so `upsertAll` can run many in one.
    static func upsert(_ db: Database, _ annotation: Annotation) throws -> UpsertOutcome {
        let stored = try Row.fetchOne(db, sql: "SELECT modified FROM annotation WHERE id = ?", arguments: [annotation.id.uuidString])
        guard let stored else {
            let articleID = try articleID(db, path: annotation.articlePath, fingerprint: annotation.articleFingerprint)
            try db.execute(sql: insertSQL, arguments: try AnnotationRow.arguments(annotation, articleID: articleID))
            return .inserted
        }
        let storedModified = Date(timeIntervalSinceReferenceDate: stored["modified"])
        guard annotation.modified > storedModified else { return .unchanged }
        try replace(db, annotation)
        return .updated
    }

    /// Brings the schema up to date across processes. An up-to-date store is only read: no
    /// write lock is taken for a migration that has nothing to do. Folios opening a fresh store
    /// together all see it unmigrated and all try; a loser's migration rolls back ("table already
    /// exists") while the winner may still be applying later migrations, so the loser looks again
    /// and retries until the store is current or the busy timeout has passed.
    private static func migrate(_ pool: DatabasePool, busyTimeout: TimeInterval) throws {
        let migrator = StoreSchema.migrator
        let deadline = Date().addingTimeInterval(busyTimeout)
        while true {
            if try pool.read(migrator.hasCompletedMigrations) { return }
            do {
                try migrator.migrate(pool)
                return
            } catch {
                guard Date() < deadline else { throw error }
                Thread.sleep(forTimeInterval: 0.02)
            }
        }
    }

    private static func replace(_ db: Database, _ annotation: Annotation) throws {
        let articleID = try articleID(db, path: annotation.articlePath, fingerprint: annotation.articleFingerprint)
        try db.execute(sql: "DELETE FROM annotation WHERE id = ?", arguments: [annotation.id.uuidString])
        try db.execute(sql: insertSQL, arguments: try AnnotationRow.arguments(annotation, articleID: articleID))
    }

    private static func exists(_ db: Database, id: UUID) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM annotation WHERE id = ?)", arguments: [id.uuidString]) ?? false
    }

    /// The `article` row for a path and fingerprint, created on first use.
    private static func articleID(_ db: Database, path: String, fingerprint: String) throws -> Int64 {
        try db.execute(
            sql: "INSERT OR IGNORE INTO article (relative_path, fingerprint, last_seen) VALUES (?, ?, ?)",
            arguments: [path, fingerprint, Date().timeIntervalSinceReferenceDate]
        )
        guard let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM article WHERE relative_path = ? AND fingerprint = ?", arguments: [path, fingerprint]
        ) else {
            throw DatabaseError(resultCode: .SQLITE_INTERNAL, message: "article row for \(path) vanished")
        }
        return id
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        guard !isReadOnly else {
            throw StoreError.readOnly(path: path, reason: "the store was opened read-only")
        }
        do {
            return try database.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreFile.map(error, path: path)
        }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try database.read(body)
        } catch {
            throw StoreFile.map(error, path: path)
        }
    }
}
