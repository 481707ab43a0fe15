import Foundation
import Testing
@testable import FolioCore

/// Detection must stay linear: the corpus repeated many times, plus a pathological paragraph full
/// of unmatched single marks, must run at a rate that only linear work can reach.
@Suite struct QuoteThroughputTests {
    @Test func detectionIsFastAndLinear() throws {
        var paragraphs: [String] = []
        for name in try QuoteCorpusTests.articleNames() {
            let text = try String(contentsOf: QuoteCorpusTests.corpus.appendingPathComponent(name + ".txt"), encoding: .utf8)
            paragraphs += text.components(separatedBy: "\n\n")
        }
        var blocks = [Block(kind: .title, text: "Throughput")]
        while blocks.count < 6_000 {
            blocks += paragraphs.map { Block(kind: .paragraph, text: $0) }
        }
        blocks.append(Block(kind: .paragraph, text: String(repeating: "the ‘old days and ‘good times of rock ", count: 5_000)))
        let article = Article(
            file: "big.txt", relativePath: "big.txt", format: .plainText, metadata: ArticleMetadata(title: "Throughput"),
            blocks: blocks, raw: "", fingerprint: "0")
        let bytes = article.text.utf8.count
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = QuoteDetector().detect(in: article.blocks).count }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = Double(bytes) / 1_000_000 / seconds
        print(String(format: "QuoteThroughput %.1f MB in %.2f s: %.1f MB/s, %d quotations", Double(bytes) / 1e6, seconds, rate, count))
        #expect(count > 1_000)
        // A debug build on a shared machine; quadratic work on the last paragraph alone would take minutes.
        #expect(rate > 0.5)
    }
}
