import Foundation

/// A `sqlite3` process that runs some SQL on a store and then keeps its connection — and so its
/// locks — open until released, standing in for another program holding the store.
final class LockHolder {
    private let process = Process()
    private let input = Pipe()

    /// Starts sqlite3 and returns once `sql` has run; `sql` must end by printing `held`.
    init(database: String, sql: String) throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sqlite3", "-batch", database]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((sql + "\n").utf8))
        var seen = Data()
        while !String(decoding: seen, as: UTF8.self).contains("held") {
            let chunk = output.fileHandleForReading.availableData
            guard !chunk.isEmpty else { throw HolderExited(sql: sql) }
            seen.append(chunk)
        }
    }

    /// Ends the input, so sqlite3 rolls back what it holds and exits.
    func release() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    deinit {
        if process.isRunning { release() }
    }

    struct HolderExited: Error, CustomStringConvertible {
        var sql: String
        var description: String { "sqlite3 exited before holding the lock with: \(sql)" }
    }
}
