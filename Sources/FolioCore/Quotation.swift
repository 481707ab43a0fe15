/// A quotation found in an article's text.
public struct Quotation: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Words someone said or wrote.
        case speech
        /// A short quoted term or name with no speaker ("Fighting America").
        case term
    }

    /// The quoted words without the enclosing marks.
    public var text: String
    public var speaker: String?
    public var kind: Kind
    /// Scalar offsets of `text` (without the marks) in `Article.text`.
    public var start: Int
    public var end: Int

    public init(text: String, speaker: String?, kind: Kind, start: Int, end: Int) {
        self.text = text
        self.speaker = speaker
        self.kind = kind
        self.start = start
        self.end = end
    }
}
