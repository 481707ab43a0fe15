import ArgumentParser
import FolioUI
import Foundation

/// `folio config`: where the settings live, a complete default file to start from, and a check
/// that says what Folio would make of the user's file before the reader has to.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the default config, or check a config file.",
        discussion: """
            With no option, prints the path of the config file Folio reads. --default prints a \
            complete config with every setting and key at its default, to save as that file and \
            edit. --check reports every problem in the file with its line, and exits 1 if any.
            """
    )

    @Flag(name: .customLong("default"), help: "Print the default config, every setting and key commented.")
    var printDefault = false

    @Flag(help: "Check the config file and print its problems (exit 1 if any).")
    var check = false

    @OptionGroup var config: ConfigOptions

    func validate() throws {
        if printDefault && check { throw ValidationError("Give either --default or --check, not both.") }
    }

    func run() throws {
        if printDefault {
            print(DefaultConfigText.make(), terminator: "")
            return
        }
        guard let path = config.resolvedPath else {
            printError("folio: no config file: neither XDG_CONFIG_HOME nor HOME is set")
            throw ExitCode(1)
        }
        guard check else {
            print(path)
            return
        }
        if config.path == nil, !FileManager.default.fileExists(atPath: path) {
            print("\(path): no such file; Folio uses the defaults")
            return
        }
        let result = config.load()
        for problem in result.problems { print(problem.description) }
        if !result.problems.isEmpty { throw ExitCode(1) }
        print("\(path): no problems")
    }
}
