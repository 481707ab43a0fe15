import Foundation
import Testing

/// Paths, temporary files and the external validators (Tests/Tools) the export tests run.
enum ExportTestSupport {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let goldenDirectory = testsDirectory.appendingPathComponent("Fixtures/Export")
    static let toolsDirectory = testsDirectory.deletingLastPathComponent().appendingPathComponent("Tools")

    struct ToolResult {
        var status: Int32
        var output: String
    }

    /// Writes `contents` to a fresh temporary file named `name` and returns its path.
    static func temporaryFile(_ name: String, _ contents: String) throws -> String {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("folio-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let url = directory.appendingPathComponent(name)
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    /// Runs `python3 Tests/Tools/<script> arguments…`, capturing stdout and stderr together.
    static func runTool(_ script: String, _ arguments: [String]) throws -> ToolResult {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", toolsDirectory.appendingPathComponent(script).path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return ToolResult(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// Expects the validator to exit 0; its report is the failure message otherwise.
    static func expectToolPasses(_ script: String, _ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = try runTool(script, arguments)
        #expect(result.status == 0, "\(script) \(arguments.joined(separator: " ")) exited \(result.status):\n\(result.output)", sourceLocation: sourceLocation)
    }

    /// Compares with the golden file, or rewrites it when FOLIO_RECORD_GOLDEN=1.
    static func expectGolden(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = goldenDirectory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["FOLIO_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        guard let expected = try? Data(contentsOf: url) else {
            Issue.record("missing golden file \(url.path); run with FOLIO_RECORD_GOLDEN=1 to create it", sourceLocation: sourceLocation)
            return
        }
        let expectedText = String(decoding: expected, as: UTF8.self)
        #expect(actual == expectedText, "\(name) differs from its golden file (FOLIO_RECORD_GOLDEN=1 rewrites it)", sourceLocation: sourceLocation)
    }

    /// A strict RFC 4180 reader: the test's own, independent of the exporter's quoting code.
    static func parseCSV(_ text: String) throws -> [[String]] {
        struct Malformed: Error { var reason: String }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\"", field.isEmpty {
                while true {
                    guard let next = scalars.popFirst() else { throw Malformed(reason: "unterminated quote") }
                    if next == "\"" {
                        if scalars.first == "\"" { scalars.removeFirst(); field.unicodeScalars.append("\"") } else { break }
                    } else {
                        field.unicodeScalars.append(next)
                    }
                }
                guard let after = scalars.first, after == "," || after == "\r" else { throw Malformed(reason: "text after a closing quote") }
            } else if scalar == "," {
                record.append(field)
                field = ""
            } else if scalar == "\r" {
                guard scalars.popFirst() == "\n" else { throw Malformed(reason: "CR without LF") }
                record.append(field)
                records.append(record)
                record = []
                field = ""
            } else if scalar == "\"" || scalar == "\n" {
                throw Malformed(reason: "bare quote or line feed in an unquoted field")
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        guard record.isEmpty, field.isEmpty else { throw Malformed(reason: "last record not ended by CRLF") }
        return records
    }
}
