import Foundation
import Testing

@Suite struct ConfigCommandTests {
    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-config-e2e-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func theDefaultConfigChecksClean() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let printed = try FolioBinary.run(["config", "--default"])
        #expect(printed.status == 0)
        #expect(printed.stdout.contains("reading-width = 80"))
        #expect(printed.stdout.contains("line-down = [\"j\", \"down\"]"))
        #expect(printed.stdout.contains("set-color-1 = \"1\""))
        let file = folder.appendingPathComponent("config.toml")
        try printed.stdout.write(to: file, atomically: true, encoding: .utf8)
        let checked = try FolioBinary.run(["config", "--check", "--config", file.path])
        #expect(checked.status == 0, "\(checked.stdout)\(checked.stderr)")
        #expect(checked.stdout.contains("no problems"))
    }

    @Test func checkListsEveryProblemWithItsLineAndFails() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("config.toml")
        try "theme = \"nord\"\nwidth = 3\n[keys]\nline-down = \"k\"\nfly = \"f\"\n".write(to: file, atomically: true, encoding: .utf8)
        let checked = try FolioBinary.run(["config", "--check", "--config", file.path])
        #expect(checked.status == 1)
        let lines = checked.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines.first?.hasPrefix("\(file.path):2: unknown setting 'width'") == true)
        #expect(lines.dropFirst().first?.hasPrefix("\(file.path):4: \"k\" is bound to line-down and line-up") == true)
        #expect(lines.last?.hasPrefix("\(file.path):5: unknown action 'fly'") == true)
    }

    @Test func theDefaultPlaceFollowsXDGConfigHome() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["XDG_CONFIG_HOME": folder.path]
        let path = try FolioBinary.run(["config"], environment: environment)
        #expect(path.stdout == folder.appendingPathComponent("folio/config.toml").path + "\n")
        let absent = try FolioBinary.run(["config", "--check"], environment: environment)
        #expect(absent.status == 0)
        #expect(absent.stdout.contains("no such file; Folio uses the defaults"))
    }

    @Test func aMissingConfigNamedOnTheCommandLineIsAnError() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("nope.toml").path
        let checked = try FolioBinary.run(["config", "--check", "--config", missing])
        #expect(checked.status == 1)
        #expect(checked.stdout.contains("\(missing): no such config file"))
        let read = try FolioBinary.run(["read", "--config", missing, "--store", folder.appendingPathComponent("s.sqlite").path])
        #expect(read.status == 2)
        #expect(read.stderr.contains("no such config file"))
    }
}

extension ConfigCommandTests {
    /// The real reader with a config that has a mistake: it starts, says so, and takes the rest.
    @Test func theReaderUsesTheConfigAndShowsItsProblems() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let library = folder.appendingPathComponent("library")
        try FileManager.default.createDirectory(at: library, withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            at: FolioBinary.packageRoot.appendingPathComponent("Articles/radio-farda-khamenei-no-to-talks.txt"),
            to: library.appendingPathComponent("farda.txt"))
        let file = folder.appendingPathComponent("config.toml")
        try """
            library = ["\(library.path)"]
            sidebar = false
            [keys]
            quit = "ctrl-x"
            fly = "f"
            """.write(to: file, atomically: true, encoding: .utf8)
        let store = folder.appendingPathComponent("annotations.sqlite").path
        let command = FolioBinary.shellCommand("--config '\(file.path)' --store '\(store)'")
        let tmux = try TmuxSession(command: command, width: 120, height: 30)
        defer { tmux.kill() }
        // The status line is painted last: waiting for it means the whole first frame is there.
        let screen = try tmux.waitFor(text: "unknown action 'fly'")
        #expect(screen.contains("Articles (1)"))
        #expect(!screen.contains("Quotes"))
        try tmux.send("q")
        try tmux.send("Enter")
        try tmux.waitFor(text: "Farda")
        try tmux.send("C-x")
        #expect(try tmux.waitForExit() == 0)
    }
}
