import Foundation
import Testing
@testable import FolioCore

@Suite struct ExportAtomicFileWriterTests {
    private func folder() throws -> String {
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("folio-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func contents(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    /// Whatever the outcome, nothing but the named entries may be left in the folder.
    private func expectOnly(_ names: Set<String>, in folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let found = Set(try FileManager.default.contentsOfDirectory(atPath: folder))
        #expect(found == names, "left in the folder: \(found.sorted())", sourceLocation: sourceLocation)
    }

    private func kind(of body: () throws(FileWriteError) -> Void) -> FileWriteError.Kind? {
        do {
            try body()
            return nil
        } catch {
            return error.kind
        }
    }

    @Test func writesANewFileWithTheUmasksModeAndNoTemporaryLeft() throws {
        let folder = try folder()
        let path = folder + "/export.md"
        try AtomicFileWriter().write(Data("# Notes\n".utf8), to: path)
        #expect(try contents(path) == "# Notes\n")
        let mask = umask(0o022)
        umask(mask)
        #expect(fileMode(path) == 0o666 & ~Int(mask))
        try expectOnly(["export.md"], in: folder)
    }

    @Test func refusesAnExistingFileAndLeavesItUntouched() throws {
        let folder = try folder()
        let path = folder + "/export.md"
        try Data("precious".utf8).write(to: URL(fileURLWithPath: path))
        #expect(kind { () throws(FileWriteError) in try AtomicFileWriter().write(Data("new".utf8), to: path) } == .exists)
        #expect(try contents(path) == "precious")
        try expectOnly(["export.md"], in: folder)
    }

    @Test func replacesAnExistingFileWhenAsked() throws {
        let folder = try folder()
        let path = folder + "/export.md"
        try Data("old and longer".utf8).write(to: URL(fileURLWithPath: path))
        try AtomicFileWriter(replacingExisting: true).write(Data("new".utf8), to: path)
        #expect(try contents(path) == "new")
        try expectOnly(["export.md"], in: folder)
    }

    @Test func neverWritesThroughASymbolicLink() throws {
        let folder = try folder()
        let target = folder + "/target.txt"
        let link = folder + "/export.md"
        try Data("target".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)

        let refused = kind { () throws(FileWriteError) in try AtomicFileWriter().write(Data("new".utf8), to: link) }
        #expect(refused == .symbolicLink(target: target))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try contents(target) == "target")

        try AtomicFileWriter(replacingExisting: true).write(Data("new".utf8), to: link)
        #expect(try contents(target) == "target")
        #expect(try contents(link) == "new")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: link)) == nil, "the link itself is replaced")
        try expectOnly(["export.md", "target.txt"], in: folder)
    }

    @Test func refusesAFolderEvenWhenReplacing() throws {
        let folder = try folder()
        let path = folder + "/out"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        #expect(kind { () throws(FileWriteError) in try AtomicFileWriter(replacingExisting: true).write(Data("x".utf8), to: path) } == .folder)
        try expectOnly(["out"], in: folder)
    }

    @Test func aMissingFolderIsRefusedWithTheSystemsReason() throws {
        let folder = try folder()
        let path = folder + "/no/such/export.md"
        let refused = kind { () throws(FileWriteError) in try AtomicFileWriter().write(Data("x".utf8), to: path) }
        #expect(refused == .system(reason: String(cString: strerror(ENOENT))))
        let message = FileWriteError(path: path, kind: refused ?? .exists).description
        #expect(message.hasPrefix(path + ": cannot write: "))
        try expectOnly([], in: folder)
    }
}
