/// A color as a theme author writes it. Kept symbolic (not a terminal color number) because the
/// same theme must work on 8-, 16- and 256-color terminals; `ColorMapper` picks the nearest
/// color the terminal actually has.
public enum ThemeColor: Sendable, Hashable {
    /// The terminal's own foreground or background, so a theme can follow the user's terminal colors.
    case `default`
    /// One of the 16 ANSI colors (0...15), which the user's terminal palette may redefine.
    case ansi(UInt8)
    /// An xterm 256-color palette index.
    case indexed(UInt8)
    /// An exact color, approximated on terminals with fewer colors.
    case rgb(UInt8, UInt8, UInt8)

    /// The names theme files use for the 16 ANSI colors, in ANSI order.
    public static let ansiNames = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Other names people expect to work: bright black is what most palettes call gray.
    static let ansiAliases: [String: UInt8] = ["gray": 8, "grey": 8]

    /// Reads the string forms a theme file allows: `default`, an ANSI name, or `#rrggbb`.
    /// Returns nil for anything else so the parser can report the file and line.
    public init?(text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .default
        } else if let index = ThemeColor.ansiNames.firstIndex(of: lowered) {
            self = .ansi(UInt8(index))
        } else if let index = ThemeColor.ansiAliases[lowered] {
            self = .ansi(index)
        } else if let rgb = ThemeColor.hexComponents(lowered) {
            self = .rgb(rgb.0, rgb.1, rgb.2)
        } else {
            return nil
        }
    }

    /// Reads the integer form: a 256-color palette index.
    public init?(index: Int) {
        guard (0...255).contains(index) else { return nil }
        self = .indexed(UInt8(index))
    }

    private static func hexComponents(_ text: String) -> (UInt8, UInt8, UInt8)? {
        let digits = Array(text.utf8)
        guard digits.count == 7, digits[0] == UInt8(ascii: "#"),
              let value = UInt32(String(decoding: digits[1...], as: UTF8.self), radix: 16)
        else { return nil }
        return (UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
}
