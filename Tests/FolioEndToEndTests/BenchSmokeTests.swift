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
        process.arguments = ["--smoke", "--folio", FolioBinary.url.path]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "stderr: \(errorText)\nstdout: \(text)")
        let rows = [
            "index: load + quotations", "loading pipeline alone", "quote detector alone", "first screen,",
            "reopen unchanged library", "open 0.1 MB article", "less FILE", "folio FILE", "keystroke",
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
