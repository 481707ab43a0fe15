import FolioCore
import Foundation
import Testing

/// `folio export` and `folio import` run as a reader would: a temporary store, a copy of the
/// Al-Monitor sample highlighted with `folio annotate`, and the exports checked by the
/// independent validators in Tests/Tools.
@Suite struct ExportCommandTests {
    let folder: String
    let store: String
    let library: String

    static let firstQuote = "he was also not opposed to them"
    static let secondQuote = "movement of the hungry"

    init() throws {
        folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("folio-export-e2e-\(UUID().uuidString)")
        library = folder + "/Articles"
        store = folder + "/annotations.sqlite"
        try FileManager.default.createDirectory(atPath: library, withIntermediateDirectories: true)
        let sample = FolioBinary.packageRoot.appendingPathComponent("Articles/al-monitor-khamenei-shifts-stance.txt")
        let article = library + "/al-monitor-khamenei-shifts-stance.txt"
        try FileManager.default.copyItem(atPath: sample.path, toPath: article)
        try expectSuccess(["annotate", article, "--quote", Self.firstQuote, "--note", "The shift, in his own words.",
                           "--tag", "iran", "--tag", "talks", "--store", store])
        try expectSuccess(["annotate", article, "--quote", Self.secondQuote, "--tag", "economy", "--color", "pink", "--store", store])
    }

    @discardableResult
    private func folio(_ arguments: [String]) throws -> FolioBinary.Result {
        try FolioBinary.run(arguments, environment: ["TZ": "UTC"])
    }

    @discardableResult
    private func expectSuccess(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> FolioBinary.Result {
        let result = try folio(arguments)
        #expect(result.status == 0, "folio \(arguments.joined(separator: " ")): \(result.stderr)", sourceLocation: sourceLocation)
        return result
    }

    private func export(_ format: String, store: String? = nil, _ extra: [String] = []) throws -> FolioBinary.Result {
        try folio(["export", library, "--format", format, "--store", store ?? self.store] + extra)
    }

    private func contents(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let path = folder + "/" + name
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs `python3 Tests/Tools/<script>`; its report is the failure message.
    private func expectToolPasses(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", FolioBinary.packageRoot.appendingPathComponent("Tests/Tools/\(script)").path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(script) exited \(process.terminationStatus):\n\(output)", sourceLocation: sourceLocation)
    }

    @Test func exportsAllSixFormatsThatTheValidatorsAccept() throws {
        var outputs: [String: String] = [:]
        for format in ExportFormat.allCases {
            let result = try export(format.rawValue)
            #expect(result.status == 0, "\(format): \(result.stderr)")
            #expect(result.stdout.contains(Self.secondQuote), "\(format) lacks the highlight")
            outputs[format.rawValue] = result.stdout
        }
        let w3c = try write(outputs["w3c"] ?? "", "export.jsonld")
        try expectToolPasses("validate_w3c.py", ["--require", "4.2.4-textQuoteSelector.json,4.2.5-textPositionSelector.json", w3c])
        try expectToolPasses("check_md.py", [try write(outputs["markdown"] ?? "", "export.md"), "--expect-from-w3c", w3c, "--expect-blockquotes", "2"])
        try expectToolPasses("check_csv.py", [try write(outputs["csv"] ?? "", "export.csv"), "--expect-rows", "2"])
        let json = try AnnotationImporter.importDocument(from: Data((outputs["json"] ?? "").utf8))
        #expect(json.annotationCount == 2)
        #expect(json.articles.first?.annotations.first { $0.anchor.quote.exact == Self.firstQuote }?.tags == ["iran", "talks"])
        #expect(outputs["markdown"]?.contains("The shift, in his own words.") == true)
    }

    @Test func aJSONExportImportedIntoAnEmptyStoreExportsTheSameBytes() throws {
        let first = folder + "/first.json"
        try expectSuccess(["export", library, "--format", "json", "--store", store, "-o", first])
        let emptyStore = folder + "/restored.sqlite"
        let imported = try expectSuccess(["import", first, "--store", emptyStore, library])
        #expect(imported.stdout == "imported 2, updated 0, unchanged 0\n")
        let again = try export("json", store: emptyStore)
        #expect(again.stdout == (try contents(first)))

        let twice = try expectSuccess(["import", first, "--format", "json", "--store", emptyStore, library])
        #expect(twice.stdout == "imported 0, updated 0, unchanged 2\n")
        #expect(try export("json", store: emptyStore).stdout == (try contents(first)))
    }

    @Test func aW3CExportImportsToo() throws {
        let w3c = try write(try export("w3c").stdout, "export.jsonld")
        let otherStore = folder + "/other.sqlite"
        #expect(try expectSuccess(["import", w3c, "--store", otherStore, library]).stdout == "imported 2, updated 0, unchanged 0\n")
        let wrongFormat = try folio(["import", w3c, "--format", "json", "--store", otherStore, library])
        #expect(wrongFormat.status == 1)
        #expect(wrongFormat.stderr.contains("this is a w3c export, not json"))
    }

    @Test(arguments: [
        ("\"color\" : \"pink\"", "\"color\" : \"mauve\"", "unknown color"),
        ("\"articles\" : [", "\"articles\" : [,", "line 2, column"),
    ])
    func anInvalidFileIsRefusedWithItsPositionAndTheStoreUnchanged(original: String, broken: String, expected: String) throws {
        let json = try export("json").stdout
        #expect(json.contains(original))
        // A valid annotation first, then the broken one: nothing at all may be stored.
        let otherStore = folder + "/other.sqlite"
        let seeded = try write(json, "seed.json")
        try expectSuccess(["import", seeded, "--store", otherStore, library])
        let before = try export("json", store: otherStore).stdout
        // The first annotation gets a new id, so a half-done import would have added it.
        var edited = json
        let firstID = try #require(edited.range(of: "\"id\" : \""))
        let idRange = firstID.upperBound..<edited.index(firstID.upperBound, offsetBy: 36)
        edited.replaceSubrange(idRange, with: UUID().uuidString.lowercased())
        if let range = edited.range(of: original, options: .backwards) {
            edited.replaceSubrange(range, with: broken)
        }
        let result = try folio(["import", try write(edited, "broken.json"), "--store", otherStore, library])
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.json: line "), "\(result.stderr)")
        #expect(result.stderr.contains(expected), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(try export("json", store: otherStore).stdout == before)
    }

    @Test func anExistingFileIsReplacedOnlyWithForce() throws {
        let path = try write("precious notes\n", "notes.md")
        let refused = try export("markdown", ["-o", path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("\(path): already exists; use --force"))
        #expect(try contents(path) == "precious notes\n")

        try expectSuccess(["export", library, "--format", "markdown", "--store", store, "-o", path, "--force"])
        #expect(try contents(path).contains(Self.firstQuote))
    }

    @Test func aSymbolicLinkIsNotWrittenThrough() throws {
        let target = try write("target\n", "target.md")
        let link = folder + "/link.md"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let refused = try export("markdown", ["-o", link])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("symbolic link"))
        #expect(try contents(target) == "target\n")
    }

    @Test func aFailedWriteLeavesTheExistingFileAndNoTemporaryFile() throws {
        let outputFolder = folder + "/out"
        try FileManager.default.createDirectory(atPath: outputFolder, withIntermediateDirectories: false)
        let path = outputFolder + "/export.json"
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        // A highlight in a long article makes the JSON export (which carries the text) pass the
        // 64 KiB file size limit below, so writing the temporary file fails with EFBIG; the limit
        // still lets SQLite map the store's 32 KiB shared-memory file.
        let paragraphs = (1...1500).map { "Paragraph \($0) says something long enough to weigh on the export file." }
        let long = library + "/long-report.txt"
        try Data((["Long report"] + paragraphs).joined(separator: "\n\n").utf8).write(to: URL(fileURLWithPath: long))
        try expectSuccess(["annotate", long, "--quote", "Paragraph 1000 says", "--store", store])
        let command = "trap '' XFSZ; ulimit -f 128; exec \"$0\" \"$@\""
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command, FolioBinary.url.path, "export", library, "--format", "json",
                             "--store", store, "-o", path, "--force"]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("\(path): cannot write: "), "\(message)")
        #expect(try contents(path) == "old\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: outputFolder) == ["export.json"])
    }

    @Test func nothingMatchingExitsOneAndWritesNothing() throws {
        let path = folder + "/none.md"
        let result = try export("markdown", ["--tag", "no-such-tag", "-o", path])
        #expect(result.status == 1)
        #expect(result.stderr == "folio: no annotations match; nothing exported\n")
        #expect(!FileManager.default.fileExists(atPath: path))
        let recent = try export("csv", ["--since", "2000-01-01", "--tag", "ECONOMY"])
        #expect(recent.status == 0)
        #expect(recent.stdout.contains(Self.secondQuote) && !recent.stdout.contains(Self.firstQuote))
        #expect(try export("csv", ["--since", "2999-01-01T00:00:00Z"]).status == 1)
    }

    @Test func anUnreadableStoreIsNamedWithTheReason() throws {
        let missing = folder + "/missing.sqlite"
        let absent = try export("json", store: missing)
        #expect(absent.status == 1)
        #expect(absent.stderr.contains(missing))
        #expect(!FileManager.default.fileExists(atPath: missing), "export never creates a store")
        let garbage = try write("not a database at all, just some text that is long enough to have a header", "garbage.sqlite")
        let damaged = try export("json", store: garbage)
        #expect(damaged.status == 1)
        #expect(damaged.stderr.contains("\(garbage): the annotation store is damaged"))
    }

    @Test func articleFilterTakesThePathAsTypedOrWithinTheLibrary() throws {
        let typed = try export("csv", ["--article", library + "/al-monitor-khamenei-shifts-stance.txt"])
        #expect(typed.status == 0)
        let relative = try export("csv", ["--article", "al-monitor-khamenei-shifts-stance.txt"])
        #expect(relative.stdout == typed.stdout)
        #expect(try export("csv", ["--article", "other.txt"]).status == 1)
    }
}
