/// How much color the terminal can show, which decides how theme colors are approximated.
public enum ColorMode: Sendable, Hashable, CaseIterable {
    /// No color: only the mono theme's attributes are used.
    case monochrome
    /// The 8 basic ANSI colors.
    case ansi8
    /// The 16 ANSI colors (also used for 88-color terminals, whose extra colors are not standard).
    case ansi16
    /// The xterm 256-color palette (also used for terminals reporting more, such as direct color).
    case xterm256

    /// The mode for a terminal reporting `colors` colors (ncurses' `COLORS`).
    public init(colors: Int) {
        switch colors {
        case 256...: self = .xterm256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .monochrome
        }
    }

    /// The mode Folio should use: monochrome when the user set `NO_COLOR` (to any non-empty
    /// value, as https://no-color.org asks) or the terminal has fewer than 8 colors.
    public static func detect(environment: [String: String], colors: Int) -> ColorMode {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .monochrome }
        return ColorMode(colors: colors)
    }
}
