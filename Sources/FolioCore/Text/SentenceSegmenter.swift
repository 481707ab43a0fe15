/// Splits text into sentences by scanning Unicode scalars once, so the reader can step from
/// sentence to sentence in a long article without a language model or Foundation's slower
/// linguistic tagger. Ranges count scalars, like every offset in Folio.
///
/// A full stop ends a sentence only when whitespace and a likely sentence start follow it, and
/// not after a known abbreviation ("Mr.", "e.g.", "U.S.", "Jan."), an initial ("J. K.") or inside
/// a number ("3.5"). Closing quotation marks and brackets after the stop belong to the sentence
/// (`.”`); an ellipsis ends one only when a capitalised word follows.
public struct SentenceSegmenter: Sendable {
    /// Lowercased abbreviations, without their final full stop, after which a full stop does
    /// not end a sentence.
    public static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "st", "sr", "jr", "rev", "hon", "gen", "col", "lt", "maj", "capt",
        "sgt", "cmdr", "adm", "gov", "sen", "rep", "pres", "amb", "fr", "mt", "ft", "vs", "etc", "e.g", "i.e", "cf",
        "al", "approx", "no", "nos", "fig", "vol", "pp", "p", "ed", "eds", "inc", "ltd", "co", "corp", "dept", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "a.m", "p.m", "ph.d", "d.c",
    ]

    public init() {}

    /// The sentences of every block of `article`, in order, as ranges of `article.text`.
    public func sentences(of article: Article) -> [Range<Int>] {
        let scalars = Array(article.text.unicodeScalars)
        return article.blocks.flatMap { sentences(in: scalars, range: $0.range) }
    }

    /// The sentences of `text`, as scalar ranges of `text` shifted by `offset`.
    public func sentences(in text: String, offset: Int = 0) -> [Range<Int>] {
        let scalars = Array(text.unicodeScalars)
        return sentences(in: scalars, range: 0..<scalars.count).map { ($0.lowerBound + offset)..<($0.upperBound + offset) }
    }

    /// The sentences inside `range` of `scalars`; leading and trailing whitespace is left out.
    public func sentences(in scalars: [Unicode.Scalar], range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        func close(at end: Int) {
            var lower = start
            var upper = end
            while lower < upper, Self.isSpace(scalars[lower]) { lower += 1 }
            while upper > lower, Self.isSpace(scalars[upper - 1]) { upper -= 1 }
            if lower < upper { result.append(lower..<upper) }
            start = end
        }
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "\n" {
                close(at: index)
                index += 1
                start = index
                continue
            }
            guard Self.terminators.contains(scalar) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < range.upperBound, Self.terminators.contains(scalars[end]) { end += 1 }
            while end < range.upperBound, Self.closers.contains(scalars[end]) { end += 1 }
            if Self.endsSentence(scalars, stop: index, clusterEnd: end, limit: range.upperBound) {
                close(at: end)
            }
            index = end
        }
        close(at: range.upperBound)
        return result
    }

    // MARK: Rules

    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "…", "。", "！", "？", "؟", "।"]
    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "”", "’", "»", "›", ")", "]", "」", "』", "）"]
    private static let openers: Set<Unicode.Scalar> = ["\"", "'", "“", "‘", "«", "‹", "(", "[", "「", "『", "（", "—", "-"]
    /// Full-width stops end a sentence with or without a following space.
    private static let wideStops: Set<Unicode.Scalar> = ["。", "！", "？"]

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isWhitespace
    }

    /// Whether the stop cluster `stop..<clusterEnd` ends a sentence.
    private static func endsSentence(_ scalars: [Unicode.Scalar], stop: Int, clusterEnd: Int, limit: Int) -> Bool {
        if wideStops.contains(scalars[clusterEnd - 1]) || clusterEnd >= limit { return true }
        guard isSpace(scalars[clusterEnd]) else { return false }
        var next = clusterEnd
        while next < limit, isSpace(scalars[next]) { next += 1 }
        while next < limit, openers.contains(scalars[next]) { next += 1 }
        guard next < limit else { return true }
        let following = scalars[next]
        let startsSentence = following.properties.isUppercase || following.properties.numericType != nil
            || (following.properties.isAlphabetic && !following.properties.changesWhenCaseMapped)
        let isEllipsis = clusterEnd - stop > 1 && scalars[stop + 1] == "."
        if scalars[stop] != "." || isEllipsis { return startsSentence }
        guard startsSentence else { return false }
        let word = wordBefore(scalars, stop: stop)
        if word.count == 1, let letter = word.unicodeScalars.first, letter.properties.isUppercase { return false }
        return !abbreviations.contains(word.lowercased())
    }

    /// The word that ends at the full stop `stop`, inner full stops kept ("e.g", "U.S").
    private static func wordBefore(_ scalars: [Unicode.Scalar], stop: Int) -> String {
        var lower = stop
        while lower > 0, !isSpace(scalars[lower - 1]), !openers.contains(scalars[lower - 1]) { lower -= 1 }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[lower..<stop])
        return String(view)
    }
}
