import Foundation
import GRDB

/// Which articles the reader has read, so the list can show what is new. Kept per relative path
/// and fingerprint: an article whose text changed since counts as unread again.
extension AnnotationStore {
    /// Marks the article read (recording when) or unread (forgetting it).
    public func setRead(_ read: Bool, path: String, fingerprint: String, at date: Date = Date()) throws(StoreError) {
        try write { db in
            if read {
                try db.execute(
                    sql: """
                        INSERT INTO read_state (relative_path, fingerprint, read_at) VALUES (?, ?, ?)
                        ON CONFLICT (relative_path, fingerprint) DO UPDATE SET read_at = excluded.read_at
                        """,
                    arguments: [path, fingerprint, date.timeIntervalSinceReferenceDate]
                )
            } else {
                try db.execute(
                    sql: "DELETE FROM read_state WHERE relative_path = ? AND fingerprint = ?",
                    arguments: [path, fingerprint]
                )
            }
        }
    }

    /// Every (relative path, fingerprint) marked read.
    public func readArticles() throws(StoreError) -> Set<HighlightCounts.Key> {
        try read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT relative_path, fingerprint FROM read_state")
            return Set(rows.map { HighlightCounts.Key(relativePath: $0["relative_path"], fingerprint: $0["fingerprint"]) })
        }
    }
}
