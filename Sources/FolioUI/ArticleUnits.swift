import FolioCore

/// The units the reader's cursor moves over in one article, found once per article: its
/// quotations and sentences in text order, and its scalars for word-by-word selection.
struct ArticleUnits: Sendable {
    let quotations: [TextUnit]
    let sentences: [TextUnit]
    let scalars: [Unicode.Scalar]

    init(article: Article) {
        let scalars = Array(article.text.unicodeScalars)
        self.scalars = scalars
        quotations = article.quotations.enumerated()
            .map { TextUnit(kind: .quotation($0.offset), range: $0.element.start..<$0.element.end) }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        let segmenter = SentenceSegmenter()
        sentences = article.blocks
            .filter { $0.kind != .rule }
            .flatMap { segmenter.sentences(in: scalars, range: $0.range) }
            .map { TextUnit(kind: .sentence, range: $0) }
    }

    /// The first unit starting after `offset`.
    static func next(after offset: Int, in units: [TextUnit]) -> TextUnit? {
        units.first { $0.range.lowerBound > offset }
    }

    /// The last unit starting before `offset`.
    static func previous(before offset: Int, in units: [TextUnit]) -> TextUnit? {
        units.last { $0.range.lowerBound < offset }
    }

    // MARK: Words (maximal runs of non-whitespace scalars)

    private func isSpace(_ index: Int) -> Bool { scalars[index].properties.isWhitespace }

    func nextWordEnd(after offset: Int) -> Int? {
        var index = offset
        while index < scalars.count, isSpace(index) { index += 1 }
        while index < scalars.count, !isSpace(index) { index += 1 }
        return index > offset ? index : nil
    }

    func nextWordStart(after offset: Int) -> Int? {
        var index = offset
        while index < scalars.count, !isSpace(index) { index += 1 }
        while index < scalars.count, isSpace(index) { index += 1 }
        return index > offset && index < scalars.count ? index : nil
    }

    func previousWordEnd(before offset: Int) -> Int? {
        var index = min(offset, scalars.count)
        while index > 0, !isSpace(index - 1) { index -= 1 }
        while index > 0, isSpace(index - 1) { index -= 1 }
        return index > 0 && index < offset ? index : nil
    }

    func previousWordStart(before offset: Int) -> Int? {
        var index = min(offset, scalars.count)
        while index > 0, isSpace(index - 1) { index -= 1 }
        while index > 0, !isSpace(index - 1) { index -= 1 }
        return index < offset ? index : nil
    }
}
