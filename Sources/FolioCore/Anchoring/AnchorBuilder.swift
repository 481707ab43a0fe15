/// Makes W3C anchors from ranges of `Article.text` and reads ranges back, counting Unicode scalars
/// as every offset in Folio does. Build one per article text and reuse it: it holds the scalars.
public struct AnchorBuilder: Sendable {
    /// How much context either side a quote selector keeps: enough to tell repeated quotes apart.
    public static let contextLength = 32

    public let scalars: [Unicode.Scalar]

    public init(text: String) {
        self.scalars = Array(text.unicodeScalars)
    }

    public init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// The anchor for a range, clamped to the text.
    public func anchor(for range: Range<Int>) -> TextAnchor {
        let range = clamped(range)
        let prefixStart = max(0, range.lowerBound - Self.contextLength)
        let suffixEnd = min(scalars.count, range.upperBound + Self.contextLength)
        return TextAnchor(
            quote: TextQuoteSelector(
                exact: text(in: range),
                prefix: text(in: prefixStart..<range.lowerBound),
                suffix: text(in: range.upperBound..<suffixEnd)
            ),
            position: TextPositionSelector(start: range.lowerBound, end: range.upperBound)
        )
    }

    /// The text of a range, clamped to the text.
    public func text(in range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[clamped(range)])
        return String(view)
    }

    /// Every range where `quote` occurs exactly, in order, overlapping occurrences included.
    public func ranges(of quote: String) -> [Range<Int>] {
        ScalarSearch.occurrences(of: Array(quote.unicodeScalars), in: scalars[...]).map { $0..<($0 + quote.unicodeScalars.count) }
    }

    public func clamped(_ range: Range<Int>) -> Range<Int> {
        let lower = min(max(0, range.lowerBound), scalars.count)
        let upper = min(max(lower, range.upperBound), scalars.count)
        return lower..<upper
    }
}
