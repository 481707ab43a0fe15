import Foundation
import Testing
@testable import FolioCore

@Suite struct QuoteSampleTests {
    @Test func dump() throws {
        for name in ["al-monitor-khamenei-shifts-stance.txt", "radio-farda-khamenei-no-to-talks.txt"] {
            let text = try QuoteTestSupport.fixture("../../../Articles/" + name)
            print(QuoteTestSupport.describe(QuoteTestSupport.detect(text)))
        }
    }
}
