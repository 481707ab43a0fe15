import Foundation

/// The characters Folio draws its own frames, markers and symbols with, and how a cell's text
/// reaches the terminal.
///
/// A terminal without a UTF-8 locale cannot show anything beyond ASCII: box lines and bullets
/// would come out as `M-b~@` garbage and every article's curly quote as two or three wrong
/// characters, shifting the rest of the line. The backend picks `.ascii` then, the views draw
/// their frames and markers from it, and `terminalText` turns whatever non-ASCII text remains
/// (article text, titles, notes, messages) into ASCII of the same width, so layout computed for
/// Unicode still lines up. The choice is a plain value so the ASCII look is tested headless.
public enum GlyphSet: Sendable, Hashable {
    case unicode
    case ascii

    /// Said once in the status line when drawing ASCII, so the user knows why and what to fix.
    public var notice: String? {
        switch self {
        case .unicode: nil
        case .ascii: "No UTF-8 locale: drawing ASCII only"
        }
    }

    // MARK: - Frames

    var horizontal: String { self == .ascii ? "-" : "─" }
    var vertical: String { self == .ascii ? "|" : "│" }
    var topLeft: String { self == .ascii ? "+" : "┌" }
    var topRight: String { self == .ascii ? "+" : "┐" }
    var bottomLeft: String { self == .ascii ? "+" : "└" }
    var bottomRight: String { self == .ascii ? "+" : "┘" }

    // MARK: - Markers and symbols (each one cell wide in both sets, so layout does not change)

    /// Before the selected row or sidebar entry.
    var selected: String { self == .ascii ? ">" : "▶" }
    /// Before the article open in the reader.
    var open: String { self == .ascii ? "-" : "›" }
    /// Before an unread article's title.
    var unread: String { self == .ascii ? "*" : "•" }
    /// Before a warning or a load error.
    var warning: String { self == .ascii ? "!" : "⚠" }
    /// Marks a highlight that has a note, and the note itself.
    var note: String { self == .ascii ? "=" : "✎" }
    /// The square drawn in a highlight's color.
    var swatch: String { self == .ascii ? "#" : "■" }
    /// Before a speaker's name under a quotation.
    var attribution: String { self == .ascii ? "-" : "—" }
    var openingQuote: String { self == .ascii ? "\"" : "“" }
    var closingQuote: String { self == .ascii ? "\"" : "”" }

    /// Ends text cut to fit; the only symbol whose width differs between the sets.
    var ellipsis: String { self == .ascii ? "..." : "…" }

    /// The text the terminal is sent for a cell `cells` wide. Unicode passes through. ASCII keeps
    /// ASCII, gives typographic punctuation and accented Latin letters their plain twin
    /// (’ → ', — → -, é → e), and shows anything else as one `?` per cell, so the user sees
    /// that something is there and the columns after it stay where the layout put them.
    public func terminalText(_ text: String, cells: Int) -> String {
        guard self == .ascii, !text.unicodeScalars.allSatisfy(\.isASCII) else { return text }
        if cells == 1, let twin = Self.asciiTwin(of: text) { return twin }
        return String(repeating: "?", count: max(1, cells))
    }

    /// The screen's rows as the terminal shows them under this set: what tests compare, and
    /// what the user sees.
    public func terminalLines(of buffer: ScreenBuffer) -> [String] {
        (0..<buffer.size.height).map { y in
            var line = ""
            for x in 0..<buffer.size.width where !buffer[x, y].isContinuation {
                line += terminalText(buffer[x, y].text, cells: buffer.cellCount(atX: x, y: y))
            }
            return line
        }
    }

    /// One ASCII character standing for a one-cell cluster, when there is a faithful one.
    private static func asciiTwin(of text: String) -> String? {
        guard let scalar = text.unicodeScalars.first else { return nil }
        if text.unicodeScalars.count == 1, let twin = punctuation[scalar.value] { return twin }
        let folded = text.folding(options: .diacriticInsensitive, locale: nil)
        if folded.count == 1, folded.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) { return folded }
        return nil
    }

    /// Punctuation and spaces with an ASCII twin of the same width and meaning.
    private static let punctuation: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        for value: UInt32 in [0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x2039, 0x203A] { table[value] = "'" }
        for value: UInt32 in [0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB] { table[value] = "\"" }
        for value: UInt32 in [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2500] { table[value] = "-" }
        for value: UInt32 in [0x00A0, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F] {
            table[value] = " "
        }
        table[0x2026] = "."
        table[0x00B7] = "-"
        table[0x2022] = "*"
        table[0x2502] = "|"
        table[0x26A0] = "!"
        table[0x00D7] = "x"
        table[0x2190] = "<"
        table[0x2191] = "^"
        table[0x2192] = ">"
        table[0x2193] = "v"
        return table
    }()
}

extension ScreenBuffer {
    /// How many cells the character at (x, y) covers: 1, or more for a wide one.
    public func cellCount(atX x: Int, y: Int) -> Int {
        var end = x + 1
        while end < size.width, self[end, y].isContinuation { end += 1 }
        return end - x
    }
}
