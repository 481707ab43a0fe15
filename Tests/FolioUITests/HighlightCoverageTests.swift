import Testing
@testable import FolioUI

@Suite struct HighlightCoverageTests {
    @Test func agreesWithAPairwiseCheckInAnyOrder() {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let highlights = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                let start = Int.random(in: 0..<100, using: &generator)
                return start..<(start + Int.random(in: 1...30, using: &generator))
            }
            var ranges = (0..<20).map { _ in
                let start = Int.random(in: 0..<120, using: &generator)
                return start..<(start + Int.random(in: 1...20, using: &generator))
            }
            if round.isMultiple(of: 2) { ranges.sort { $0.lowerBound < $1.lowerBound } }
            let pairwise = ranges.indices.filter { index in
                !highlights.contains { $0.lowerBound < ranges[index].upperBound && ranges[index].lowerBound < $0.upperBound }
            }
            #expect(HighlightCoverage(highlights).uncovered(ranges) == pairwise,
                    "\(ranges) against \(highlights)")
        }
    }

    @Test func aLongHighlightCoversWhatShorterLaterOnesDoNot() {
        let coverage = HighlightCoverage([0..<100, 10..<12])
        #expect(coverage.uncovered([50..<60, 100..<110, 11..<12, 99..<100]) == [1])
        #expect(HighlightCoverage([]).uncovered([0..<10, 5..<6]) == [0, 1])
    }
}
