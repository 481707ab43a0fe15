/// A visual-mode selection: the unit where it started stays selected, and the head, a scalar
/// offset, moves by words or sentences to either side of it.
public struct ReaderSelection: Sendable, Hashable {
    public var anchor: Range<Int>
    public var head: Int

    public init(anchor: Range<Int>) {
        self.anchor = anchor
        self.head = anchor.upperBound
    }

    /// The selected scalars of `Article.text`.
    public var range: Range<Int> {
        min(anchor.lowerBound, head)..<max(anchor.upperBound, head)
    }

    /// Moves the head one unit on: growing the selection past the anchor's end, or shrinking it
    /// when the head is before the anchor. `nextStart`/`nextEnd` give the first unit start/end
    /// after an offset.
    mutating func stepForward(nextStart: (Int) -> Int?, nextEnd: (Int) -> Int?) {
        if head < anchor.lowerBound {
            head = min(anchor.lowerBound, nextStart(head) ?? anchor.lowerBound)
        } else if let end = nextEnd(max(head, anchor.upperBound)) {
            head = end
        }
    }

    /// Moves the head one unit back, shrinking a selection that grew forward, then growing it
    /// before the anchor.
    mutating func stepBackward(previousStart: (Int) -> Int?, previousEnd: (Int) -> Int?) {
        if head > anchor.upperBound {
            head = max(anchor.upperBound, previousEnd(head) ?? anchor.upperBound)
        } else if let start = previousStart(min(head, anchor.lowerBound)) {
            head = start
        }
    }
}
