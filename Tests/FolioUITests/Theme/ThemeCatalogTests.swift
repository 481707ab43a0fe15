import Foundation
import Testing
@testable import FolioUI

@Suite struct ThemeCatalogTests {
    private let broken = """
        name = "broken"
        [heading]
        fg = "#12345"
        """

    @Test func listsShippedThemesWithUserThemesShadowingThem() throws {
        let user = try ThemeFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: user) }
        try ThemeFixtures.write("name = \"gruvbox\"\nheading = { fg = \"red\" }\n", to: user.appendingPathComponent("gruvbox.toml"))
        try ThemeFixtures.write("name = \"mine\"\n", to: user.appendingPathComponent("mine.toml"))
        try ThemeFixtures.write("not a theme", to: user.appendingPathComponent("notes.txt"))

        let catalog = ThemeCatalog(bundledDirectory: ThemeFixtures.themesDirectory, userDirectory: user)
        let entries = catalog.entries()
        #expect(entries.map(\.name) == ["default", "gruvbox", "high-contrast", "light", "mine", "mono", "solarized-dark"])
        #expect(entries.first { $0.name == "gruvbox" }?.source == .user)
        #expect(entries.first { $0.name == "light" }?.source == .bundled)
        #expect(try catalog.load("gruvbox").style(for: .heading).foreground == .ansi(1))
    }

    @Test func builtInThemesExistWithoutAnyFolder() throws {
        let catalog = ThemeCatalog(bundledDirectory: nil, userDirectory: nil)
        #expect(catalog.entries() == [
            ThemeCatalog.Entry(name: "default", source: .builtIn, url: nil),
            ThemeCatalog.Entry(name: "mono", source: .builtIn, url: nil),
        ])
        #expect(try catalog.load("default") == Theme.builtInDefault)
        #expect(try catalog.load("mono") == Theme.builtInMono)
    }

    @Test func brokenNamedThemeFallsBackToDefaultWithItsError() throws {
        let user = try ThemeFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: user) }
        let path = user.appendingPathComponent("broken.toml")
        try ThemeFixtures.write(broken, to: path)

        let result = ThemeCatalog(bundledDirectory: nil, userDirectory: user).loadOrDefault("broken")
        #expect(result.theme == Theme.builtInDefault)
        #expect(result.requested == "broken")
        #expect(result.error == ThemeError(file: path.path, line: 3, reason: .badColor("\"#12345\"", key: "fg", element: "heading")))
    }

    @Test func unknownNameFallsBackToDefaultAndSaysWhereItLooked() {
        let user = URL(fileURLWithPath: "/nonexistent/folio/themes")
        let result = ThemeCatalog(bundledDirectory: ThemeFixtures.themesDirectory, userDirectory: user).loadOrDefault("nord")
        #expect(result.theme == Theme.builtInDefault)
        #expect(result.error?.reason == .notFound(name: "nord", searched: [user.path, ThemeFixtures.themesDirectory.path]))
    }

    @Test func loadsByPath() throws {
        let folder = try ThemeFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("custom.toml")
        try ThemeFixtures.write("name = \"custom\"\nwarning = { fg = 160 }\n", to: path)

        let catalog = ThemeCatalog(bundledDirectory: nil, userDirectory: nil)
        #expect(try catalog.load(path.path).style(for: .warning) == ThemeStyle(foreground: .indexed(160), attributes: .bold))
        let missing = catalog.loadOrDefault(folder.appendingPathComponent("gone.toml").path)
        guard case .unreadable? = missing.error?.reason else {
            Issue.record("expected unreadable, got \(String(describing: missing.error))")
            return
        }
    }

    @Test func nextCyclesThroughEntriesAndPastBrokenOnes() throws {
        let user = try ThemeFixtures.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: user) }
        try ThemeFixtures.write(broken, to: user.appendingPathComponent("broken.toml"))
        let catalog = ThemeCatalog(bundledDirectory: nil, userDirectory: user)

        let first = catalog.next(after: "mono")
        #expect(first.requested == "broken")
        #expect(first.theme == Theme.builtInDefault)
        #expect(first.error != nil)
        let second = catalog.next(after: first.requested)
        #expect(second.requested == "default")
        #expect(second.error == nil)
        #expect(catalog.next(after: "default").theme == Theme.builtInMono)
        #expect(catalog.next(after: "/some/path.toml").requested == "broken")
    }

    @Test func userDirectoryFollowsXDG() {
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "/cfg", "HOME": "/home/a"])?.path == "/cfg/folio/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["HOME": "/home/a"])?.path == "/home/a/.config/folio/themes")
        #expect(ThemeCatalog.userDirectory(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/a"])?.path
            == "/home/a/.config/folio/themes")
        #expect(ThemeCatalog.userDirectory(environment: [:]) == nil)
    }
}
