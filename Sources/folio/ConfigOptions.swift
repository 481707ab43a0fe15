import ArgumentParser
import FolioUI
import Foundation

/// `--config PATH`: the settings file to read instead of `$XDG_CONFIG_HOME/folio/config.toml`.
struct ConfigOptions: ParsableArguments {
    @Option(name: .customLong("config"), help: ArgumentHelp(
        "The config file (default: $XDG_CONFIG_HOME/folio/config.toml).", valueName: "PATH"
    ))
    var path: String?

    /// The file that is read: the one given, else the default place.
    var resolvedPath: String? {
        path ?? FolioConfig.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    /// The config with its problems; defaults when the default file does not exist.
    func load() -> ConfigLoadResult {
        FolioConfig.load(path: path, environment: ProcessInfo.processInfo.environment)
    }

    /// The config with its problems, or exit 2 when the file named with `--config` does not
    /// exist: a typo there must not quietly run with defaults (another library, another store).
    func loadNamedFile() throws -> ConfigLoadResult {
        let result = load()
        if let missing = result.problems.first(where: { $0.reason == .missingFile }) {
            printError("folio: \(missing.description)")
            throw ExitCode(2)
        }
        return result
    }

    /// The config for a command without a screen: its problems are summed up on standard error
    /// and the settings they affect keep their defaults, as in the reader.
    func settings() throws -> FolioConfig {
        let result = try loadNamedFile()
        if let summary = result.summary { printError("folio: \(summary)") }
        return result.config
    }
}
