/// Fitting one-line text into a number of cells, the way every title and label is shortened:
/// cut at a character boundary and ended with the glyph set's ellipsis so the reader sees that
/// something is missing.
enum TextFit {
    static func truncate(_ text: String, to width: Int, glyphs: GlyphSet) -> String {
        guard width > 0 else { return "" }
        if CellWidth.of(text) <= width { return text }
        let ellipsis = glyphs.ellipsis
        let room = width - CellWidth.of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(width)) }
        var result = ""
        var used = 0
        for character in text {
            let cells = CellWidth.of(character)
            if used + cells > room { break }
            result.append(character)
            used += cells
        }
        while result.last == " " { result.removeLast() }
        return result + ellipsis
    }

    /// `text` padded with spaces to exactly `width` cells (truncated first if longer).
    static func pad(_ text: String, to width: Int, glyphs: GlyphSet) -> String {
        let fitted = truncate(text, to: width, glyphs: glyphs)
        return fitted + String(repeating: " ", count: max(0, width - CellWidth.of(fitted)))
    }
}
