import Foundation
import Testing
@testable import FolioCore

@Suite struct ExportTimestampTests {
    @Test func iso8601RoundTripsWholeMilliseconds() throws {
        for seconds in [0, 1_739_181_400.123, 1_739_185_000.25, -0.001, -86_400.5, 4_102_444_800.999, 951_782_400] {
            let date = Date(timeIntervalSince1970: seconds)
            let text = ExportTimestamp.iso8601(date)
            let parsed = try #require(ExportTimestamp.parseISO8601(text), "\(text)")
            #expect(ExportTimestamp.iso8601(parsed) == text)
        }
        #expect(ExportTimestamp.iso8601(Date(timeIntervalSince1970: 1_739_181_400.123)) == "2025-02-10T09:56:40.123Z")
        #expect(ExportTimestamp.iso8601(Date(timeIntervalSince1970: -0.001)) == "1969-12-31T23:59:59.999Z")
        #expect(ExportTimestamp.iso8601(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00.000Z")
    }

    @Test func parsingHonoursOffsetsAndRefusesNonsense() {
        #expect(ExportTimestamp.parseISO8601("2025-02-10T13:26:40+03:30") == Date(timeIntervalSince1970: 1_739_181_400))
        #expect(ExportTimestamp.parseISO8601("2025-02-10T09:56:40Z") == Date(timeIntervalSince1970: 1_739_181_400))
        for bad in ["2025-02-10", "2025-02-30T00:00:00Z", "2025-13-01T00:00:00Z", "2025-02-10T24:00:00Z", "2025-02-10T09:56:40"] {
            #expect(ExportTimestamp.parseISO8601(bad) == nil, "\(bad)")
        }
    }

    @Test func kindleAndSpreadsheetLayouts() throws {
        let date = Date(timeIntervalSince1970: 1_363_860_900)
        #expect(ExportTimestamp.kindle(date, timeZone: try #require(TimeZone(identifier: "UTC"))) == "Thursday, March 21, 2013 10:15:00 AM")
        #expect(ExportTimestamp.kindle(date, timeZone: try #require(TimeZone(identifier: "Asia/Tehran"))) == "Thursday, March 21, 2013 1:45:00 PM")
        #expect(ExportTimestamp.kindle(Date(timeIntervalSince1970: 1_363_824_000), timeZone: try #require(TimeZone(identifier: "UTC"))) == "Thursday, March 21, 2013 12:00:00 AM")
        #expect(ExportTimestamp.spreadsheet(date) == "2013-03-21 10:15:00")
    }
}
