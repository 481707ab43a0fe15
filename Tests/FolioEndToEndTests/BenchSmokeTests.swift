import Foundation
import Testing

/// Runs `folio-bench --smoke`: every benchmark scenario once on tiny data, so the benchmark keeps
/// building and running as the code it measures changes. Timings are not checked here — a
/// benchmark is not a test — only that each scenario ran and printed its row.
@Suite struct BenchSmokeTests {
    static var benchURL: URL {
        FolioBinary.url.deletingLastPathComponent().appendingPathComponent("folio-bench")
    }

    @Test func everyScenarioRunsOnTinyData() throws {
        let process = Process()
        process.executableURL = Self.benchURL
        // The tmux comparison is left out: it is timing only, and tmux servers must not outlive a test.
        process.arguments = ["--smoke", "--no-tmux", "--folio", FolioBinary.url.path]
        let outputFile = FileManager.default.temporaryDirectory.appendingPathComponent("folio-bench-smoke-\(UUID().uuidString).txt")
        try Data().write(to: outputFile)
        defer { try? FileManager.default.removeItem(at: outputFile) }
        let output = try FileHandle(forWritingTo: outputFile)
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try output.close()
        let text = try String(contentsOf: outputFile, encoding: .utf8)
        #expect(process.terminationStatus == 0, "output: \(text)")
        let rows = [
            "index: load + quotations", "loading pipeline alone", "quote detector alone", "first screen,",
            "reopen unchanged library", "open 0.1 MB article", "folio FILE vs less FILE", "keystroke",
            "highlight commit", "export 300 highlights, markdown", "export 300 highlights, json",
            "peak memory, 30-article library", "peak memory, long article",
        ]
        for row in rows {
            let line = text.split(separator: "\n").first { $0.contains(row) }
            #expect(line.map { [" PASS", " MISS", " info"].contains(where: $0.contains) } == true,
                    "no result row for \(row) in:\n\(text)")
        }
    }
}
