/// Word-wraps text into lines measured in terminal cells, so wide CJK characters, combining
/// marks and emoji line up the way the terminal draws them.
///
/// Newlines are always hard breaks. Prose breaks at spaces, dropping the space at the break but
/// keeping it in the line's range; a word longer than the line is broken between characters.
/// Preformatted text keeps its spaces and breaks only where the line is full.
public struct TextWrapper: Sendable {
    public var width: Int
    public var firstPrefix: String
    public var restPrefix: String
    public var prefixStyle: Style
    public var preformatted: Bool

    public init(
        width: Int,
        firstPrefix: String = "",
        restPrefix: String = "",
        prefixStyle: Style = .normal,
        preformatted: Bool = false
    ) {
        self.width = width
        self.firstPrefix = firstPrefix
        self.restPrefix = restPrefix
        self.prefixStyle = prefixStyle
        self.preformatted = preformatted
    }

    /// Tab stops in preformatted text, in cells.
    static let tabWidth = 4

    /// Spaces a line may break at; no-break spaces keep their words together.
    static func isBreakingSpace(_ character: Character) -> Bool {
        character.isWhitespace && !["\u{A0}", "\u{2007}", "\u{202F}"].contains(character)
    }

    /// Wraps `text` drawn in `style`, with `runs` (scalar ranges of `text`) laid over it.
    public func wrap(_ text: String, style: Style, runs: [StyledRange] = []) -> [WrappedLine] {
        var builder = LineBuilder(wrapper: self)
        var styler = RunStyler(base: style, runs: runs)
        var offset = 0
        var word: [Glyph] = []
        var spaces: [Glyph] = []

        func flushWord() {
            guard !word.isEmpty else { return }
            builder.place(word: word, after: spaces)
            word.removeAll(keepingCapacity: true)
            spaces.removeAll(keepingCapacity: true)
        }

        for character in text {
            let count = character.unicodeScalars.count
            if character == "\n" || character == "\r\n" {
                flushWord()
                builder.breakHard(at: offset + count)
                spaces.removeAll(keepingCapacity: true)
                offset += count
                continue
            }
            let isSpace = TextWrapper.isBreakingSpace(character)
            let cells = character == "\t" && preformatted
                ? TextWrapper.tabWidth - builder.used % TextWrapper.tabWidth
                : (isSpace ? 1 : CellWidth.of(character))
            let glyph = Glyph(
                text: isSpace ? String(repeating: " ", count: cells) : String(character),
                width: cells,
                offset: offset,
                style: styler.style(at: offset)
            )
            offset += count
            if preformatted {
                builder.place(word: [glyph], after: [])
            } else if isSpace {
                flushWord()
                spaces.append(glyph)
            } else {
                word.append(glyph)
            }
        }
        flushWord()
        return builder.finish(at: offset)
    }
}

/// A grapheme cluster ready to draw: its text, cells, scalar offset and style.
private struct Glyph {
    var text: String
    var width: Int
    var offset: Int
    var style: Style
}

/// Works out the style at increasing offsets without scanning every run for every character.
private struct RunStyler {
    let base: Style
    let runs: [(index: Int, run: StyledRange)]
    var next = 0
    var active: [(index: Int, run: StyledRange)] = []

    init(base: Style, runs: [StyledRange]) {
        self.base = base
        self.runs = runs.enumerated()
            .map { (index: $0.offset, run: $0.element) }
            .sorted { $0.run.range.lowerBound < $1.run.range.lowerBound }
    }

    mutating func style(at offset: Int) -> Style {
        if runs.isEmpty { return base }
        var changed = false
        while next < runs.count, runs[next].run.range.lowerBound <= offset {
            active.append(runs[next])
            next += 1
            changed = true
        }
        let before = active.count
        active.removeAll { $0.run.range.upperBound <= offset }
        if changed || active.count != before { active.sort { $0.index < $1.index } }
        var style = base
        for entry in active where entry.run.range.contains(offset) {
            entry.run.apply(to: &style)
        }
        return style
    }
}

/// Accumulates glyphs into lines for `TextWrapper`.
private struct LineBuilder {
    let wrapper: TextWrapper
    var lines: [WrappedLine] = []
    var glyphs: [Glyph] = []
    var used = 0
    var lineStart = 0

    init(wrapper: TextWrapper) {
        self.wrapper = wrapper
    }

    var prefix: String { lines.isEmpty ? wrapper.firstPrefix : wrapper.restPrefix }
    var available: Int { max(1, wrapper.width - CellWidth.of(prefix)) }

    mutating func place(word: [Glyph], after spaces: [Glyph]) {
        let wordWidth = word.reduce(0) { $0 + $1.width }
        let spaceWidth = glyphs.isEmpty && !wrapper.preformatted ? 0 : spaces.reduce(0) { $0 + $1.width }
        if used + spaceWidth + wordWidth <= available {
            if spaceWidth > 0 { append(spaces) }
            append(word)
            return
        }
        if !glyphs.isEmpty, wordWidth <= available {
            endLine(at: word[0].offset)
            append(word)
            return
        }
        if !glyphs.isEmpty, spaceWidth > 0, used + spaceWidth < available {
            append(spaces)
        }
        for glyph in word {
            if !glyphs.isEmpty, used + glyph.width > available {
                endLine(at: glyph.offset)
            }
            append([glyph])
        }
    }

    mutating func breakHard(at end: Int) {
        endLine(at: end)
    }

    mutating func finish(at end: Int) -> [WrappedLine] {
        if !glyphs.isEmpty || lines.isEmpty || lineStart < end {
            endLine(at: end)
        }
        return lines
    }

    private mutating func append(_ new: [Glyph]) {
        glyphs.append(contentsOf: new)
        used += new.reduce(0) { $0 + $1.width }
    }

    private mutating func endLine(at end: Int) {
        var spans: [StyledSpan] = []
        var offsets: [Int] = []
        for glyph in glyphs {
            offsets.append(contentsOf: repeatElement(glyph.offset, count: glyph.text.count))
            if let last = spans.last, last.style == glyph.style {
                spans[spans.count - 1].text += glyph.text
            } else {
                spans.append(StyledSpan(glyph.text, glyph.style))
            }
        }
        let prefix = self.prefix
        lines.append(WrappedLine(
            prefix: prefix.isEmpty ? nil : StyledSpan(prefix, wrapper.prefixStyle),
            spans: spans,
            range: lineStart..<max(lineStart, end),
            width: CellWidth.of(prefix) + used,
            offsets: offsets
        ))
        glyphs.removeAll(keepingCapacity: true)
        used = 0
        lineStart = max(lineStart, end)
    }
}
