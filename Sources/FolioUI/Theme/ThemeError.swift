/// Why a theme was refused, with the file and line so the user can fix it. Folio refuses a theme
/// with anything it does not understand rather than guessing: a typo silently ignored would
/// leave the user wondering why their color does not show.
public struct ThemeError: Error, Sendable, Hashable, FileProblem {
    public enum Reason: Sendable, Hashable {
        /// Not valid TOML; the text is the TOML parser's own explanation.
        case syntax(String)
        /// A key Folio does not know, at the top level (`element` nil) or in an element's table.
        case unknownKey(String, element: String?)
        /// A table whose name is not one of the UI elements listed in `Themes/README.md`.
        case unknownElement(String)
        /// An `fg`/`bg` value that is not `default`, an ANSI name, `#rrggbb` or an index 0...255.
        case badColor(String, key: String, element: String)
        /// An `attrs` entry that is not bold, dim, italic, underline or reverse.
        case unknownAttribute(String, element: String)
        /// A known key holding the wrong kind of value.
        case wrongType(key: String, expected: String)
        /// The file has no `name = "…"` line.
        case missingName
        /// The file could not be read at all.
        case unreadable(String)
        /// No theme of that name in any of the searched places.
        case notFound(name: String, searched: [String])
    }

    /// The theme file's path (or the requested name, for `notFound`).
    public let file: String
    /// 1-based line of the offending text, when the problem is inside the file.
    public let line: Int?
    public let reason: Reason

    public init(file: String, line: Int?, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var explanation: String {
        switch reason {
        case .syntax(let message):
            "TOML syntax error: \(message)"
        case .unknownKey(let key, nil):
            "unknown key '\(key)' (a theme has 'name', 'description' and element tables)"
        case .unknownKey(let key, let element?):
            "unknown key '\(key)' in [\(element)] (allowed: fg, bg, attrs)"
        case .unknownElement(let element):
            "unknown element [\(element)] (see Themes/README.md for the element names)"
        case .badColor(let value, let key, let element):
            "bad color \(value) for \(key) in [\(element)] "
                + "(use \"default\", an ANSI name like \"bright-blue\", \"#rrggbb\" or an index 0-255)"
        case .unknownAttribute(let value, let element):
            "unknown attribute \(value) in [\(element)] (allowed: \(Attributes.themeNames.map(\.name).joined(separator: ", ")))"
        case .wrongType(let key, let expected):
            "'\(key)' must be \(expected)"
        case .missingName:
            "missing 'name = \"…\"'"
        case .unreadable(let message):
            "cannot read theme: \(message)"
        case .notFound(let name, let searched):
            "no theme named '\(name)' (looked in \(searched.joined(separator: ", ")))"
        }
    }
}
