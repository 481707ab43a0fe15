import Foundation

/// Times how long a full-screen program takes to show its first screen, the way a person sees it:
/// a private tmux server runs the command in a fixed-size pane and the pane is polled until the
/// expected text appears. Used to compare `folio FILE` with `less FILE` on equal terms.
struct TmuxScreenTimer {
    var width = 120
    var height = 40
    var timeout: Duration = .seconds(60)

    static var isAvailable: Bool {
        (try? Subprocess.run(["tmux", "-V"])) != nil
    }

    /// Milliseconds from starting `command` until the pane shows `marker`.
    func firstScreen(command: [String], marker: String, environment: [String: String] = [:]) throws -> Double {
        let socket = "folio-bench-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let tmux = ["tmux", "-L", socket, "-f", "/dev/null"]
        var arguments = tmux + ["new-session", "-d", "-x", String(width), "-y", String(height)]
        let env = ["TERM": "tmux-256color", "LANG": "C.UTF-8"].merging(environment) { _, new in new }
        for (key, value) in env.sorted(by: { $0.key < $1.key }) { arguments += ["-e", "\(key)=\(value)"] }
        arguments.append(command.map(Self.shellQuoted).joined(separator: " "))
        let clock = ContinuousClock()
        let start = clock.now
        defer { _ = try? Subprocess.run(tmux + ["kill-server"]) }
        // new-session prints nothing worth reading; the server it forks keeps running detached.
        try Subprocess.run(arguments, capture: false)
        while clock.now - start < timeout {
            let screen = try Subprocess.run(tmux + ["capture-pane", "-p", "-t", "0"])
            if screen.contains(marker) { return (clock.now - start).milliseconds }
            Thread.sleep(forTimeInterval: 0.002)
        }
        throw BenchFailure(description: "\(command.joined(separator: " ")) did not show “\(marker)” within \(timeout)")
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
