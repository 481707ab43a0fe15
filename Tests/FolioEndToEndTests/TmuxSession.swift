import Foundation

/// A private tmux server running one command in a detached pane of a fixed size, so tests can
/// type keys and read the screen the way a user would, without touching anyone's own tmux.
final class TmuxSession {
    let socket: String
    private(set) var isRunning = false

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `command` (a shell command line) in a new detached session.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        socket = "folio-test-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        var arguments = ["new-session", "-d", "-x", String(width), "-y", String(height)]
        let env = ["TERM": "tmux-256color", "LANG": "C.UTF-8"].merging(environment) { _, new in new }
        for (key, value) in env.sorted(by: { $0.key < $1.key }) {
            arguments += ["-e", "\(key)=\(value)"]
        }
        arguments.append(command)
        try tmux(arguments)
        isRunning = true
        try tmux(["set-option", "-t", "0", "remain-on-exit", "on"])
    }

    deinit {
        if isRunning { _ = try? tmux(["kill-server"]) }
    }

    func kill() {
        _ = try? tmux(["kill-server"])
        isRunning = false
    }

    /// Sends keys in tmux's notation ("j", "Enter", "C-d", "Tab").
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// Sends literal text, character by character as typed.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "0", "-l", text])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", String(width), "-y", String(height)])
    }

    /// The visible screen as text.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"])
    }

    func paneValue(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "0", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls the screen until `condition` holds or `timeout` passes; returns the last screen.
    @discardableResult
    func waitFor(
        _ description: String,
        timeout: TimeInterval = 15,
        _ condition: (String) -> Bool
    ) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if condition(last) { return last }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure(description: "timed out waiting for \(description); screen was:\n\(last)")
    }

    func waitFor(text: String, timeout: TimeInterval = 15) throws -> String {
        try waitFor("“\(text)” on screen", timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the program in the pane to exit and returns its exit status.
    func waitForExit(timeout: TimeInterval = 10) throws -> Int {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if try paneValue("#{pane_dead}") == "1" {
                return Int(try paneValue("#{pane_dead_status}")) ?? -1
            }
            Thread.sleep(forTimeInterval: 0.02)
        }
        throw Failure(description: "the program did not exit within \(timeout) s; screen:\n\((try? screen()) ?? "")")
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "tmux \(arguments.joined(separator: " ")) failed: \(String(decoding: errorData, as: UTF8.self))")
        }
        return String(decoding: data, as: UTF8.self)
    }
}
