/// The reading position as a place in the text, not a screen row: the segment (block or header
/// line) and a scalar offset inside it. The first visible line is the one containing the anchor,
/// so a resize or a different reading width reflows around the same words.
public struct ReaderAnchor: Sendable, Hashable {
    public var segment: Int
    public var offset: Int

    public init(segment: Int, offset: Int) {
        self.segment = segment
        self.offset = offset
    }

    public static let top = ReaderAnchor(segment: 0, offset: 0)
}

/// A screen line of the reader: the segment and the line's index among its wrapped lines.
struct LinePosition: Sendable, Hashable, Comparable {
    var segment: Int
    var line: Int

    static func < (lhs: LinePosition, rhs: LinePosition) -> Bool {
        (lhs.segment, lhs.line) < (rhs.segment, rhs.line)
    }
}
