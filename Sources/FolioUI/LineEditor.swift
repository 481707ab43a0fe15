/// A one-line text field as a value: the text as characters (so a cursor never splits a
/// grapheme such as "✓" or an Arabic letter with its marks) and the cursor between them.
public struct LineEditor: Sendable, Hashable {
    public private(set) var characters: [Character]
    /// Characters before the cursor.
    public private(set) var cursor: Int

    public init(text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public var text: String { String(characters) }

    public mutating func insert(_ character: Character) {
        characters.insert(character, at: cursor)
        cursor += 1
    }

    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    public mutating func moveRight() { cursor = min(characters.count, cursor + 1) }
    public mutating func moveHome() { cursor = 0 }
    public mutating func moveEnd() { cursor = characters.count }

    /// Deletes the character before the cursor.
    public mutating func backspace() {
        guard cursor > 0 else { return }
        characters.remove(at: cursor - 1)
        cursor -= 1
    }

    /// Deletes the character under the cursor.
    public mutating func deleteForward() {
        guard cursor < characters.count else { return }
        characters.remove(at: cursor)
    }

    public mutating func clear() {
        characters.removeAll()
        cursor = 0
    }

    /// The part of the text shown in `width` cells with the cursor on screen, and the cursor's
    /// column in it. The text scrolls only when it does not fit, just enough to keep the cursor
    /// (which needs a cell of its own at the end) visible.
    public func window(width: Int) -> (text: String, cursorColumn: Int) {
        guard width > 0 else { return ("", 0) }
        let widths = characters.map { CellWidth.of($0) }
        var first = 0
        var before = widths[..<cursor].reduce(0, +)
        while first < cursor, before + 1 > width {
            before -= widths[first]
            first += 1
        }
        var shown = ""
        var used = 0
        for index in first..<characters.count {
            if used + widths[index] > width { break }
            shown.append(characters[index])
            used += widths[index]
        }
        return (shown, before)
    }
}
