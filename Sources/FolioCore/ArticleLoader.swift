import Foundation

/// Reads files and folders into `Article`s; a file that cannot be read becomes an entry with an
/// error rather than a crash or a silent skip.
public struct ArticleLoader: Sendable {
    public var detector: QuoteDetector

    public init(detector: QuoteDetector = QuoteDetector()) {
        self.detector = detector
    }

    /// Loads every article under the given files and folders: folders recursively, sorted,
    /// skipping hidden files.
    public func load(paths: [String]) -> [Article] {
        []
    }
}
