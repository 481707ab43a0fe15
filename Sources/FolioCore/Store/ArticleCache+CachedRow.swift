import GRDB
import GRDBSQLite

extension ArticleCache {
    /// Steps a prepared statement and reads its columns by index straight from SQLite: a whole
    /// library's listings are read on every start, and GRDB's `Row` decoding (a generic lookup
    /// and a C string measured again per column) was most of that time.
    struct CachedRow {
        private let statement: Statement

        init(_ statement: Statement) {
            self.statement = statement
        }

        /// Moves to the next row; false once there is none.
        func step() throws -> Bool {
            switch sqlite3_step(statement.sqliteStatement) {
            case SQLITE_ROW: return true
            case SQLITE_DONE: return false
            case let code: throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "stepping \(statement.sql)")
            }
        }

        /// The column's text, or nil for NULL.
        func text(_ column: Int32) -> String? {
            withBytes(column) { String(decoding: $0, as: UTF8.self) }
        }

        func integer(_ column: Int32) -> Int64 {
            sqlite3_column_int64(statement.sqliteStatement, column)
        }

        /// The column's text split at `separator` (empty fields kept); none for an empty text or NULL.
        func fields(_ column: Int32, separatedBy separator: UInt8) -> [String] {
            withBytes(column) { bytes in
                guard !bytes.isEmpty else { return [] }
                var fields: [String] = []
                fields.reserveCapacity(bytes.reduce(1) { $1 == separator ? $0 + 1 : $0 })
                var start = 0
                for index in bytes.indices where bytes[index] == separator {
                    fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    start = index + 1
                }
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
                return fields
            } ?? []
        }

        private func withBytes<T>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T? {
            // The text first, then its length: that is the order SQLite documents as safe.
            guard let text = sqlite3_column_text(statement.sqliteStatement, column) else { return nil }
            let count = Int(sqlite3_column_bytes(statement.sqliteStatement, column))
            return body(UnsafeBufferPointer(start: text, count: count))
        }
    }
}
