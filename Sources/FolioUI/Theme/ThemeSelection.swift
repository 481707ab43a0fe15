/// The theme Folio actually draws with on this terminal: the chosen theme mapped to the
/// terminal's colors, or the mono theme when color is off. One place decides this so the
/// backend, `folio themes` and tests agree.
public struct ThemeSelection: Sendable, Hashable {
    /// The theme in effect: the requested one, or the colorless mono theme in monochrome mode.
    public let theme: Theme
    public let mode: ColorMode
    private let mapper: ColorMapper

    /// - Parameters:
    ///   - environment: the process environment (for `NO_COLOR`).
    ///   - colors: the terminal's color count (ncurses' `COLORS`; 0 when `has_colors()` is false).
    ///   - monochrome: the theme used without color; a user's own `mono.toml` may replace the
    ///     built-in one. Its colors are dropped whatever it says.
    public init(theme: Theme, environment: [String: String], colors: Int, monochrome: Theme = .builtInMono) {
        let mode = ColorMode.detect(environment: environment, colors: colors)
        self.mode = mode
        self.theme = mode == .monochrome ? monochrome.withoutColors() : theme
        self.mapper = ColorMapper(mode: mode)
    }

    public func terminalStyle(for role: Role) -> TerminalStyle {
        mapper.terminalStyle(theme.style(for: role))
    }
}
