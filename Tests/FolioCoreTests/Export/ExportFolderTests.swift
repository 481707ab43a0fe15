import Foundation
import Testing
@testable import FolioCore

/// Export files named for their scope and time, never replacing one another.
@Suite struct ExportFolderTests {
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("folio-export-folder-\(UUID().uuidString)/nested")
    let date = Date(timeIntervalSince1970: 1_750_000_000)

    @Test func namesFilesForScopeAndTimeAndNeverOverwrites() throws {
        let exports = ExportFolder(path: folder, timeZone: TimeZone(identifier: "UTC")!)
        let first = try exports.write("one", scope: "library", fileExtension: "md", date: date)
        #expect(first == folder + "/folio-library-20250615-150640.md")
        let second = try exports.write("two", scope: "library", fileExtension: "md", date: date)
        #expect(second == folder + "/folio-library-20250615-150640-2.md")
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "one")
        #expect(try String(contentsOfFile: second, encoding: .utf8) == "two")
    }

    @Test func scopesBecomeSafeNames() {
        #expect(ExportFolder.slug("Al-Monitor: Khamenei’s “stance”") == "al-monitor-khamenei-s-stance")
        #expect(ExportFolder.slug("对话") == "export")
        #expect(ExportFolder.slug(String(repeating: "ab-", count: 40)).count <= 60)
        #expect(!ExportFolder.slug(String(repeating: "ab-", count: 40)).hasSuffix("-"))
    }

    @Test func anUnwritableFolderIsReported() {
        let exports = ExportFolder(path: "/proc/folio-cannot-be-here")
        #expect(throws: FileWriteError.self) { try exports.write("x", scope: "a", fileExtension: "md", date: date) }
    }

    @Test func theDefaultFolderFollowsXDG() {
        #expect(ExportPath.default(environment: ["XDG_DATA_HOME": "/data"]) == "/data/folio/exports")
        #expect(ExportPath.default(environment: ["HOME": "/home/ana"]) == "/home/ana/.local/share/folio/exports")
    }
}
