import ArgumentParser
import FolioUI
import Foundation

/// `--theme` and where themes are found: the `Themes/` folder shipped beside the executable or
/// in the working folder, and the user's `$XDG_CONFIG_HOME/folio/themes/`.
struct ThemeOptions: ParsableArguments {
    @Option(help: "A theme name (see `folio themes`) or the path of a theme file.")
    var theme: String?

    var catalog: ThemeCatalog {
        ThemeCatalog(bundledDirectory: Self.bundledDirectory(), environment: ProcessInfo.processInfo.environment)
    }

    /// The requested theme, else `configured` (the config file's), or the default with the
    /// reason when it cannot be loaded.
    func load(configured: String = "default") -> ThemeLoadResult {
        catalog.loadOrDefault(theme ?? configured)
    }

    /// `FOLIO_THEMES` if set, else the first `Themes` folder found walking up from the
    /// executable (a build folder inside the repository), else `./Themes`.
    static func bundledDirectory() -> URL? {
        let fileManager = FileManager.default
        if let override = ProcessInfo.processInfo.environment["FOLIO_THEMES"] {
            return URL(fileURLWithPath: override)
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("Themes")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        let local = URL(fileURLWithPath: "Themes")
        return fileManager.fileExists(atPath: local.path) ? local : nil
    }
}
