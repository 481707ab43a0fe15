/// One screen line of wrapped text. Its `range` maps it back to the source, so highlights, the
/// cursor and the reading position can be kept in text offsets rather than screen rows.
public struct WrappedLine: Sendable, Hashable {
    /// Drawn before the text: a list marker, a block-quote gutter, or the hanging indent.
    public var prefix: StyledSpan?
    public var spans: [StyledSpan]
    /// Scalar offsets of the wrapped text this line covers, including the space or newline it
    /// broke at; consecutive lines' ranges touch, so every offset belongs to exactly one line.
    public var range: Range<Int>
    /// Cells taken by prefix and text together.
    public var width: Int
    /// The scalar offset each character of `spans` (in order) was wrapped from, so highlights,
    /// the cursor and selections can restyle exactly their characters; empty for lines that are
    /// not text (rules, sidebar decoration).
    public var offsets: [Int]

    public init(prefix: StyledSpan? = nil, spans: [StyledSpan], range: Range<Int>, width: Int, offsets: [Int] = []) {
        self.prefix = prefix
        self.spans = spans
        self.range = range
        self.width = width
        self.offsets = offsets
    }

    /// The line as plain text, prefix included.
    public var text: String {
        (prefix?.text ?? "") + spans.map(\.text).joined()
    }
}
