import Foundation
import FolioCore
import Synchronization
import Testing
@testable import FolioUI

/// `ReaderLayoutCache`, `ReaderLayout` and `ArticleUnits` are `@unchecked Sendable`: copies of
/// `AppState` share them, so they promise to lock the tables they fill in lazily. These tests use
/// one of each from several threads at once — the only way `make tsan` can hold them to that
/// promise — and check that every thread got what a single thread gets.
@Suite struct ReaderLayoutConcurrencyTests {
    static let threads = 4

    @Test func oneLayoutWrappedFromManyThreadsAtOnceMatchesOneThread() {
        let article = Fixtures.long()
        let alone = ReaderLayout(document: ReaderDocument(cleaned: article), width: 50)
        let expectedLines = (0..<alone.segmentCount).map { alone.lines(ofSegment: $0) }
        let expectedNumber = alone.lineNumber(of: alone.lastPosition)

        let shared = ReaderLayout(document: ReaderDocument(cleaned: article), width: 50)
        let mismatches = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
            // Half the threads walk forward and half backward, so they meet on the same segments.
            let segments = Array(0..<shared.segmentCount)
            for index in thread.isMultiple(of: 2) ? segments : segments.reversed()
            where shared.lines(ofSegment: index) != expectedLines[index] {
                mismatches.withLock { $0.append("thread \(thread), segment \(index)") }
            }
            let number = shared.lineNumber(of: shared.lastPosition)
            if number != expectedNumber {
                mismatches.withLock { $0.append("thread \(thread): line number \(number), alone \(expectedNumber)") }
            }
        }
        #expect(mismatches.withLock { $0 } == [])
        #expect(shared.wrappedSegmentCount == shared.segmentCount)
    }

    @Test func oneCacheFilledAndEvictedFromManyThreadsAtOnce() {
        let articles = Fixtures.all
        let cache = ReaderLayoutCache()
        let mismatches = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
            for round in 0..<24 {
                let index = (thread + round) % articles.count
                let raw = round.isMultiple(of: 3)
                // Twelve widths against a capacity of eight layouts: threads evict each other's.
                let width = 30 + (round % 12) * 4
                let layout = cache.layout(for: articles[index], index: index, raw: raw, width: width)
                let alone = ReaderLayout(document: raw ? ReaderDocument(raw: articles[index]) : ReaderDocument(cleaned: articles[index]),
                                         width: width)
                if layout.width != width || layout.segmentCount != alone.segmentCount
                    || layout.lines(ofSegment: 0) != alone.lines(ofSegment: 0) {
                    mismatches.withLock { $0.append("thread \(thread), article \(index), raw \(raw), width \(width)") }
                }
                let units = cache.units(for: articles[index], index: index)
                if Self.sentenceWalk(units) != Self.sentenceWalk(ArticleUnits(article: articles[index])) {
                    mismatches.withLock { $0.append("thread \(thread), sentences of article \(index)") }
                }
            }
        }
        #expect(mismatches.withLock { $0 } == [])
    }

    @Test func oneArticlesUnitsFilledInFromManyThreadsAtOnceMatchOneThread() {
        let article = Fixtures.long()
        let expectedSentences = Self.sentenceWalk(ArticleUnits(article: article))
        let expectedWords = Self.wordWalk(ArticleUnits(article: article))
        let shared = ArticleUnits(article: article)
        let mismatches = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: Self.threads) { thread in
            // Sentences and words fill the same per-block tables; threads start on different ones.
            let sentences: [Int]
            let words: [Int]
            if thread.isMultiple(of: 2) {
                sentences = Self.sentenceWalk(shared)
                words = Self.wordWalk(shared)
            } else {
                words = Self.wordWalk(shared)
                sentences = Self.sentenceWalk(shared)
            }
            if sentences != expectedSentences || words != expectedWords {
                mismatches.withLock { $0.append("thread \(thread)") }
            }
        }
        #expect(mismatches.withLock { $0 } == [])
        #expect(shared.filledBlockCount == article.blocks.count)
    }

    /// Where each sentence starts, stepping `)` through the whole article.
    private static func sentenceWalk(_ units: ArticleUnits) -> [Int] {
        var starts: [Int] = []
        var sentence = units.first(.sentence)
        while let found = sentence {
            starts.append(found.range.lowerBound)
            sentence = units.next(.sentence, after: found.range.lowerBound)
        }
        return starts
    }

    /// Where each word ends, stepping `w` through the whole article.
    private static func wordWalk(_ units: ArticleUnits) -> [Int] {
        var ends: [Int] = []
        var offset = 0
        while let end = units.nextWordEnd(after: offset), end > offset {
            ends.append(end)
            offset = end
        }
        return ends
    }
}
