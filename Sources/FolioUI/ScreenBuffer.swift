/// One cell of the screen: a grapheme cluster (or nothing, for the right half of a wide one)
/// and its style.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var style: Style
    /// True for the second cell of a two-cell character; the terminal fills it.
    public var isContinuation: Bool

    public init(text: String = " ", style: Style = .normal, isContinuation: Bool = false) {
        self.text = text
        self.style = style
        self.isContinuation = isContinuation
    }

    public static let blank = Cell()
}

/// A frame of the screen as cells; views draw into it, tests read it as text, and the
/// backend paints only the cells that differ from the previous frame.
public struct ScreenBuffer: Sendable, Hashable {
    public let size: Size
    public private(set) var cells: [Cell]

    public init(size: Size) {
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.cells = Array(repeating: .blank, count: self.size.width * self.size.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    /// Writes text from (x, y) without passing `limit` (exclusive x, default the right edge).
    /// Characters that would cross the limit are not drawn; a wide one that does not fit is
    /// replaced by a space. Control characters, which would move the terminal's cursor or change
    /// its state, are drawn as visible placeholders instead. Returns the x after the last drawn cell.
    @discardableResult
    public mutating func write(_ text: some StringProtocol, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return x }
        let end = min(limit ?? size.width, size.width)
        var column = x
        for original in text {
            if column >= end { break }
            let character = ScreenBuffer.visible(original)
            let width = CellWidth.of(character)
            if width == 0 {
                continue
            }
            if column < 0 {
                column += width
                continue
            }
            if column + width > end {
                self[column, y] = Cell(text: " ", style: style)
                column = end
                break
            }
            clearWideCharacter(at: column, y: y)
            self[column, y] = Cell(text: String(character), style: style)
            for extra in 1..<max(1, width) {
                clearWideCharacter(at: column + extra, y: y)
                self[column + extra, y] = Cell(text: "", style: style, isContinuation: true)
            }
            column += width
        }
        return column
    }

    /// Fills a rectangle with one character.
    public mutating func fill(_ rect: Rect, with text: String = " ", style: Style) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                self[x, y] = Cell(text: text, style: style)
            }
        }
    }

    /// Changes the style of cells in a rectangle, keeping their text.
    public mutating func restyle(_ rect: Rect, style: Style) {
        let clipped = clip(rect)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.maxY {
            for x in clipped.x..<clipped.maxX {
                self[x, y].style = style
            }
        }
    }

    public func clip(_ rect: Rect) -> Rect {
        let x0 = max(0, rect.x)
        let y0 = max(0, rect.y)
        let x1 = min(size.width, rect.maxX)
        let y1 = min(size.height, rect.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// The screen as lines of text, trailing spaces kept, for snapshots and tests.
    public func textLines() -> [String] {
        (0..<size.height).map { y in
            var line = ""
            for x in 0..<size.width {
                let cell = self[x, y]
                if !cell.isContinuation { line += cell.text }
            }
            return line
        }
    }

    /// The character itself, or a placeholder for C0/C1 control characters and DEL: the
    /// matching Control Pictures symbol (␛ for ESC) where Unicode has one, "�" otherwise.
    static func visible(_ character: Character) -> Character {
        guard character.unicodeScalars.contains(where: isControl) else { return character }
        let scalar = character.unicodeScalars.first { isControl($0) } ?? "\u{FFFD}"
        switch scalar.value {
        case 0x00..<0x20: return Character(Unicode.Scalar(0x2400 + scalar.value) ?? "\u{FFFD}")
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// If (x, y) is half of a wide character, blanks the other half so no orphan half remains.
    private mutating func clearWideCharacter(at x: Int, y: Int) {
        guard x >= 0, x < size.width else { return }
        if self[x, y].isContinuation, x > 0, !self[x - 1, y].isContinuation {
            self[x - 1, y] = Cell(text: " ", style: self[x - 1, y].style)
        }
        if !self[x, y].isContinuation, x + 1 < size.width, self[x + 1, y].isContinuation {
            self[x + 1, y] = Cell(text: " ", style: self[x + 1, y].style)
        }
    }
}
