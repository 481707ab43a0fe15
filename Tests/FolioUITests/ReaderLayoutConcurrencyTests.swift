import Foundation
import FolioCore
import Synchronization
import Testing
@testable import FolioUI

/// `ReaderLayoutCache` and `ReaderLayout` are `@unchecked Sendable`: copies of `AppState` share
/// them, so they promise to lock their own memo tables. These tests use one of each from several
/// threads at once — the only way `make tsan` can hold them to that promise — and check that
/// every thread got what a single thread gets.
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
                let unitsAlone = ArticleUnits(article: articles[index])
                if units.quotations != unitsAlone.quotations || units.sentences != unitsAlone.sentences {
                    mismatches.withLock { $0.append("thread \(thread), units of article \(index)") }
                }
            }
        }
        #expect(mismatches.withLock { $0 } == [])
    }
}
