import Foundation
import GRDB

/// The checks made on the store's file before SQLite is let near it: create it with private
/// permissions, and refuse — without writing a byte — one that is not a healthy SQLite database
/// or was written by a newer Folio.
struct StoreFile {
    let path: String

    private static let header = Array("SQLite format 3\0".utf8)
    private static let headerLength = 100

    var folder: String { (path as NSString).deletingLastPathComponent }

    /// Creates the folder (0700) and an empty file (0600) when missing, and fails early with a
    /// clear reason when either cannot be written.
    func prepareForWriting() throws(StoreError) {
        let manager = FileManager.default
        let folder = folder.isEmpty ? "." : folder
        if !manager.fileExists(atPath: folder) {
            do {
                try manager.createDirectory(
                    atPath: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]
                )
                try manager.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder)
            } catch {
                throw .cannotCreateFolder(path: folder, reason: Self.reason(error))
            }
        }
        guard access(folder, W_OK) == 0 else {
            throw .readOnly(
                path: path,
                reason: "the folder \(folder) is not writable, and SQLite keeps its journal beside the store"
            )
        }
        if manager.fileExists(atPath: path) {
            guard access(path, W_OK) == 0 else { throw .readOnly(path: path, reason: "the file is read-only") }
            return
        }
        let descriptor = Foundation.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o600)
        if descriptor < 0 {
            guard errno == EEXIST else { throw .database(path: path, reason: String(cString: strerror(errno))) }
            return
        }
        fchmod(descriptor, 0o600)
        close(descriptor)
    }

    /// Refuses garbage, truncated or damaged files and newer schemas, opening the file read-only.
    func validate(busyTimeout: TimeInterval) throws(StoreError) {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        // The size first: another Folio may be writing a fresh store's first page right now, and
        // a header read from the empty file must not be judged by the size measured after.
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: 0)
        let bytes = size > 0 ? (try? handle.read(upToCount: Self.headerLength)) ?? Data() : Data()
        try? handle.close()
        guard size > 0 else { return }
        try checkHeader(Array(bytes), fileSize: size, walHoldsPages: walHoldsPages)
        do {
            let queue = try DatabaseQueue(path: path, configuration: Self.readOnlyConfiguration(busyTimeout))
            try queue.read { db in
                let check = try String.fetchAll(db, sql: "PRAGMA quick_check")
                guard check == ["ok"] else {
                    throw StoreError.corrupt(path: path, reason: check.prefix(3).joined(separator: "; "))
                }
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                let superseded = try db.tableExists("grdb_migrations") && StoreSchema.migrator.hasBeenSuperseded(db)
                if version > StoreSchema.version || superseded {
                    throw StoreError.newerSchema(path: path, found: version, supported: StoreSchema.version)
                }
            }
            try queue.close()
        } catch let error as StoreError {
            throw error
        } catch {
            throw Self.map(error, path: path)
        }
    }

    /// Whether a write-ahead log with frames lies beside the store. A checkpoint copies pages
    /// from it in page order, page 1 first, and a process killed midway leaves a header counting
    /// pages the file does not have yet: they are still in the log, and SQLite finishes the copy
    /// on the next open, so the file is not truncated.
    private var walHoldsPages: Bool {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return ((attributes?[.size] as? NSNumber)?.intValue ?? 0) > 0
    }

    /// Rejects what SQLite would only call "not a database": too short, wrong magic, or fewer
    /// bytes than the header counts. With pages pending in the WAL the count is left to SQLite,
    /// whose open below reads the log and reports a truly short file as corrupt.
    private func checkHeader(_ bytes: [UInt8], fileSize: UInt64, walHoldsPages: Bool) throws(StoreError) {
        guard bytes.count == Self.headerLength else {
            throw .corrupt(path: path, reason: "truncated: \(fileSize) bytes is shorter than a database header")
        }
        guard Array(bytes.prefix(Self.header.count)) == Self.header else {
            throw .corrupt(path: path, reason: "not a SQLite database")
        }
        let rawPageSize = Int(bytes[16]) << 8 | Int(bytes[17])
        let pageSize = rawPageSize == 1 ? 65536 : rawPageSize
        let pageCount = bytes[28..<32].reduce(0) { $0 << 8 | Int($1) }
        let sizeIsValid = bytes[24..<28] == bytes[92..<96]
        if !walHoldsPages, sizeIsValid, pageCount > 0, UInt64(pageSize * pageCount) > fileSize {
            throw .corrupt(
                path: path,
                reason: "truncated: the header promises \(pageSize * pageCount) bytes, the file has \(fileSize)"
            )
        }
    }

    static func readOnlyConfiguration(_ busyTimeout: TimeInterval) -> Configuration {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        return configuration
    }

    /// Turns a GRDB or system error into the reader-facing `StoreError`.
    static func map(_ error: any Error, path: String) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .database(path: path, reason: reason(error)) }
        let message = error.message ?? "\(error.resultCode)"
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return .locked(path: path)
        case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH:
            return .readOnly(path: path, reason: message)
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return .corrupt(path: path, reason: message)
        case .SQLITE_FULL:
            return .database(path: path, reason: Self.diskFull)
        case .SQLITE_IOERR where hasNoFreeSpace(beside: path):
            return .database(path: path, reason: "\(Self.diskFull) (\(message))")
        default:
            return .database(path: path, reason: message)
        }
    }

    private static let diskFull = "the disk holding the store is full"

    /// Whether the file system holding the store has no block left for this user. SQLite reports
    /// most failed writes on a full disk — growing the WAL or its shared-memory index — as a bare
    /// "disk I/O error", which would send the reader hunting for a failing drive.
    private static func hasNoFreeSpace(beside path: String) -> Bool {
        var stats = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        guard statvfs(folder.isEmpty ? "." : folder, &stats) == 0 else { return false }
        return stats.f_bavail == 0
    }

    private static func reason(_ error: any Error) -> String {
        (error as NSError).localizedDescription
    }
}
