import Foundation

/// Peak resident memory, read in a child process so each scenario starts from a clean heap.
enum PeakMemory {
    /// This process's peak resident set (VmHWM) in bytes.
    static func ofThisProcess() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kilobytes = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return kilobytes.map { $0 * 1024 }
        }
        return nil
    }

    /// Runs this executable with `arguments` (a `--child` scenario) and reads the peak it prints.
    static func ofChild(_ arguments: [String]) throws -> Int {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let text = try Subprocess.run([executable] + arguments).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let bytes = Int(text) else { throw BenchFailure(description: "child \(arguments) printed \(text)") }
        return bytes
    }
}
