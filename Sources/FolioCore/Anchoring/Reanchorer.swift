/// Places an annotation in the current text of its article after the file changed, the way the
/// Hypothesis client does: trust the position if quote and context still sit there, else find
/// the exact quote elsewhere, else the closest approximate match, else give up and keep the old
/// anchor so the highlight is shown as orphaned instead of lost.
public struct Reanchorer: Sendable {
    public struct Result: Sendable, Hashable {
        /// The anchor in the current text; the old anchor, untouched, when orphaned.
        public var anchor: TextAnchor
        public var anchoring: Anchoring
    }

    /// Errors tolerated by an approximate match, as a fraction of the quote's length.
    public var maxErrorRatio: Double
    /// Scalars searched either side of the old position before the whole text.
    public var windowPadding: Int
    /// Most word operations spent on an approximate search of the whole text; past it (a long
    /// quote in a huge text) the annotation is orphaned rather than stalling the reader.
    public var searchBudget: Int

    public init(maxErrorRatio: Double = 0.25, windowPadding: Int = 4096, searchBudget: Int = 100_000_000) {
        self.maxErrorRatio = maxErrorRatio
        self.windowPadding = windowPadding
        self.searchBudget = searchBudget
    }

    /// Re-anchors an annotation in an article and attributes it to the article's current path and
    /// fingerprint when found, so it keeps following the file.
    public func reanchor(_ annotation: Annotation, in article: Article, using builder: AnchorBuilder? = nil) -> Annotation {
        let result = reanchor(annotation.anchor, in: builder ?? AnchorBuilder(text: article.text))
        var annotation = annotation
        annotation.anchor = result.anchor
        annotation.anchoring = result.anchoring
        if result.anchoring != .orphaned {
            annotation.articlePath = article.relativePath
            annotation.articleFingerprint = article.fingerprint
        }
        return annotation
    }

    public func reanchor(_ anchor: TextAnchor, in text: String) -> Result {
        reanchor(anchor, in: AnchorBuilder(text: text))
    }

    public func reanchor(_ anchor: TextAnchor, in builder: AnchorBuilder) -> Result {
        let text = builder.scalars
        let quote = Quote(anchor)
        guard !quote.exact.isEmpty else { return Result(anchor: anchor, anchoring: .orphaned) }
        let start = anchor.position.start
        if ScalarSearch.matches(quote.exact, in: text[...], at: start), quote.contextMatches(in: text, range: start..<(start + quote.exact.count)) {
            return Result(anchor: builder.anchor(for: start..<(start + quote.exact.count)), anchoring: .exact)
        }
        let exactStarts = ScalarSearch.occurrences(of: quote.exact, in: text[...], limit: 10_000)
        if let best = best(exactStarts.map { Candidate(range: $0..<($0 + quote.exact.count), errors: 0) }, quote, text) {
            return Result(anchor: builder.anchor(for: best.range), anchoring: .moved)
        }
        if let best = approximateMatch(quote, in: text) {
            return Result(anchor: builder.anchor(for: best.range), anchoring: .approximate(confidence: best.score))
        }
        return Result(anchor: anchor, anchoring: .orphaned)
    }

    /// Searches a window around the old position first, then the whole text within the budget.
    private func approximateMatch(_ quote: Quote, in text: [Unicode.Scalar]) -> (range: Range<Int>, score: Double)? {
        let maxErrors = Int(Double(quote.exact.count) * maxErrorRatio)
        guard maxErrors > 0 else { return nil }
        let matcher = ApproximateMatcher(pattern: quote.exact, maxErrors: maxErrors)
        let padding = windowPadding + quote.exact.count + maxErrors
        let center = min(max(0, quote.oldStart), text.count)
        let window = max(0, center - padding)..<min(text.count, center + quote.exact.count + padding)
        var slices = [window]
        if window != 0..<text.count, matcher.cost(ofSearching: text.count) <= searchBudget {
            slices.append(0..<text.count)
        }
        for slice in slices {
            let candidates = matcher.matches(in: text[slice]).map { Candidate(range: $0.range, errors: $0.errors) }
            if let best = best(candidates, quote, text) { return best }
        }
        return nil
    }

    private struct Candidate {
        var range: Range<Int>
        var errors: Int
    }

    /// The highest-scoring candidate by quote, context and position similarity, with its score.
    private func best(_ candidates: [Candidate], _ quote: Quote, _ text: [Unicode.Scalar]) -> (range: Range<Int>, score: Double)? {
        candidates.map { candidate in (candidate.range, quote.score(candidate.range, errors: candidate.errors, in: text)) }
            .max { $0.1 < $1.1 }
    }

    /// The anchor's quote and context as scalars, with the scoring of a candidate place.
    private struct Quote {
        let exact: [Unicode.Scalar]
        let prefix: [Unicode.Scalar]
        let suffix: [Unicode.Scalar]
        let oldStart: Int

        init(_ anchor: TextAnchor) {
            exact = Array(anchor.quote.exact.unicodeScalars)
            prefix = Array(anchor.quote.prefix.unicodeScalars)
            suffix = Array(anchor.quote.suffix.unicodeScalars)
            oldStart = anchor.position.start
        }

        func contextMatches(in text: [Unicode.Scalar], range: Range<Int>) -> Bool {
            precedingContext(range, text).elementsEqual(prefix) && followingContext(range, text).elementsEqual(suffix)
        }

        /// Hypothesis' weights: the quote itself matters most, then each side's context, and
        /// closeness to the old position only breaks ties between equally good places.
        func score(_ range: Range<Int>, errors: Int, in text: [Unicode.Scalar]) -> Double {
            let quoteSimilarity = 1 - Double(errors) / Double(max(1, exact.count))
            let prefixSimilarity = TextSimilarity.of(prefix[...], precedingContext(range, text))
            let suffixSimilarity = TextSimilarity.of(suffix[...], followingContext(range, text))
            let distance = Double(abs(range.lowerBound - oldStart)) / Double(max(1, text.count))
            let closeness = 1 - min(1, distance)
            return (50 * quoteSimilarity + 20 * prefixSimilarity + 20 * suffixSimilarity + 2 * closeness) / 92
        }

        private func precedingContext(_ range: Range<Int>, _ text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
            text[max(0, range.lowerBound - prefix.count)..<range.lowerBound]
        }

        private func followingContext(_ range: Range<Int>, _ text: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
            text[range.upperBound..<min(text.count, range.upperBound + suffix.count)]
        }
    }
}
