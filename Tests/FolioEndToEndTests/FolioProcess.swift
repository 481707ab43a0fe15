import Foundation

/// A `folio` process started in the background, so a test can kill it mid-flight and still see
/// everything it printed before dying: a pipe keeps the bytes written to it after the writer is
/// gone, so reading to end-of-file once the process has exited loses nothing.
final class FolioProcess {
    private let process = Process()
    private let output = Pipe()
    private let errors = Pipe()

    init(_ arguments: [String]) throws {
        process.executableURL = FolioBinary.url
        process.arguments = arguments
        process.currentDirectoryURL = FolioBinary.packageRoot
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
    }

    /// Sends SIGKILL: no handler, no flushing, no cleanup — the harshest way a writer can stop.
    /// A process that already ended is left alone, since its pid may be reaped and reused.
    func kill() {
        guard process.isRunning else { return }
        _ = Foundation.kill(process.processIdentifier, SIGKILL)
    }

    /// Waits for the process to end and returns its status and all it printed.
    func finish() -> FolioBinary.Result {
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return FolioBinary.Result(
            status: process.terminationStatus,
            stdout: String(decoding: out, as: UTF8.self),
            stderr: String(decoding: err, as: UTF8.self)
        )
    }

    /// True when the process ended by SIGKILL rather than by exiting.
    var wasKilled: Bool {
        process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL
    }
}
