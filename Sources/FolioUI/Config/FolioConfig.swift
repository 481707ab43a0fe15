import Foundation

/// The user's settings from `config.toml`, with Folio's defaults for anything not set. Command
/// line options win over these; these win over the built-in defaults.
public struct FolioConfig: Sendable, Hashable {
    /// Folders or files of articles read when none are given on the command line.
    public var library: [String] = ["Articles"]
    /// A theme name or a theme file's path.
    public var theme: String = "default"
    /// The widest the reader's text column gets, in cells.
    public var readingWidth: Int = 80
    /// Whether the quotes sidebar is shown.
    public var sidebar: Bool = true
    /// The annotation database; nil for the default under `$XDG_DATA_HOME`.
    public var store: String?
    /// Where the reader's export menu writes and `folio export -o` puts a relative file; nil for
    /// the reader's default folder (`ExportPath.default`) and, for `-o`, the current folder.
    public var exportFolder: String?
    /// Whether to take mouse input (clicks select, the wheel scrolls). Off leaves the terminal's
    /// own text selection working, which some users prefer for copying.
    public var mouse: Bool = true
    /// The key table after the user's `[keys]`: defaults for every action not mentioned.
    public var keyBindings: [KeyBinding] = KeyBinding.defaults

    public init() {}

    /// Widths the reader accepts; below this text wraps absurdly, above it no terminal is that wide.
    public static let readingWidthRange = 10...1000

    /// `$XDG_CONFIG_HOME/folio/config.toml`, or `~/.config/folio/config.toml` when it is unset,
    /// empty or relative; nil when there is no home to find it in.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config, isDirectory: true).appendingPathComponent("folio/config.toml").path
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config/folio/config.toml").path
    }

    /// Reads the config at `path`, or at the default place when `path` is nil. A missing default
    /// file means defaults; a missing file the user named is a problem. Never fails outright,
    /// so a broken config cannot keep Folio from starting.
    public static func load(path: String?, environment: [String: String]) -> ConfigLoadResult {
        guard let file = path ?? defaultPath(environment: environment) else {
            return ConfigLoadResult(config: FolioConfig(), problems: [])
        }
        guard FileManager.default.fileExists(atPath: file) else {
            let problems = path == nil ? [] : [ConfigProblem(file: file, line: nil, reason: .missingFile)]
            return ConfigLoadResult(config: FolioConfig(), problems: problems)
        }
        let source: String
        do {
            source = try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            let problem = ConfigProblem(file: file, line: nil, reason: .unreadable(error.localizedDescription))
            return ConfigLoadResult(config: FolioConfig(), problems: [problem])
        }
        return ConfigParser.parse(source, file: file, home: environment["HOME"])
    }
}
