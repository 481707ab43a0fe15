import Foundation
import Testing
@testable import FolioCore

@Suite struct ExportSinceDateTests {
    @Test func aDayMeansItsFirstMomentInTheGivenTimeZone() throws {
        let tehran = try #require(TimeZone(identifier: "Asia/Tehran"))
        let date = try #require(ExportSinceDate.parse("2026-11-20", timeZone: tehran))
        #expect(ExportTimestamp.iso8601(date) == "2026-11-19T20:30:00.000Z")
    }

    @Test func aFullDateTimeMeansExactlyThatMoment() throws {
        let date = try #require(ExportSinceDate.parse("2026-11-20T09:30:00+01:00"))
        #expect(ExportTimestamp.iso8601(date) == "2026-11-20T08:30:00.000Z")
    }

    @Test(arguments: ["2026-02-30", "2026-13-01", "20-11-2026", "2026-11-20T09:30", "yesterday", ""])
    func refusesWhatIsNotADate(_ text: String) {
        #expect(ExportSinceDate.parse(text) == nil)
    }
}
