/// A theme to draw with, plus the error that kept the requested one from loading, if any.
/// Folio must start even with a broken theme file, yet the user must learn why their theme
/// did not apply; this carries both.
public struct ThemeLoadResult: Sendable, Hashable {
    /// The name or path that was asked for; pass it to `ThemeCatalog.next(after:)` to keep
    /// cycling past a broken theme rather than back to the start.
    public let requested: String
    /// The requested theme, or `Theme.builtInDefault` when it could not be loaded.
    public let theme: Theme
    public let error: ThemeError?

    public init(requested: String, theme: Theme, error: ThemeError?) {
        self.requested = requested
        self.theme = theme
        self.error = error
    }
}
