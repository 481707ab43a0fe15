import FolioCore
import Foundation
import Testing
@testable import FolioUI

@Suite struct HighlightCoverageTests {
    private func highlight(_ start: Int, _ end: Int) -> Annotation {
        Annotation(
            articlePath: "a.txt", articleFingerprint: "f",
            anchor: TextAnchor(quote: TextQuoteSelector(exact: "x", prefix: "", suffix: ""),
                               position: TextPositionSelector(start: start, end: end)),
            created: Date(timeIntervalSince1970: 0)
        )
    }

    @Test func agreesWithAPairwiseCheck() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let highlights = (0..<Int.random(in: 0...8, using: &generator)).map { _ in
                let start = Int.random(in: 0..<100, using: &generator)
                return highlight(start, start + Int.random(in: 1...30, using: &generator))
            }
            let coverage = HighlightCoverage(highlights)
            for _ in 0..<20 {
                let start = Int.random(in: 0..<120, using: &generator)
                let range = start..<(start + Int.random(in: 1...20, using: &generator))
                let pairwise = highlights.contains {
                    $0.anchor.position.start < range.upperBound && range.lowerBound < $0.anchor.position.end
                }
                #expect(coverage.overlaps(range) == pairwise, "\(range) against \(highlights.map(\.anchor.position))")
            }
        }
    }

    @Test func aLongHighlightCoversWhatShorterLaterOnesDoNot() {
        let coverage = HighlightCoverage([highlight(0, 100), highlight(10, 12)])
        #expect(coverage.overlaps(50..<60))
        #expect(!coverage.overlaps(100..<110))
        #expect(!HighlightCoverage([]).overlaps(0..<10))
    }
}
