/// Maps theme colors to color numbers the terminal has, so one theme file serves 8-, 16- and
/// 256-color terminals. ANSI colors stay ANSI (the user's terminal palette applies) where the
/// terminal has them; exact colors go to the nearest palette entry by perceived distance.
public struct ColorMapper: Sendable, Hashable {
    public let mode: ColorMode

    public init(mode: ColorMode) {
        self.mode = mode
    }

    /// A curses color number; -1 is the terminal's default color (needs `use_default_colors`).
    public func terminalColor(_ color: ThemeColor) -> Int16 {
        switch (mode, color) {
        case (.monochrome, _), (_, .default):
            return -1
        case (.xterm256, .ansi(let index)), (.xterm256, .indexed(let index)):
            return Int16(index)
        case (.xterm256, .rgb(let red, let green, let blue)):
            return nearest(XtermPalette.RGB(red: Int(red), green: Int(green), blue: Int(blue)), among: 16...255)
        case (.ansi16, .ansi(let index)):
            return Int16(index)
        case (.ansi16, .indexed(let index)) where index < 16:
            return Int16(index)
        case (.ansi8, .ansi(let index)) where index < 8, (.ansi8, .indexed(let index)) where index < 8:
            return Int16(index)
        case (.ansi16, .indexed(let index)), (.ansi8, .ansi(let index)), (.ansi8, .indexed(let index)):
            return nearest(XtermPalette.rgb(of: Int(index)), among: mode.paletteRange)
        case (.ansi16, .rgb(let red, let green, let blue)), (.ansi8, .rgb(let red, let green, let blue)):
            return nearest(XtermPalette.RGB(red: Int(red), green: Int(green), blue: Int(blue)), among: mode.paletteRange)
        }
    }

    /// The theme style as the terminal will draw it.
    public func terminalStyle(_ style: ThemeStyle) -> TerminalStyle {
        TerminalStyle(
            foreground: terminalColor(style.foreground),
            background: terminalColor(style.background),
            attributes: style.attributes
        )
    }

    private func nearest(_ color: XtermPalette.RGB, among candidates: ClosedRange<Int>) -> Int16 {
        Int16(XtermPalette.nearest(to: color, among: candidates))
    }
}

private extension ColorMode {
    /// The palette entries exact colors may be mapped to. In 256-color mode the first 16 are left
    /// out because terminals redefine them, so their real color is unknown.
    var paletteRange: ClosedRange<Int> {
        switch self {
        case .monochrome, .ansi8: 0...7
        case .ansi16: 0...15
        case .xterm256: 16...255
        }
    }
}
