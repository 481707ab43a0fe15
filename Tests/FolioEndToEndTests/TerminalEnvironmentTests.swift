import Foundation
import Testing

/// The reader in hostile terminals and environments: resize storms, extreme sizes, missing or
/// poor terminal descriptions, no UTF-8 locale, no terminal on stdin, and signals.
@Suite(.serialized) struct TerminalEnvironmentTests {
    private struct Reader {
        let tmux: TmuxSession
        let store: URL
    }

    private func startReader(_ arguments: String = "Articles", width: Int = 120, height: Int = 40,
                             environment: String = "", stdin: String = "") throws -> Reader {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("folio-env-\(UUID().uuidString)")
        let command = "cd '\(FolioBinary.packageRoot.path)' && env \(environment) '\(FolioBinary.url.path)' --store '\(store.path)/annotations.sqlite' \(arguments) \(stdin)"
        return Reader(tmux: try TmuxSession(command: command, width: width, height: height), store: store)
    }

    /// The screen as lines, without the empty line after the last newline.
    private func lines(_ screen: String) -> [String] {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// A full three-pane frame of the given size: border rows first and last but one, status last.
    private func isFullFrame(_ screen: String, height: Int) -> Bool {
        let rows = lines(screen)
        return rows.count == height && rows[0].hasPrefix("┌─ Articles") && rows[height - 2].hasPrefix("└")
            && rows[height - 1].contains(" help") && rows[0].hasSuffix("┐")
    }

    @Test func survivesAResizeStormAndDrawsTheFinalSize() throws {
        let reader = try startReader()
        let tmux = reader.tmux
        defer { tmux.kill() }
        try tmux.waitFor(text: "Khamenei Shifts Stance")
        try tmux.send("Enter")
        try tmux.waitFor(text: "IRAN PULSE")
        let sizes = (0..<300).map { step in (width: 20 + (step * 37) % 180, height: 5 + (step * 13) % 60) }
        let started = Date()
        try tmux.resizeStorm(sizes + [(width: 100, height: 30)])
        #expect(Date().timeIntervalSince(started) < 60, "a resize storm must not wedge tmux or Folio")
        let final = try tmux.waitFor("a full 100×30 frame") { screen in
            self.isFullFrame(screen, height: 30) && self.lines(screen).allSatisfy { $0.count <= 100 }
        }
        #expect(final.contains("Reader"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(arguments: [(1, 1), (20, 6), (19, 6), (20, 5), (500, 200)])
    func startsAtExtremeSizes(width: Int, height: Int) throws {
        let reader = try startReader(width: width, height: height)
        let tmux = reader.tmux
        defer { tmux.kill() }
        if width < 20 || height < 6 {
            if width >= 10 {
                try tmux.waitFor(text: "too small")
            } else {
                Thread.sleep(forTimeInterval: 0.5)
            }
        } else {
            try tmux.waitFor(text: "Articles")
        }
        try tmux.send("j")
        try tmux.resize(width: 100, height: 30)
        try tmux.waitFor("a full 100×30 frame") { self.isFullFrame($0, height: 30) }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(arguments: [
        ("-u TERM", "TERM is unset"),
        ("TERM=dumb", "TERM=dumb cannot move the cursor"),
        ("TERM=no-such-terminal-xyz", "TERM=no-such-terminal-xyz cannot move the cursor"),
        ("TERM=", "TERM is unset"),
    ])
    func refusesTerminalsItCannotDrive(environment: String, message: String) throws {
        let reader = try startReader(environment: environment)
        defer { reader.tmux.kill() }
        #expect(try reader.tmux.waitForExit() == 2)
        let screen = try reader.tmux.screen()
        #expect(screen.contains(message), "screen was:\n\(screen)")
        #expect(screen.contains("folio show FILE"))
    }

    @Test func runsInMonochromeOnVT100() throws {
        let reader = try startReader(width: 80, height: 24, environment: "TERM=vt100")
        let tmux = reader.tmux
        defer { tmux.kill() }
        let screen = try tmux.waitFor(text: "Khamenei Shifts Stance")
        #expect(screen.contains("Articles (5)"))
        try tmux.send("Enter")
        try tmux.waitFor(text: "IRAN PULSE")
        let styled = try tmux.styledScreen()
        // vt100 has no colors: no SGR color parameter (30–49, 90–107, but 39 and 49, "default")
        // reaches tmux.
        #expect(Self.colorParameters(in: styled).isEmpty, "colors sent to a vt100")
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(arguments: ["LANG=C", "LC_ALL=C", "LC_ALL=POSIX LANG=", "-u LANG -u LC_ALL -u LC_CTYPE"])
    func drawsUnicodeWithoutAUTF8Locale(environment: String) throws {
        let reader = try startReader(environment: environment)
        let tmux = reader.tmux
        defer { tmux.kill() }
        try tmux.waitFor("a full frame with its box lines") {
            self.isFullFrame($0, height: 40) && $0.contains("Khamenei Shifts Stance")
        }
        try tmux.send("Enter")
        try tmux.waitFor("a curly quotation") { $0.contains("“You aim the gun") }
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func refusesStdinThatIsNotATerminal() throws {
        let reader = try startReader(stdin: "< /dev/null")
        defer { reader.tmux.kill() }
        #expect(try reader.tmux.waitForExit() == 2)
        #expect(try reader.tmux.screen().contains("the reader needs a terminal"))
        let piped = try FolioBinary.run(["Articles"])
        #expect(piped.status == 2)
        #expect(piped.stderr.contains("the reader needs a terminal"))
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGINT])
    func restoresTheTerminalOnSignal(signal: Int32) throws {
        let reader = try startReader()
        let tmux = reader.tmux
        defer { tmux.kill() }
        try tmux.waitFor(text: "Khamenei Shifts Stance")
        try tmux.send("Enter")
        try tmux.waitFor(text: "IRAN PULSE")
        let pid = try tmux.programPID()
        kill(pid, signal)
        #expect(try tmux.waitForExit() == 0)
        let screen = try tmux.screen()
        #expect(!screen.contains("Articles (5)") && !screen.contains("┌─"), "alternate screen left behind:\n\(screen)")
        #expect(try tmux.paneValue("#{alternate_on}") == "0")
        #expect(kill(pid, 0) == -1, "folio still running")
        let wal = reader.store.appendingPathComponent("annotations.sqlite-wal").path
        #expect(!FileManager.default.fileExists(atPath: wal), "the store was not closed (its WAL is left)")
    }

    /// A terminal that goes away without a SIGHUP reaching the reader (it runs in a session of
    /// its own here, as under `setsid`; a tracer or `nohup` do the same) must still end it: every
    /// read then fails at once, and the loop used to spin on those failures at full speed for ever.
    @Test func quitsWhenItsTerminalGoesAwayWithoutAHangupSignal() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("folio-env-\(UUID().uuidString)")
        let tmux = try TmuxSession(command: "cd '\(FolioBinary.packageRoot.path)' && setsid -w '\(FolioBinary.url.path)' --store '\(store.path)/annotations.sqlite' Articles")
        defer { tmux.kill() }
        try tmux.waitFor(text: "Khamenei Shifts Stance")
        #expect(!readers(using: store.path).isEmpty)
        tmux.kill()
        let deadline = Date().addingTimeInterval(5)
        while !readers(using: store.path).isEmpty, Date() < deadline { usleep(50_000) }
        let left = readers(using: store.path)
        left.forEach { kill($0, SIGKILL) }
        #expect(left.isEmpty, "folio kept running after its terminal went away")
    }

    /// Processes whose command line names `path`.
    private func readers(using path: String) -> [pid_t] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return entries.compactMap { entry in
            guard let pid = pid_t(entry), let command = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline"),
                  String(decoding: command, as: UTF8.self).contains(path) else { return nil }
            return pid
        }
    }

    /// Ctrl-Z as a user presses it, in an interactive shell with job control (a pane's own process
    /// group is orphaned, and the kernel drops a stop signal sent to it): ncurses' own SIGTSTP
    /// handler leaves the screen, the shell reports the job stopped, and `fg` brings the reader back.
    @Test func suspendsOnControlZAndRedrawsOnFg() throws {
        let store = FileManager.default.temporaryDirectory.appendingPathComponent("folio-env-\(UUID().uuidString)")
        let tmux = try TmuxSession(command: "PS1='$ ' exec bash --norc --noprofile -i")
        defer { tmux.kill() }
        try tmux.waitFor(text: "$")
        try tmux.type(FolioBinary.shellCommand("--store '\(store.path)/annotations.sqlite' Articles"))
        try tmux.send("Enter")
        try tmux.waitFor(text: "Khamenei Shifts Stance")
        try tmux.send("Enter")
        try tmux.waitFor(text: "IRAN PULSE")
        try tmux.send("C-z")
        let stopped = try tmux.waitFor(text: "Stopped")
        #expect(!stopped.contains("IRAN PULSE"), "the reader's screen stayed after suspending:\n\(stopped)")
        #expect(try tmux.paneValue("#{alternate_on}") == "0")
        try tmux.type("fg")
        try tmux.send("Enter")
        let redrawn = try tmux.waitFor("the reader redrawn") { self.isFullFrame($0, height: 40) && $0.contains("IRAN PULSE") }
        #expect(redrawn.contains("Quotes"))
        try tmux.send("j")
        try tmux.send("q")
        try tmux.waitFor("the shell back after quitting") { screen in
            !screen.contains("IRAN PULSE") && (try? tmux.paneValue("#{alternate_on}")) == "0"
        }
        // Split so that the typed line does not read as the exit marker; `$?` is folio's status.
        try tmux.type("echo \"[folio exited with\" \"status $?]\"")
        try tmux.send("Enter")
        #expect(try tmux.waitForExit() == 0)
    }

    /// The SGR parameters in `styled` that set a color.
    private static func colorParameters(in styled: String) -> [Int] {
        styled.components(separatedBy: "\u{1B}[").dropFirst().flatMap { sequence -> [Int] in
            guard let end = sequence.firstIndex(of: "m"),
                  sequence[..<end].allSatisfy({ $0.isNumber || $0 == ";" }) else { return [] }
            return sequence[..<end].split(separator: ";").compactMap { Int($0) }
                .filter { ((30...49).contains($0) && $0 != 39 && $0 != 49) || (90...107).contains($0) }
        }
    }
}
