import Foundation

/// Where the reader writes exports when not told otherwise: an `exports` folder beside the
/// default annotation store, so a user's Folio data stays in one XDG data folder.
public enum ExportPath {
    /// `$XDG_DATA_HOME/folio/exports`, or `~/.local/share/folio/exports` (see `StorePath.default`).
    public static func `default`(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let folio = (StorePath.default(environment: environment) as NSString).deletingLastPathComponent
        return (folio as NSString).appendingPathComponent("exports")
    }
}
