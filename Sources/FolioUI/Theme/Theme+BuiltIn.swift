extension Theme {
    /// The dark default, in code so Folio starts with its usual look even when no `Themes/`
    /// folder was installed. `Themes/default.toml` states the same look for users to copy;
    /// a test keeps the two equal. Uses ANSI colors only so it works on 8-color terminals.
    /// The five highlights come from `ThemeInheritance`'s fallbacks.
    public static let builtInDefault = Theme(
        name: "default",
        description: "Dark terminals; ANSI colors only, so it follows the terminal's palette",
        overrides: [
            .border: ThemeStyleOverride(foreground: .ansi(8), attributes: []),
            .borderFocused: ThemeStyleOverride(foreground: .ansi(6), attributes: .bold),
            .paneTitle: ThemeStyleOverride(foreground: .ansi(7), attributes: []),
            .paneTitleFocused: ThemeStyleOverride(foreground: .ansi(6), attributes: .bold),
            .listRowSelected: ThemeStyleOverride(foreground: .ansi(0), background: .ansi(6), attributes: []),
            .listRowDetail: ThemeStyleOverride(foreground: .ansi(8), attributes: []),
            .title: ThemeStyleOverride(foreground: .ansi(3), attributes: .bold),
            .heading: ThemeStyleOverride(foreground: .ansi(3), attributes: .bold),
            .blockQuote: ThemeStyleOverride(foreground: .ansi(6), attributes: .italic),
            .code: ThemeStyleOverride(foreground: .ansi(2)),
            .link: ThemeStyleOverride(foreground: .ansi(4), attributes: .underline),
            .quotation: ThemeStyleOverride(foreground: .ansi(2), attributes: []),
            .cursor: ThemeStyleOverride(attributes: .reverse),
            .speaker: ThemeStyleOverride(foreground: .ansi(5), attributes: .italic),
            .dim: ThemeStyleOverride(foreground: .ansi(8), attributes: .dim),
            .statusLine: ThemeStyleOverride(foreground: .ansi(0), background: .ansi(7), attributes: []),
            .helpOverlay: ThemeStyleOverride(foreground: .ansi(7), background: .ansi(4), attributes: []),
            .searchMatch: ThemeStyleOverride(foreground: .ansi(0), background: .ansi(3), attributes: .bold),
            .warning: ThemeStyleOverride(foreground: .ansi(1), attributes: .bold),
            .placeholder: ThemeStyleOverride(foreground: .ansi(5), attributes: .dim),
        ]
    )

    /// Attributes only: what Folio shows under `NO_COLOR` or on a terminal without color.
    /// Every role not listed inherits an attribute that keeps it apart (see `ThemeInheritance`);
    /// the highlights are listed because their inherited look is colored.
    public static let builtInMono = Theme(
        name: "mono",
        description: "No color at all, attributes only; used for NO_COLOR and colorless terminals",
        overrides: [
            .highlight1: ThemeStyleOverride(foreground: .default, background: .default, attributes: .reverse),
            .highlight2: ThemeStyleOverride(foreground: .default, background: .default, attributes: [.reverse, .bold]),
            .highlight3: ThemeStyleOverride(foreground: .default, background: .default, attributes: [.reverse, .underline]),
            .highlight4: ThemeStyleOverride(foreground: .default, background: .default, attributes: [.reverse, .italic]),
            .highlight5: ThemeStyleOverride(foreground: .default, background: .default, attributes: [.reverse, .dim]),
            .searchMatch: ThemeStyleOverride(attributes: [.bold, .underline]),
        ]
    )
}
