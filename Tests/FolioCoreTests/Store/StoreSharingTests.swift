import Foundation
import Testing
@testable import FolioCore

/// The store shared with other processes, and refused write access by the file system.
@Suite struct StoreSharingTests {
    static let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test(.enabled(if: sqlite3 != nil, "needs the sqlite3 command"))
    func anotherProcessWritingAtTheSameTimeLosesNothing() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let store = try AnnotationStore.open(path: path)
        let script = ".timeout 5000\n" + (0..<200).map {
            "INSERT INTO reading_position (relative_path, scalar_offset, updated) VALUES ('other\($0).txt', \($0), 0);"
        }.joined(separator: "\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.sqlite3))
        process.arguments = [path]
        let input = Pipe()
        process.standardInput = input
        let errorOutput = Pipe()
        process.standardError = errorOutput
        try process.run()
        input.fileHandleForWriting.write(Data(script.utf8))
        for index in 0..<200 {
            try store.insert(sampleAnnotation(start: index))
        }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(try store.allAnnotations().count == 200)
        let positions = try (0..<200).map { index in try store.readingPosition(path: "other" + String(index) + ".txt") }
        #expect(positions == Array(0..<200))
        let errors = String(decoding: errorOutput.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(errors.isEmpty)
    }

    @Test(.enabled(if: getuid() != 0, "root can write any file"))
    func aReadOnlyFileIsReportedAndCanBeOpenedReadOnly() throws {
        let path = temporaryStoreFolder() + "/annotations.sqlite"
        let annotation = sampleAnnotation()
        try AnnotationStore.open(path: path).insert(annotation)
        #expect(chmod(path, 0o400) == 0)
        #expect {
            _ = try AnnotationStore.open(path: path)
        } throws: { error in
            guard case .readOnly(let errorPath, _) = error as? StoreError else { return false }
            return errorPath == path
        }
        #expect(try AnnotationStore.openReadOnly(path: path).allAnnotations() == [annotation])
    }
}
