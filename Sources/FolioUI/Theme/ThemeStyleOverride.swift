/// What a theme says about one role: each field it leaves out is inherited (see `ThemeInheritance`),
/// so a theme can restyle a heading's color without restating its attributes.
public struct ThemeStyleOverride: Sendable, Hashable {
    public var foreground: ThemeColor?
    public var background: ThemeColor?
    public var attributes: Attributes?

    public init(foreground: ThemeColor? = nil, background: ThemeColor? = nil, attributes: Attributes? = nil) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The override applied on top of the style it inherits.
    func applied(to inherited: ThemeStyle) -> ThemeStyle {
        ThemeStyle(
            foreground: foreground ?? inherited.foreground,
            background: background ?? inherited.background,
            attributes: attributes ?? inherited.attributes
        )
    }
}
