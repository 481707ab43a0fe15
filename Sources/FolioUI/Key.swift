/// A key press, independent of how the terminal reported it.
public enum Key: Sendable, Hashable {
    case character(Character)
    /// Ctrl with a letter, lowercased: `.control("d")` is Ctrl-d.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

/// What the terminal tells the program loop.
public enum TerminalEvent: Sendable, Hashable {
    case key(Key)
    case resize(Size)
    // MARK: - Mouse
    case mouse(MouseEvent)
}
