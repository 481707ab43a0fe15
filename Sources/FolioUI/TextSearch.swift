import FolioCore
import Foundation

/// A query with smartcase rules, like less and vim: case is ignored unless the query has a
/// capital, and accents are ignored unless the query has one, so "cafe" finds "Café" and
/// "محمد" finds the vowelled spelling, while "Iran" finds only "Iran". Folding is Unicode's, so
/// it works for Cyrillic, Greek and the rest as for Latin.
public struct TextSearch: Sendable, Hashable {
    public let query: String
    public let isCaseSensitive: Bool
    public let isAccentSensitive: Bool

    /// Nil for an empty query, which matches nothing useful.
    public init?(_ query: String) {
        guard !query.isEmpty else { return nil }
        self.query = query
        isCaseSensitive = query.contains(where: \.isUppercase)
        isAccentSensitive = query.folding(options: .diacriticInsensitive, locale: nil) != query
    }

    private var options: String.CompareOptions {
        var options: String.CompareOptions = []
        if !isCaseSensitive { options.insert(.caseInsensitive) }
        if !isAccentSensitive { options.insert(.diacriticInsensitive) }
        return options
    }

    public func matches(_ text: String) -> Bool {
        text.range(of: query, options: options) != nil
    }

    /// Every match in the article's text as scalar ranges of `Article.text`, in order. Blocks are
    /// searched one by one (a match never spans paragraphs), and offsets are counted from the
    /// previous match, so the whole pass is linear in the text.
    public func ranges(in article: Article) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let options = options
        for block in article.blocks {
            let text = block.text
            var searched = text.startIndex
            var offset = block.start
            var counted = text.startIndex
            while searched < text.endIndex, let range = text.range(of: query, options: options, range: searched..<text.endIndex) {
                offset += text.unicodeScalars.distance(from: counted, to: range.lowerBound)
                let length = text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
                if length > 0 { found.append(offset..<(offset + length)) }
                counted = range.lowerBound
                searched = length > 0 ? range.upperBound : text.index(after: range.lowerBound)
            }
        }
        return found
    }
}
