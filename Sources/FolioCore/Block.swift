/// A unit of the cleaned article: the title, the summary, a paragraph, a list item, a heading.
///
/// A block's `text` is exactly its slice of `Article.text`; list markers and heading levels live
/// in `kind` so offsets never count decoration.
public struct Block: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case title
        case summary
        case paragraph
        case heading(level: Int)
        /// `marker` is what the reader draws before the item: "1.", "•", "-".
        case listItem(marker: String, depth: Int)
        case blockQuote
        /// Preformatted text; its hard line breaks are kept when wrapping.
        case code
        case rule
    }

    public var kind: Kind
    public var text: String
    /// Inline styles, as scalar offsets relative to the block's own text.
    public var runs: [InlineRun]
    /// Scalar offset of the block's first character in `Article.text`; set by `Article`.
    public internal(set) var start: Int
    public let scalarCount: Int

    public var end: Int { start + scalarCount }
    public var range: Range<Int> { start..<end }

    public init(kind: Kind, text: String, runs: [InlineRun] = []) {
        self.kind = kind
        self.text = text
        self.runs = runs
        self.start = 0
        self.scalarCount = Block.scalarCount(of: text)
    }

    /// `text.unicodeScalars.count`, counted as the UTF-8 bytes that start a scalar, which is several
    /// times faster than decoding each scalar; every block of every article is counted.
    static func scalarCount(of text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }
    }
}

/// A styled span inside a block.
public struct InlineRun: Sendable, Hashable {
    public enum Style: Sendable, Hashable {
        case emphasis
        case strong
        case code
        case strikethrough
        /// Link text; the URL follows the text in the block, styled `.linkURL`.
        case link
        case linkURL
        /// A visible stand-in for a control character or escape sequence from the file.
        case placeholder
    }

    public var range: Range<Int>
    public var style: Style

    public init(range: Range<Int>, style: Style) {
        self.range = range
        self.style = style
    }
}
