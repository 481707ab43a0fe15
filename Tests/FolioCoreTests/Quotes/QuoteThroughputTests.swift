import Foundation
import Testing
@testable import FolioCore

/// Detection must stay linear in the text: the scan reads each scalar once and attribution looks
/// back at most one sentence, whatever the marks in a paragraph look like.
@Suite struct QuoteThroughputTests {
    static func article(_ blocks: [Block]) -> Article {
        Article(
            file: "big.txt", relativePath: "big.txt", format: .plainText, metadata: ArticleMetadata(title: "T"),
            blocks: [Block(kind: .title, text: "T")] + blocks, raw: "", fingerprint: "0")
    }

    static func seconds(_ article: Article) -> (Double, Int) {
        var count = 0
        let elapsed = ContinuousClock().measure { count = QuoteDetector().detect(in: article.blocks).count }
        return (Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, count)
    }

    static func corpusParagraphs() throws -> [String] {
        try QuoteCorpusTests.articleNames().flatMap { name in
            try String(contentsOf: QuoteCorpusTests.corpus.appendingPathComponent(name + ".txt"), encoding: .utf8)
                .components(separatedBy: "\n\n")
        }
    }

    @Test func corpusThroughput() throws {
        let paragraphs = try Self.corpusParagraphs()
        var blocks: [Block] = []
        while blocks.count < 5_000 { blocks += paragraphs.map { Block(kind: .paragraph, text: $0) } }
        let article = Self.article(blocks)
        let (seconds, count) = Self.seconds(article)
        let megabytes = Double(article.text.utf8.count) / 1e6
        print(String(format: "QuoteThroughput %.1f MB in %.2f s: %.1f MB/s, %d quotations", megabytes, seconds, megabytes / seconds, count))
        #expect(count > 4_000)
    }

    /// Throughput by hand, in release: `FOLIO_MEASURE=1 swift test -c release -Xswiftc -enable-testing
    /// --filter releaseMeasurement`. The sample articles stand for ordinary news text, the corpus
    /// for quote-dense text; each is repeated to about 15 MB and the best of three runs is printed.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["FOLIO_MEASURE"] == "1"))
    func releaseMeasurement() throws {
        let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../Articles").standardizedFileURL
        let samples = try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
            .flatMap { name in
                try String(contentsOf: articles.appendingPathComponent(name), encoding: .utf8)
                    .components(separatedBy: "\n\n")
            }
        for (name, paragraphs) in [("samples", samples), ("corpus", try Self.corpusParagraphs())] {
            var blocks: [Block] = []
            var bytes = 0
            while bytes < 15_000_000 {
                for paragraph in paragraphs where !paragraph.isEmpty {
                    blocks.append(Block(kind: .paragraph, text: paragraph))
                    bytes += paragraph.utf8.count + 2
                }
            }
            let article = Self.article(blocks)
            let runs = (0..<3).map { _ in Self.seconds(article) }
            let best = runs.map(\.0).min()!
            print(String(format: "QuoteThroughput %@ %.1f MB: %.1f MB/s, %d quotations", name, Double(bytes) / 1e6, Double(bytes) / 1e6 / best, runs[0].1))
            #expect(runs[0].1 > 0)
        }
    }

    /// A long paragraph full of single marks that never close makes every opening mark a
    /// candidate that must be rejected; that must cost about as much as ordinary text.
    @Test func unmatchedSingleMarksStayLinear() throws {
        let ordinary = try Self.corpusParagraphs().joined(separator: " ")
        var normalText = ""
        while normalText.unicodeScalars.count < 200_000 { normalText += ordinary + " " }
        let hostile = String(repeating: "the ‘old days and ‘good times of rock ", count: 200_000 / 38)
        let (normal, _) = Self.seconds(Self.article([Block(kind: .paragraph, text: normalText)]))
        let (pathological, _) = Self.seconds(Self.article([Block(kind: .paragraph, text: hostile)]))
        print(String(format: "QuoteThroughput ordinary paragraph %.3f s, unmatched marks %.3f s", normal, pathological))
        #expect(pathological < normal * 5 + 0.05)
    }
}
