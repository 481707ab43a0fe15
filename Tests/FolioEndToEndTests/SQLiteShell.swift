import Foundation

/// The `sqlite3` command-line tool, used to inspect a store with SQLite's own code rather than
/// through Folio, so a test does not trust the program it is checking.
enum SQLiteShell {
    struct Failure: Error, CustomStringConvertible {
        var status: Int32
        var stderr: String
        var description: String { "sqlite3 exited \(status): \(stderr)" }
    }

    /// Runs one or more SQL statements on the database and returns the output lines.
    static func query(_ database: String, _ sql: String) throws -> [String] {
        let result = try CommandRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", "-batch", database, sql])
        guard result.status == 0 else { throw Failure(status: result.status, stderr: result.stderr) }
        return result.stdout.split(separator: "\n").map(String.init)
    }

    /// `PRAGMA integrity_check`'s verdict: `["ok"]` for a healthy database.
    static func integrityCheck(_ database: String) throws -> [String] {
        try query(database, "PRAGMA integrity_check;")
    }

    /// The ids of every stored annotation, as stored (uppercase UUID text).
    static func annotationIDs(_ database: String) throws -> [String] {
        try query(database, "SELECT id FROM annotation;")
    }
}
