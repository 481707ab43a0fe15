import Foundation
import Testing

/// Every command takes its library, store and export folder from the config, as the reader
/// does: run from the package root, where `./Articles` holds five articles, with a config whose
/// library holds one article in a subfolder, a store and an export folder of its own.
@Suite struct ConfiguredCommandsTests {
    static let article = "al-monitor-khamenei-shifts-stance.txt"
    static let withinLibrary = "iran/" + article

    /// A private home: the config in `config/folio/config.toml`, the library in `library/`.
    struct Home {
        let folder: URL
        var library: String { folder.appendingPathComponent("library").path }
        var store: String { folder.appendingPathComponent("notes.sqlite").path }
        var exports: String { folder.appendingPathComponent("exports").path }
        var defaultStore: String { folder.appendingPathComponent("data/folio/annotations.sqlite").path }
        var environment: [String: String] {
            ["XDG_CONFIG_HOME": folder.appendingPathComponent("config").path,
             "XDG_DATA_HOME": folder.appendingPathComponent("data").path]
        }

        init(config: String? = nil) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-configured-\(UUID().uuidString)")
            let fileManager = FileManager.default
            try fileManager.createDirectory(atPath: folder.appendingPathComponent("library/iran").path,
                                            withIntermediateDirectories: true)
            try fileManager.createDirectory(atPath: folder.appendingPathComponent("config/folio").path,
                                            withIntermediateDirectories: true)
            try fileManager.copyItem(atPath: FolioBinary.packageRoot.appendingPathComponent("Articles/" + ConfiguredCommandsTests.article).path,
                                     toPath: library + "/" + ConfiguredCommandsTests.withinLibrary)
            let text = config ?? """
                library = ["\(library)"]
                store = "\(store)"
                export-folder = "\(exports)"
                """
            try text.write(to: folder.appendingPathComponent("config/folio/config.toml"), atomically: true, encoding: .utf8)
        }

        /// Runs folio from `directory` (the package root unless given) in this home.
        func run(_ arguments: [String], in directory: URL = FolioBinary.packageRoot) throws -> FolioBinary.Result {
            try CommandRunner.run(FolioBinary.url, arguments, environment: environment, directory: directory)
        }

        func remove() {
            try? FileManager.default.removeItem(at: folder)
        }
    }

    @Test func listAndQuotesReadTheConfiguredLibraryWhenNoPathIsGiven() throws {
        let home = try Home()
        defer { home.remove() }
        let listed = try home.run(["list"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let lines = listed.stdout.split(separator: "\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix(home.library + "/" + Self.withinLibrary + "\tKhamenei Shifts Stance") == true)
        #expect(try home.run(["list", "Articles"]).stdout.split(separator: "\n").count == 5, "a PATH given wins")

        let quotes = try home.run(["quotes"])
        #expect(quotes.status == 0, "\(quotes.stderr)")
        let files = Set(quotes.stdout.split(separator: "\n").map { $0.prefix { $0 != ":" } })
        #expect(files == [Substring(home.library + "/" + Self.withinLibrary)])
        let bySpeaker = try home.run(["quotes", "--by-speaker"])
        #expect(bySpeaker.stdout.contains("Ali Khamenei ("))
        #expect(!bySpeaker.stdout.contains("Articles/"))
    }

    @Test func showAndAnnotateFindAFileByItsPathWithinTheLibrary() throws {
        let home = try Home()
        defer { home.remove() }
        let shown = try home.run(["show", Self.withinLibrary])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Khamenei Shifts Stance"))
        let missing = try home.run(["show", "iran/nothing.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("iran/nothing.txt"))

        let annotated = try home.run(["annotate", Self.withinLibrary, "--quote", "movement of the hungry"])
        #expect(annotated.status == 0, "\(annotated.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.store), "the configured store")
        #expect(!FileManager.default.fileExists(atPath: home.defaultStore), "not the default one")

        let listed = try home.run(["annotations", "--json"])
        #expect(listed.status == 0, "\(listed.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(listed.stdout.utf8)) as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["article"] as? String == Self.withinLibrary, "keyed by its path within the library, as the reader keys it")

        let id = annotated.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try home.run(["delete-annotation", id]).status == 0)
        #expect(try home.run(["annotations", "--json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
    }

    @Test func exportWritesRelativeFilesIntoTheExportFolder() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(try home.run(["annotate", Self.withinLibrary, "--quote", "movement of the hungry", "--tag", "economy"]).status == 0)

        let exported = try home.run(["export", "-o", "notes.md"], in: home.folder)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stderr.contains("to \(home.exports)/notes.md"))
        let text = try String(contentsOfFile: home.exports + "/notes.md", encoding: .utf8)
        #expect(text.contains("> movement of the hungry"))
        #expect(!FileManager.default.fileExists(atPath: home.folder.appendingPathComponent("notes.md").path))

        let here = try home.run(["export", "--format", "json", "-o", "./here.json"], in: home.folder)
        #expect(here.status == 0, "\(here.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.folder.appendingPathComponent("here.json").path), "./ means here")

        let absolute = home.folder.appendingPathComponent("elsewhere.csv").path
        #expect(try home.run(["export", "--format", "csv", "-o", absolute]).status == 0)
        #expect(FileManager.default.fileExists(atPath: absolute))
        #expect(try FileManager.default.contentsOfDirectory(atPath: home.exports) == ["notes.md"])
    }

    @Test func storeOnTheCommandLineWinsOverTheConfig() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(try home.run(["annotate", Self.withinLibrary, "--quote", "movement of the hungry"]).status == 0)
        let other = home.folder.appendingPathComponent("other.sqlite").path
        let exported = try home.run(["export", "--store", other])
        #expect(exported.status == 1)
        #expect(exported.stderr.contains("\(other): no annotation store here"))
        #expect(try home.run(["export"]).stdout.contains("movement of the hungry"))
    }

    @Test func importRestoresIntoTheConfiguredStoreAndLibrary() throws {
        let home = try Home()
        defer { home.remove() }
        let annotated = try home.run(["annotate", Self.withinLibrary, "--quote", "movement of the hungry"])
        let backup = home.folder.appendingPathComponent("backup.json").path
        #expect(try home.run(["export", "--format", "json", "-o", backup]).status == 0)
        #expect(try home.run(["delete-annotation", annotated.stdout.trimmingCharacters(in: .whitespacesAndNewlines)]).status == 0)
        let imported = try home.run(["import", backup])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr.isEmpty, "every annotation found its article in the configured library: \(imported.stderr)")
        #expect(try home.run(["annotations"]).stdout.contains("movement of the hungry"))
        #expect(!FileManager.default.fileExists(atPath: home.defaultStore))
    }

    @Test func aMissingConfigFileIsAnErrorAndAProblemIsReported() throws {
        let home = try Home(config: "library = 3\n")
        defer { home.remove() }
        let missing = home.folder.appendingPathComponent("nope.toml").path
        let refused = try home.run(["list", "--config", missing])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("\(missing): no such config file"))

        let listed = try home.run(["list"])
        #expect(listed.status == 0)
        #expect(listed.stderr.contains("folio: Config:"), "the problem is said: \(listed.stderr)")
        #expect(listed.stdout.split(separator: "\n").count == 5, "the library keeps its default, ./Articles")
    }

    /// The reader and `folio export -o` put their files in the same configured folder, with the
    /// highlight made in the reader in the configured store.
    @Test func theReaderAndTheCommandShareTheExportFolder() throws {
        let home = try Home()
        defer { home.remove() }
        let command = FolioBinary.shellCommand("", environment: home.environment)
        let session = try TmuxSession(command: command, width: 200, height: 40)
        defer { session.kill() }
        try session.waitFor(text: "Articles (1)")
        try session.send("Enter")
        try session.waitFor(text: "IRAN PULSE")
        try session.highlightFirstQuotationAndExportThisArticle()
        try session.waitFor(text: "Exported 1 highlight to \(home.exports)/folio-")
        try session.send("q")
        #expect(try session.waitForExit() == 0)

        #expect(try home.run(["export", "-o", "all.md"]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: home.exports).sorted()
        #expect(files.count == 2)
        #expect(files.first == "all.md")
        #expect(FileManager.default.fileExists(atPath: home.store))
        #expect(!FileManager.default.fileExists(atPath: home.defaultStore))
    }
}
