import Foundation

/// Where the annotation store lives when the reader does not say, following the XDG base
/// directory convention so backups and dotfile managers find it where they expect.
public enum StorePath {
    public static let fileName = "annotations.sqlite"

    /// `$XDG_DATA_HOME/folio/annotations.sqlite`, or `~/.local/share/folio/annotations.sqlite`
    /// when `XDG_DATA_HOME` is unset, empty or relative (the spec says to ignore relative values).
    public static func `default`(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let dataHome: String
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            dataHome = xdg
        } else {
            let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
            dataHome = (home as NSString).appendingPathComponent(".local/share")
        }
        return ((dataHome as NSString).appendingPathComponent("folio") as NSString)
            .appendingPathComponent(fileName)
    }
}
