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
}
