/// A role's look in the terminal's own terms: curses color numbers (-1 for the default color)
/// and attributes. What the backend turns into color pairs.
public struct TerminalStyle: Sendable, Hashable {
    public var foreground: Int16
    public var background: Int16
    public var attributes: Attributes

    public init(foreground: Int16, background: Int16, attributes: Attributes) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}
