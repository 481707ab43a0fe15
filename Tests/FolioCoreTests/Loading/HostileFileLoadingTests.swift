import Foundation
import Testing
@testable import FolioCore

/// Every hostile file (escape sequences, bidi tricks, broken UTF-8, huge or deep input, things that
/// are not regular files) loads without a crash, in bounded time, with nothing a terminal would
/// obey left in what the reader shows, and with a warning or error wherever the user should know.
@Suite struct HostileFileLoadingTests {
    let loader = ArticleLoader()

    /// What loading one hostile file must produce.
    struct Expectation: Decodable {
        /// Warning kinds that must be present.
        var warnings: [ArticleWarning.Kind] = []
        /// A part of the load error's reason, when the file must become an error entry.
        var error: String?
        /// Text that must be visible in `article.text` (usually the stand-in for what was removed).
        var visible: [String] = []
    }

    struct Manifest: Decodable {
        var files: [String: Expectation]
    }

    static let corpus = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Hostile")

    /// Generous: the 50 MB line takes about 25 s of CPU in a debug build, and on a machine busy
    /// with other builds that can stretch past a minute; a hang or a quadratic path takes far longer.
    static let timeBound: TimeInterval = 240

    @Test func committedCorpusMatchesItsManifest() throws {
        let data = try Data(contentsOf: Self.corpus.appendingPathComponent("expectations.json"))
        let manifest = try JSONDecoder().decode(Manifest.self, from: data)
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path)
            .filter { $0 != "expectations.json" }
        #expect(Set(onDisk) == Set(manifest.files.keys), "every hostile file has an expectation and vice versa")
        for (name, expectation) in manifest.files.sorted(by: { $0.key < $1.key }) {
            try check(path: Self.corpus.appendingPathComponent(name).path, name: name, expectation)
        }
    }

    @Test(.timeLimit(.minutes(10))) func hugeFiles() throws {
        try checkGenerated { folder in
            var cases: [(String, Expectation)] = []
            try folder.write("nul-filled.txt", [UInt8](repeating: 0, count: 1 << 20))
            cases.append(("nul-filled.txt", Expectation(warnings: [.binaryContent], error: "binary")))
            try folder.write("empty.txt", [UInt8]())
            cases.append(("empty.txt", Expectation(warnings: [.emptyFile])))
            var line = [UInt8]()
            line.reserveCapacity(50 << 20)
            let words = Array("lorem ipsum dolor sit amet ".utf8)
            while line.count + words.count <= 50 << 20 { line += words }
            try folder.write("single-line-50mb.txt", line)
            cases.append(("single-line-50mb.txt", Expectation(visible: ["lorem ipsum dolor"])))
            let quoted = String(repeating: "He said “no” and she said “yes”, ", count: 20_000)
            try folder.write("single-line-quotations.txt", quoted)
            cases.append(("single-line-quotations.txt", Expectation(visible: ["“yes”"])))
            try folder.write("combining-100k.txt", "Combining\n\ne" + String(repeating: "\u{301}", count: 100_000) + " end\n")
            cases.append(("combining-100k.txt", Expectation(visible: ["Combining"])))
            return cases
        }
    }

    @Test(.timeLimit(.minutes(5))) func deepMarkdown() throws {
        try checkGenerated { folder in
            var cases: [(String, Expectation)] = []
            try folder.write("deep-blockquote.md", String(repeating: ">", count: 100_000) + " deep\n")
            cases.append(("deep-blockquote.md", Expectation()))
            try folder.write("deep-list.md", String(repeating: "- ", count: 50_000) + "deep\n")
            cases.append(("deep-list.md", Expectation()))
            let stairs = (0..<1_000).map { String(repeating: " ", count: $0 * 2) + "- level \($0)" }.joined(separator: "\n")
            try folder.write("deep-indent.md", stairs + "\n")
            cases.append(("deep-indent.md", Expectation(visible: ["level 999"])))
            try folder.write("deep-brackets.md", String(repeating: "[", count: 50_000) + "x" + String(repeating: "](y)", count: 50_000) + "\n")
            cases.append(("deep-brackets.md", Expectation()))
            try folder.write("deep-images.md", String(repeating: "![", count: 50_000) + "x" + String(repeating: "](y)", count: 50_000) + "\n")
            cases.append(("deep-images.md", Expectation()))
            try folder.write("deep-emphasis.md", String(repeating: "*_", count: 50_000) + "x" + String(repeating: "_*", count: 50_000) + "\n")
            cases.append(("deep-emphasis.md", Expectation()))
            try folder.write("deep-html.md", String(repeating: "<div><span>", count: 20_000) + "x\n")
            cases.append(("deep-html.md", Expectation()))
            let manyFields = (0..<200_000).map { "key\($0): value \($0)" }.joined(separator: "\n")
            try folder.write("huge-front-matter.md", "---\n" + manyFields + "\n---\n\n# Title\n\nBody after huge front matter.\n")
            cases.append(("huge-front-matter.md", Expectation(warnings: [.frontMatter])))
            try folder.write("huge-front-matter-value.md", "---\ntitle: \"" + String(repeating: "x", count: 4 << 20) + "\"\n---\n\nBody.\n")
            cases.append(("huge-front-matter-value.md", Expectation(visible: ["Body."])))
            return cases
        }
    }

    @Test(.timeLimit(.minutes(2))) func namesAndThingsThatAreNotFiles() throws {
        try checkGenerated { folder in
            var cases: [(String, Expectation)] = []
            let hostileName = "\u{1B}]0;HOSTILE-NAME\u{07}\u{202E}txt.txt"
            try folder.write(hostileName, "Hostile name\n\nThe name is the attack.\n")
            cases.append((hostileName, Expectation(visible: ["The name is the attack."])))
            try FileManager.default.createDirectory(atPath: folder.path + "/directory.txt", withIntermediateDirectories: false)
            cases.append(("directory.txt", Expectation(error: "directory")))
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/dangling.txt", withDestinationPath: folder.path + "/missing.txt")
            cases.append(("dangling.txt", Expectation(error: "does not exist")))
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop-a.txt", withDestinationPath: folder.path + "/loop-b.txt")
            try FileManager.default.createSymbolicLink(atPath: folder.path + "/loop-b.txt", withDestinationPath: folder.path + "/loop-a.txt")
            cases.append(("loop-a.txt", Expectation(error: "loop")))
            let unreadable = try folder.write("unreadable.txt", "Unreadable\n\nSecret body.\n")
            #expect(chmod(unreadable, 0) == 0)
            // Root reads a mode-000 file anyway; then it simply loads.
            let readable = access(unreadable, R_OK) == 0
            cases.append(("unreadable.txt", readable ? Expectation(visible: ["Secret body."]) : Expectation(error: "permission denied")))
            #expect(mkfifo(folder.path + "/fifo.txt", 0o644) == 0)
            cases.append(("fifo.txt", Expectation(error: "named pipe")))
            return cases
        }
    }

    /// Writes files into a fresh folder, checks each, then loads the folder as a library.
    private func checkGenerated(_ make: (TemporaryFolder) throws -> [(String, Expectation)]) throws {
        let folder = try TemporaryFolder()
        defer {
            chmod(folder.path + "/unreadable.txt", 0o644)
            folder.remove()
        }
        for (name, expectation) in try make(folder) {
            try check(path: folder.path + "/" + name, name: name, expectation)
        }
        let started = Date()
        let library = loader.load(paths: [folder.path])
        #expect(Date().timeIntervalSince(started) < Self.timeBound * 2)
        for article in library {
            expectNoControls(in: article, name: "folder entry " + article.relativePath.debugDescription)
        }
    }

    // MARK: - Checks

    private func check(path: String, name: String, _ expectation: Expectation) throws {
        let started = Date()
        let article = loader.loadFile(at: path, root: nil)
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < Self.timeBound, "\(name) took \(elapsed) s")
        expectNoControls(in: article, name: name)
        let kinds = Set(article.warnings.map(\.kind))
        for kind in expectation.warnings {
            #expect(kinds.contains(kind), "\(name): expected a \(kind) warning, got \(article.warnings)")
        }
        if let error = expectation.error {
            #expect(article.loadError?.reason.contains(error) == true, "\(name): expected an error about \(error), got \(String(describing: article.loadError))")
        } else {
            #expect(article.loadError == nil, "\(name): unexpected error \(String(describing: article.loadError))")
        }
        for text in expectation.visible {
            #expect(article.text.contains(text), "\(name): \(text.debugDescription) not visible")
        }
    }

    private func expectNoControls(in article: Article, name: String) {
        var fields: [(String, String)] = [("text", article.text), ("raw", article.raw)]
        fields += article.blocks.enumerated().map { ("block \($0.offset)", $0.element.text) }
        let metadata = article.metadata
        fields += [("title", metadata.title)]
        fields += [("author", metadata.author), ("source", metadata.source), ("section", metadata.section),
                   ("date", metadata.date), ("url", metadata.url), ("summary", metadata.summary)]
            .compactMap { label, value in value.map { (label, $0) } }
        fields += metadata.tags.map { ("tag", $0) }
        fields += article.warnings.map { ("warning", $0.message) }
        if let error = article.loadError { fields.append(("error", error.reason)) }
        for (label, value) in fields {
            let bad = Self.terminalControls(in: value)
            #expect(bad.isEmpty, "\(name): \(label) holds control scalars \(bad.prefix(8).map { String($0.value, radix: 16) })")
        }
    }

    /// Scalars a terminal would act on rather than show: C0 except line feed, DEL, C1 (ESC is C0),
    /// and the bidi embeddings, overrides and isolates that reorder what is shown.
    static func terminalControls(in text: String) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            switch scalar.value {
            case 0x0A: false
            case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
            default: false
            }
        }
    }
}
