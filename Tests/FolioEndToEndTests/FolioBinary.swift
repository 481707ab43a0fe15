import Foundation

/// Locates and runs the built `folio` executable, which `swift test` builds beside the tests.
enum FolioBinary {
    static var url: URL {
        if let override = ProcessInfo.processInfo.environment["FOLIO_BIN"] {
            return URL(fileURLWithPath: override)
        }
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("folio")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate
            }
            directory.deleteLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/folio")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// A shell command line that runs folio from the package root with `arguments` (already
    /// quoted for the shell) and `environment` set, for tests that start it in a terminal.
    static func shellCommand(_ arguments: String, environment: [String: String] = [:]) -> String {
        let settings = environment.sorted { $0.key < $1.key }.map { "\($0.key)='\($0.value)' " }.joined()
        let prefix = settings.isEmpty ? "" : "env " + settings
        return "cd '\(packageRoot.path)' && \(prefix)'\(url.path)' \(arguments)"
    }

    typealias Result = CommandRunner.Result

    /// Runs folio with arguments and no terminal, and returns what it printed.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        try CommandRunner.run(url, arguments, environment: environment, directory: packageRoot)
    }
}
