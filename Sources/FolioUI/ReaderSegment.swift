/// A piece of what the reader shows, wrapped independently of the others: a block of the
/// article, or a line of header decoration (byline, tags, warnings) that is not in its text.
struct ReaderSegment: Sendable {
    enum Flow: Sendable {
        /// Word-wrapped prose.
        case prose
        /// Kept as written: code and the raw file.
        case preformatted
        /// A horizontal rule, drawn as wide as the column.
        case rule
    }

    var text: String
    /// Where `text` starts in the source (`Article.text`, or `Article.raw` in the raw view);
    /// nil for decoration that is not part of the source.
    var start: Int?
    var style: Style
    var runs: [StyledRange]
    var firstPrefix: String
    var restPrefix: String
    var prefixStyle: Style
    var flow: Flow
    /// Blank lines drawn after the segment.
    var spacingAfter: Int
    let scalarCount: Int

    init(
        text: String,
        start: Int?,
        style: Style,
        runs: [StyledRange] = [],
        firstPrefix: String = "",
        restPrefix: String = "",
        prefixStyle: Style = .normal,
        flow: Flow = .prose,
        spacingAfter: Int = 1
    ) {
        self.text = text
        self.start = start
        self.style = style
        self.runs = runs
        self.firstPrefix = firstPrefix
        self.restPrefix = restPrefix
        self.prefixStyle = prefixStyle
        self.flow = flow
        self.spacingAfter = spacingAfter
        self.scalarCount = text.unicodeScalars.count
    }

    /// The segment's screen lines at `width`, blank spacing lines included. Spacing lines take
    /// the offsets just past the text (the blank line between blocks in `Article.text`), so
    /// each line still has its own place in the source.
    func lines(width: Int) -> [WrappedLine] {
        var lines: [WrappedLine]
        switch flow {
        case .rule:
            let rule = String(repeating: "─", count: max(1, min(width, 40)))
            lines = [WrappedLine(spans: [StyledSpan(rule, style)], range: 0..<scalarCount, width: CellWidth.of(rule))]
        case .prose, .preformatted:
            let wrapper = TextWrapper(
                width: width,
                firstPrefix: firstPrefix,
                restPrefix: restPrefix,
                prefixStyle: prefixStyle,
                preformatted: flow == .preformatted
            )
            lines = wrapper.wrap(text, style: style, runs: runs)
        }
        for index in 0..<spacingAfter {
            lines.append(WrappedLine(spans: [], range: (scalarCount + index)..<(scalarCount + index + 1), width: 0))
        }
        return lines
    }
}
