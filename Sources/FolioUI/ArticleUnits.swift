import FolioCore
import Foundation

/// The units the reader's cursor moves over in one article: its quotations, in text order, and
/// its sentences and words. Quotations are sorted once; sentences are segmented and scalars
/// decoded block by block, only for the blocks the cursor reaches, so the first `]`, `)` or `h`
/// in a 10 MB article costs what a few paragraphs cost rather than a pass over the whole text.
///
/// Every query answers as if made on the whole article's units in text order: sentences never
/// cross a block, and the blocks are in text order, so the scan can start at the block holding
/// the offset asked about. Filled-in blocks are kept under a lock, which lets copies of
/// `AppState` share one instance as they share `ReaderLayoutCache`.
final class ArticleUnits: @unchecked Sendable {
    /// What `]`/`[` and `)`/`(` step over.
    enum Kind {
        case quotation
        case sentence
    }

    let quotations: [TextUnit]
    private let article: Article
    /// Scalars in `Article.text`: the blocks and the "\n\n" between them.
    let scalarCount: Int

    private let lock = NSLock()
    private var blockScalars: [Int: [Unicode.Scalar]] = [:]
    private var blockSentences: [Int: [TextUnit]] = [:]

    init(article: Article) {
        self.article = article
        scalarCount = article.blocks.last?.end ?? 0
        quotations = article.quotations.enumerated()
            .map { TextUnit(kind: .quotation($0.offset), range: $0.element.start..<$0.element.end) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: Stepping

    /// The first unit starting after `offset`.
    func next(_ kind: Kind, after offset: Int) -> TextUnit? {
        switch kind {
        case .quotation:
            let index = firstQuotation { $0.range.lowerBound > offset }
            return index < quotations.count ? quotations[index] : nil
        case .sentence:
            return firstSentence(from: offset) { $0.range.lowerBound > offset }
        }
    }

    /// The last unit starting before `offset`.
    func previous(_ kind: Kind, before offset: Int) -> TextUnit? {
        switch kind {
        case .quotation:
            let index = firstQuotation { $0.range.lowerBound >= offset }
            return index > 0 ? quotations[index - 1] : nil
        case .sentence:
            return lastSentence(from: offset) { $0.range.lowerBound < offset }
        }
    }

    func first(_ kind: Kind) -> TextUnit? {
        next(kind, after: Int.min)
    }

    func last(_ kind: Kind) -> TextUnit? {
        previous(kind, before: Int.max)
    }

    /// The first unit that starts inside `range`.
    func first(_ kind: Kind, startingIn range: Range<Int>) -> TextUnit? {
        guard let unit = next(kind, after: range.lowerBound - 1), unit.range.lowerBound < range.upperBound else { return nil }
        return unit
    }

    // MARK: Sentence boundaries, for growing a selection

    func nextSentenceStart(after offset: Int) -> Int? {
        firstSentence(from: offset) { $0.range.lowerBound > offset }?.range.lowerBound
    }

    func nextSentenceEnd(after offset: Int) -> Int? {
        firstSentence(from: offset) { $0.range.upperBound > offset }?.range.upperBound
    }

    func previousSentenceStart(before offset: Int) -> Int? {
        lastSentence(from: offset) { $0.range.lowerBound < offset }?.range.lowerBound
    }

    func previousSentenceEnd(before offset: Int) -> Int? {
        lastSentence(from: offset) { $0.range.upperBound < offset }?.range.upperBound
    }

    // MARK: Words (maximal runs of non-whitespace scalars)

    func nextWordEnd(after offset: Int) -> Int? {
        var index = offset
        while index < scalarCount, isSpace(index) { index += 1 }
        while index < scalarCount, !isSpace(index) { index += 1 }
        return index > offset ? index : nil
    }

    func nextWordStart(after offset: Int) -> Int? {
        var index = offset
        while index < scalarCount, !isSpace(index) { index += 1 }
        while index < scalarCount, isSpace(index) { index += 1 }
        return index > offset && index < scalarCount ? index : nil
    }

    func previousWordEnd(before offset: Int) -> Int? {
        var index = min(offset, scalarCount)
        while index > 0, !isSpace(index - 1) { index -= 1 }
        while index > 0, isSpace(index - 1) { index -= 1 }
        return index > 0 && index < offset ? index : nil
    }

    func previousWordStart(before offset: Int) -> Int? {
        var index = min(offset, scalarCount)
        while index > 0, isSpace(index - 1) { index -= 1 }
        while index > 0, !isSpace(index - 1) { index -= 1 }
        return index < offset ? index : nil
    }

    // MARK: Anchoring

    /// The anchor `AnchorBuilder` gives `range` over the whole text (clamped to it), built from
    /// the scalars of the range and its context only.
    func anchor(for range: Range<Int>) -> TextAnchor {
        let lower = min(max(0, range.lowerBound), scalarCount)
        let upper = min(max(lower, range.upperBound), scalarCount)
        let start = max(0, lower - AnchorBuilder.contextLength)
        let end = min(scalarCount, upper + AnchorBuilder.contextLength)
        var anchor = AnchorBuilder(scalars: scalars(in: start..<end)).anchor(for: (lower - start)..<(upper - start))
        anchor.position = TextPositionSelector(start: lower, end: upper)
        return anchor
    }

    /// The scalars of `range` of `Article.text`, read from the blocks it spans.
    func scalars(in range: Range<Int>) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        var offset = max(0, range.lowerBound)
        let end = min(range.upperBound, scalarCount)
        while offset < end, let index = article.blockIndex(containing: offset) {
            let block = article.blocks[index]
            if offset < block.end {
                let stop = min(block.end, end)
                result += scalars(ofBlock: index)[(offset - block.start)..<(stop - block.start)]
                offset = stop
            } else {
                result.append("\n")
                offset += 1
            }
        }
        return result
    }

    /// The scalar at `offset` (in `0..<scalarCount`): from its block, or the "\n" between two.
    func scalar(at offset: Int) -> Unicode.Scalar {
        guard let index = article.blockIndex(containing: offset), offset < article.blocks[index].end else { return "\n" }
        return scalars(ofBlock: index)[offset - article.blocks[index].start]
    }

    // MARK: Blocks, filled in on demand

    /// How many blocks have been decoded or segmented so far; tests use it to prove the units stay lazy.
    var filledBlockCount: Int {
        lock.withLock { Set(blockScalars.keys).union(blockSentences.keys).count }
    }

    private func isSpace(_ offset: Int) -> Bool {
        scalar(at: offset).properties.isWhitespace
    }

    private func scalars(ofBlock index: Int) -> [Unicode.Scalar] {
        if let found = lock.withLock({ blockScalars[index] }) { return found }
        let found = Array(article.blocks[index].text.unicodeScalars)
        lock.withLock { blockScalars[index] = found }
        return found
    }

    /// The sentences of block `index` (none in a rule), as ranges of `Article.text`.
    private func sentences(ofBlock index: Int) -> [TextUnit] {
        if let found = lock.withLock({ blockSentences[index] }) { return found }
        let block = article.blocks[index]
        var found: [TextUnit] = []
        if block.kind != .rule {
            found = SentenceSegmenter().sentences(in: scalars(ofBlock: index), range: 0..<block.scalarCount).map {
                TextUnit(kind: .sentence, range: (block.start + $0.lowerBound)..<(block.start + $0.upperBound))
            }
        }
        lock.withLock { blockSentences[index] = found }
        return found
    }

    /// The first sentence matching `matches`, which must hold from some sentence on (a bound
    /// after `offset`): blocks before the one holding `offset` end before it, so the scan starts there.
    private func firstSentence(from offset: Int, where matches: (TextUnit) -> Bool) -> TextUnit? {
        guard var index = article.blockIndex(containing: offset) else { return nil }
        while index < article.blocks.count {
            if let found = sentences(ofBlock: index).first(where: matches) { return found }
            index += 1
        }
        return nil
    }

    /// The last sentence matching `matches`, which must hold up to some sentence (a bound before
    /// `offset`): blocks after the one holding `offset` start after it, so the scan starts there.
    private func lastSentence(from offset: Int, where matches: (TextUnit) -> Bool) -> TextUnit? {
        guard var index = article.blockIndex(containing: offset) else { return nil }
        while index >= 0 {
            if let found = sentences(ofBlock: index).last(where: matches) { return found }
            index -= 1
        }
        return nil
    }

    /// The index of the first quotation matching `matches`, which holds from some quotation on.
    private func firstQuotation(where matches: (TextUnit) -> Bool) -> Int {
        var low = 0
        var high = quotations.count
        while low < high {
            let mid = (low + high) / 2
            if matches(quotations[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}
