import GRDB

/// The store's tables, created and evolved by a `DatabaseMigrator`; `PRAGMA user_version` holds
/// the schema version so a build can refuse a store written by a newer Folio before touching it.
///
/// - `article` — one row per (relative path, content fingerprint) an annotation was made on,
///   with the title and when Folio last saw it. Annotations follow a renamed file through the
///   fingerprint and an edited file through the path, so lookups match either column.
/// - `annotation` — one row per highlight: the W3C quote and position selectors, the anchoring
///   state (`exact`, `moved`, `approximate` with `confidence`, `orphaned`), color 1–5, note,
///   speaker, and tags as a JSON array of strings (queryable with `json_each`; tags are few per
///   annotation and always read with it, so a join table would only add writes).
///   `id` is the UUID as uppercase text. Times are seconds since 2001-01-01 UTC (Foundation's
///   reference date) as REAL, so a `Date` round-trips exactly; add 978307200 for Unix time.
/// - `reading_position` — the last scalar offset read in each article, by relative path.
/// - `read_state` (v2) — the articles the reader has read, by relative path and fingerprint, so
///   an article whose text changed shows as unread again.
enum StoreSchema {
    static let version = 2

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    relative_path TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    title TEXT NOT NULL DEFAULT '',
                    last_seen REAL NOT NULL,
                    UNIQUE (relative_path, fingerprint)
                );
                CREATE INDEX article_fingerprint ON article (fingerprint);
                CREATE TABLE annotation (
                    id TEXT PRIMARY KEY NOT NULL,
                    article_id INTEGER NOT NULL REFERENCES article (id),
                    quote_exact TEXT NOT NULL,
                    quote_prefix TEXT NOT NULL,
                    quote_suffix TEXT NOT NULL,
                    position_start INTEGER NOT NULL,
                    position_end INTEGER NOT NULL,
                    anchoring TEXT NOT NULL
                        CHECK (anchoring IN ('exact', 'moved', 'approximate', 'orphaned')),
                    confidence REAL,
                    color INTEGER NOT NULL CHECK (color BETWEEN 1 AND 5),
                    note TEXT NOT NULL,
                    tags TEXT NOT NULL DEFAULT '[]',
                    speaker TEXT,
                    created REAL NOT NULL,
                    modified REAL NOT NULL
                );
                CREATE INDEX annotation_article ON annotation (article_id);
                CREATE TABLE reading_position (
                    relative_path TEXT PRIMARY KEY NOT NULL,
                    scalar_offset INTEGER NOT NULL,
                    updated REAL NOT NULL
                );
                PRAGMA user_version = 1;
                """)
        }
        // MARK: - Read state
        migrator.registerMigration("v2") { db in
            try db.execute(sql: """
                CREATE TABLE read_state (
                    relative_path TEXT NOT NULL,
                    fingerprint TEXT NOT NULL,
                    read_at REAL NOT NULL,
                    PRIMARY KEY (relative_path, fingerprint)
                );
                PRAGMA user_version = 2;
                """)
        }
        return migrator
    }
}
