/// Finds quotations and their speakers in an article's blocks.
public struct QuoteDetector: Sendable {
    public init() {}

    /// Quotations in document order; offsets count scalars in the article's `text`.
    public func detect(in blocks: [Block]) -> [Quotation] {
        []
    }
}
