/// How one UI role looks in a theme, before it is mapped to what a terminal can show.
public struct ThemeStyle: Sendable, Hashable {
    public var foreground: ThemeColor
    public var background: ThemeColor
    public var attributes: Attributes

    public init(foreground: ThemeColor = .default, background: ThemeColor = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's own colors with no attributes: what a role looks like when nothing says otherwise.
    public static let plain = ThemeStyle()
}
