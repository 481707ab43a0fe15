/// What the reader's cursor sits on: a detected quotation, a sentence, or a highlighted span,
/// as a scalar range of `Article.text`.
public struct TextUnit: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// Index into the article's `quotations`.
        case quotation(Int)
        case sentence
        /// Any other span, such as a highlight reached from the sidebar.
        case span
    }

    public var kind: Kind
    public var range: Range<Int>

    public init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
    }
}
