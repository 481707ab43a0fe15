import Foundation

/// Choices that change an export's rendering but never its content.
public struct ExportOptions: Sendable, Hashable {
    /// Time zone for the human-readable dates of `clippings` and `markdown` (Kindle prints local
    /// time); JSON, W3C and CSV always write UTC so files compare equal across machines.
    public var timeZone: TimeZone
    /// The W3C collection's `label`.
    public var collectionLabel: String

    public init(timeZone: TimeZone = TimeZone(identifier: "UTC")!, collectionLabel: String = "Folio annotations") {
        self.timeZone = timeZone
        self.collectionLabel = collectionLabel
    }
}
