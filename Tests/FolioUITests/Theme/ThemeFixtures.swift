import Foundation

/// Paths and scratch folders shared by the theme tests.
enum ThemeFixtures {
    /// The repository's `Themes/` folder, found from this file's location.
    static let themesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("Themes", isDirectory: true)

    static let shippedNames = ["default", "gruvbox", "high-contrast", "light", "mono", "solarized-dark"]

    /// A fresh empty folder, removed by the caller with `FileManager.default.removeItem`.
    static func scratchDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-theme-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }
}
