/// A complete look for Folio: every role resolved to colors and attributes. Complete so the
/// terminal backend never has to know about inheritance; built from what a theme file says
/// (`ThemeStyleOverride`s) by filling the rest in through `ThemeInheritance`.
public struct Theme: Sendable, Hashable {
    public let name: String
    /// One line shown by `folio themes`, to help choose.
    public let description: String
    public let styles: [Role: ThemeStyle]

    public init(name: String, description: String = "", overrides: [Role: ThemeStyleOverride]) {
        self.name = name
        self.description = description
        var resolved: [Role: ThemeStyle] = [:]
        for role in Role.allCases {
            Theme.resolve(role, overrides: overrides, into: &resolved)
        }
        self.styles = resolved
    }

    private init(name: String, description: String, styles: [Role: ThemeStyle]) {
        self.name = name
        self.description = description
        self.styles = styles
    }

    public func style(for role: Role) -> ThemeStyle {
        styles[role] ?? .plain
    }

    /// The same theme with every color replaced by the terminal default, for `NO_COLOR` and
    /// terminals without color, where only attributes can tell roles apart.
    public func withoutColors() -> Theme {
        Theme(
            name: name,
            description: description,
            styles: styles.mapValues { ThemeStyle(attributes: $0.attributes) }
        )
    }

    @discardableResult
    private static func resolve(
        _ role: Role, overrides: [Role: ThemeStyleOverride], into resolved: inout [Role: ThemeStyle]
    ) -> ThemeStyle {
        if let done = resolved[role] { return done }
        let inherited: ThemeStyle
        switch ThemeInheritance.of(role) {
        case .root:
            inherited = .plain
        case .role(let parent, let adding):
            var style = resolve(parent, overrides: overrides, into: &resolved)
            style.attributes.formUnion(adding)
            inherited = style
        case .fallback(let style):
            inherited = style
        }
        let style = overrides[role]?.applied(to: inherited) ?? inherited
        resolved[role] = style
        return style
    }
}
