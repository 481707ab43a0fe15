import FolioCore

/// An article turned into reader segments: the header (kicker, title, byline, tags, warnings),
/// then the cleaned blocks with their inline styles and detected quotations, or, in the raw
/// view, the file line by line. Built once per article and view; wrapping happens later, lazily.
struct ReaderDocument: Sendable {
    let segments: [ReaderSegment]
    /// Segment index of each block of the article (empty in the raw view).
    let blockSegments: [Int]
    /// Scalars of all segments, to decide whether wrapping everything for exact line counts is cheap.
    let totalScalars: Int
    /// Whether this is only an article's opening (see `ArticleContent.opening`): counting its
    /// lines exactly would cost the first screen time and still not give the article's count.
    var isOpening = false

    init(cleaned article: Article) {
        // Sized up front: a long article has tens of thousands of blocks, and an array grown by
        // doubling holds its old and new storage at once.
        let header = ReaderDocument.headerLines(of: article)
        var segments: [ReaderSegment] = []
        segments.reserveCapacity(article.blocks.count + header.count + 1)
        var blockSegments: [Int] = []
        blockSegments.reserveCapacity(article.blocks.count)
        if let section = article.metadata.section, !section.isEmpty {
            segments.append(ReaderSegment(text: section.uppercased(), start: nil, style: Style(.dim, .bold), spacingAfter: 0))
        }
        var quotations = article.quotations.sorted { $0.start < $1.start }[...]
        for (index, block) in article.blocks.enumerated() {
            while let first = quotations.first, first.end <= block.start { quotations = quotations.dropFirst() }
            let quoted = quotations.prefix { $0.start < block.end }
            var segment = ReaderDocument.segment(for: block, quotations: quoted)
            if case .listItem = block.kind, index + 1 < article.blocks.count, case .listItem = article.blocks[index + 1].kind {
                segment.spacingAfter = 0
            }
            if block.kind == .title, !header.isEmpty {
                segment.spacingAfter = 0
            }
            blockSegments.append(segments.count)
            segments.append(segment)
            if block.kind == .title {
                segments.append(contentsOf: header)
            }
        }
        if article.blocks.first?.kind != .title {
            let afterKicker = article.metadata.section?.isEmpty == false ? 1 : 0
            segments.insert(contentsOf: header, at: afterKicker)
            blockSegments = blockSegments.map { $0 >= afterKicker ? $0 + header.count : $0 }
        }
        if !segments.isEmpty { segments[segments.count - 1].spacingAfter = 0 }
        self.segments = segments
        self.blockSegments = blockSegments
        self.totalScalars = segments.reduce(0) { $0 + $1.scalarCount }
        self.isOpening = article.content == .opening
    }

    /// The file as it was read, one segment per line, so nothing the cleaner removed is lost.
    init(raw article: Article) {
        var segments = [ReaderSegment(
            text: "Raw file: \(article.relativePath)", start: nil, style: Style(.dim, .bold), spacingAfter: 1
        )]
        var offset = 0
        for line in article.raw.split(separator: "\n", omittingEmptySubsequences: false) {
            let segment = ReaderSegment(text: String(line), start: offset, style: Style(.code), flow: .preformatted, spacingAfter: 0)
            offset += segment.scalarCount + 1
            segments.append(segment)
        }
        self.segments = segments
        self.blockSegments = []
        self.totalScalars = article.raw.unicodeScalars.count
    }

    /// Byline, tags, warnings and load error: what the reader should see under the title.
    private static func headerLines(of article: Article) -> [ReaderSegment] {
        var lines: [ReaderSegment] = []
        let metadata = article.metadata
        let byline = [metadata.author, metadata.source, metadata.date]
            .compactMap { $0?.isEmpty == false ? $0 : nil }
            .joined(separator: " · ")
        if !byline.isEmpty {
            lines.append(ReaderSegment(text: byline, start: nil, style: Style(.dim), spacingAfter: 0))
        }
        if !metadata.tags.isEmpty {
            lines.append(ReaderSegment(text: "Tags: " + metadata.tags.joined(separator: ", "), start: nil, style: Style(.dim), spacingAfter: 0))
        }
        if let error = article.loadError {
            lines.append(ReaderSegment(
                text: "Could not read this file: \(error.reason)", start: nil, style: Style(.warning, .bold),
                firstPrefix: "⚠ ", restPrefix: "  ", prefixStyle: Style(.warning, .bold), spacingAfter: 0
            ))
        }
        for warning in article.warnings {
            lines.append(ReaderSegment(
                text: warning.message, start: nil, style: Style(.warning),
                firstPrefix: "⚠ ", restPrefix: "  ", prefixStyle: Style(.warning), spacingAfter: 0
            ))
        }
        if !lines.isEmpty { lines[lines.count - 1].spacingAfter = 1 }
        return lines
    }

    private static func segment(for block: Block, quotations: ArraySlice<Quotation>) -> ReaderSegment {
        let runs = block.runs.map(styledRange) + quotationRanges(in: block, quotations: quotations)
        switch block.kind {
        case .title:
            return ReaderSegment(text: block.text, start: block.start, style: Style(.title, .bold), runs: runs)
        case .summary:
            return ReaderSegment(text: block.text, start: block.start, style: Style(.readerText, .italic), runs: runs)
        case .paragraph:
            return ReaderSegment(text: block.text, start: block.start, style: Style(.readerText), runs: runs)
        case .heading:
            return ReaderSegment(text: block.text, start: block.start, style: Style(.heading, .bold), runs: runs)
        case .listItem(let marker, let depth):
            let indent = String(repeating: "  ", count: max(0, depth))
            let first = indent + marker + " "
            return ReaderSegment(
                text: block.text, start: block.start, style: Style(.readerText), runs: runs,
                firstPrefix: first, restPrefix: String(repeating: " ", count: CellWidth.of(first)),
                prefixStyle: Style(.readerText, .bold)
            )
        case .blockQuote:
            return ReaderSegment(
                text: block.text, start: block.start, style: Style(.blockQuote), runs: runs,
                firstPrefix: "│ ", restPrefix: "│ ", prefixStyle: Style(.blockQuote, .dim)
            )
        case .code:
            return ReaderSegment(text: block.text, start: block.start, style: Style(.code), runs: runs, flow: .preformatted)
        case .rule:
            return ReaderSegment(text: block.text, start: block.start, style: Style(.dim), flow: .rule)
        }
    }

    private static func styledRange(_ run: InlineRun) -> StyledRange {
        switch run.style {
        case .emphasis: StyledRange(range: run.range, attributes: .italic)
        case .strong: StyledRange(range: run.range, attributes: .bold)
        case .code: StyledRange(range: run.range, role: .code)
        case .strikethrough: StyledRange(range: run.range, attributes: .dim)
        case .link: StyledRange(range: run.range, role: .link, attributes: .underline)
        case .linkURL: StyledRange(range: run.range, role: .link, attributes: .dim)
        case .placeholder: StyledRange(range: run.range, role: .placeholder)
        }
    }

    /// Quotations as ranges of the block, widened to take in their quotation marks.
    private static func quotationRanges(in block: Block, quotations: ArraySlice<Quotation>) -> [StyledRange] {
        guard !quotations.isEmpty else { return [] }
        let scalars = Array(block.text.unicodeScalars)
        return quotations.compactMap { quotation in
            var lower = max(quotation.start, block.start) - block.start
            var upper = min(quotation.end, block.end) - block.start
            guard lower < upper else { return nil }
            if lower > 0, isQuotationMark(scalars[lower - 1]) { lower -= 1 }
            if upper < scalars.count, isQuotationMark(scalars[upper]) { upper += 1 }
            return StyledRange(range: lower..<upper, role: .quotation)
        }
    }

    private static func isQuotationMark(_ scalar: Unicode.Scalar) -> Bool {
        "\"'“”‘’«»„‟‹›「」『』".unicodeScalars.contains(scalar)
    }
}
