import Foundation

/// A document wrapped at one width, segment by segment and only when a segment is needed, so a
/// keystroke in a huge article wraps the few blocks on screen rather than the whole text.
///
/// Wrapped segments are memoized; the class guards its cache with a lock so the value-typed
/// `AppState` that holds it stays `Sendable`.
final class ReaderLayout: @unchecked Sendable {
    let document: ReaderDocument
    let width: Int
    /// Documents up to this many scalars are wrapped completely when a line count is asked
    /// for, so "line X of Y" is exact; larger ones estimate unwrapped segments.
    static let exactCountLimit = 200_000

    private let lock = NSLock()
    private var wrapped: [Int: [WrappedLine]] = [:]
    /// Exact counts for wrapped segments, estimates for the rest.
    private var counts: LineCountIndex

    init(document: ReaderDocument, width: Int) {
        self.document = document
        self.width = max(1, width)
        let cells = max(1, width)
        counts = LineCountIndex(counts: document.segments.map { segment in
            max(1, (segment.scalarCount + cells - 1) / cells) + segment.spacingAfter
        })
    }

    var segmentCount: Int { document.segments.count }

    /// How many segments have been wrapped so far; tests use it to prove wrapping stays lazy.
    var wrappedSegmentCount: Int {
        lock.withLock { wrapped.count }
    }

    func lines(ofSegment index: Int) -> [WrappedLine] {
        if let lines = lock.withLock({ wrapped[index] }) { return lines }
        let lines = document.segments[index].lines(width: width)
        lock.withLock {
            wrapped[index] = lines
            counts.set(index, to: lines.count)
        }
        return lines
    }

    func line(at position: LinePosition) -> WrappedLine {
        lines(ofSegment: position.segment)[position.line]
    }

    var firstPosition: LinePosition { LinePosition(segment: 0, line: 0) }

    var lastPosition: LinePosition {
        guard segmentCount > 0 else { return firstPosition }
        let last = segmentCount - 1
        return LinePosition(segment: last, line: max(0, lines(ofSegment: last).count - 1))
    }

    /// The line that contains `anchor`'s offset.
    func position(of anchor: ReaderAnchor) -> LinePosition {
        guard segmentCount > 0 else { return firstPosition }
        let segment = min(max(0, anchor.segment), segmentCount - 1)
        let lines = lines(ofSegment: segment)
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high) / 2
            if anchor.offset < lines[mid].range.upperBound || lines[mid].range.isEmpty && anchor.offset <= lines[mid].range.lowerBound {
                high = mid
            } else {
                low = mid + 1
            }
        }
        return LinePosition(segment: segment, line: low)
    }

    func anchor(at position: LinePosition) -> ReaderAnchor {
        ReaderAnchor(segment: position.segment, offset: line(at: position).range.lowerBound)
    }

    /// `position` moved by `delta` lines, stopping at the first and last line.
    func move(_ position: LinePosition, by delta: Int) -> LinePosition {
        guard segmentCount > 0 else { return firstPosition }
        var position = position
        var remaining = delta
        while remaining > 0 {
            let count = lines(ofSegment: position.segment).count
            let step = min(remaining, count - 1 - position.line)
            if step > 0 {
                position.line += step
                remaining -= step
            } else if position.segment + 1 < segmentCount {
                position = LinePosition(segment: position.segment + 1, line: 0)
                remaining -= 1
            } else {
                break
            }
        }
        while remaining < 0 {
            if position.line > 0 {
                let step = min(-remaining, position.line)
                position.line -= step
                remaining += step
            } else if position.segment > 0 {
                let previous = position.segment - 1
                position = LinePosition(segment: previous, line: lines(ofSegment: previous).count - 1)
                remaining += 1
            } else {
                break
            }
        }
        return position
    }

    /// The lowest top line that still fills a viewport of `height` lines: where "bottom" goes.
    func bottomTop(height: Int) -> LinePosition {
        move(lastPosition, by: -(max(1, height) - 1))
    }

    /// Line number (from 0) of `position` and the total line count; `isEstimate` is true when
    /// the document is too big to wrap whole and unwrapped segments were estimated.
    func lineNumber(of position: LinePosition) -> (line: Int, total: Int, isEstimate: Bool) {
        if !document.isOpening, document.totalScalars <= ReaderLayout.exactCountLimit, wrappedSegmentCount < segmentCount {
            for index in 0..<segmentCount { _ = lines(ofSegment: index) }
        }
        return lock.withLock {
            (counts.linesBefore(position.segment) + position.line, counts.total, wrapped.count < segmentCount)
        }
    }
}
