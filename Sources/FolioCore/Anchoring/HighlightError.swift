/// Why a quote given on the command line could not be highlighted, naming the file and quote.
public enum HighlightError: Error, Sendable, Hashable, CustomStringConvertible {
    case emptyQuote(file: String)
    case notFound(file: String, quote: String)
    /// The quote occurs `count` times; `--occurrence N` picks one.
    case ambiguous(file: String, quote: String, count: Int)
    case occurrenceOutOfRange(file: String, quote: String, requested: Int, count: Int)

    public var description: String {
        switch self {
        case .emptyQuote(let file):
            return "\(file): the quote is empty"
        case .notFound(let file, let quote):
            return "\(file): the text \"\(quote)\" does not occur in the article (it must match exactly, "
                + "including quotation marks and apostrophes)"
        case .ambiguous(let file, let quote, let count):
            return "\(file): the text \"\(quote)\" occurs \(count) times; choose one with --occurrence 1…\(count)"
        case .occurrenceOutOfRange(let file, let quote, let requested, let count):
            return "\(file): --occurrence \(requested) is out of range: \"\(quote)\" occurs \(count) time"
                + (count == 1 ? "" : "s")
        }
    }
}
