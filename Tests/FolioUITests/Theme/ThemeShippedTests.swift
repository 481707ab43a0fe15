import Foundation
import Testing
@testable import FolioUI

@Suite struct ThemeShippedTests {
    @Test(arguments: ThemeFixtures.shippedNames)
    func shippedThemeLoadsUnderItsFileName(name: String) throws {
        let url = ThemeFixtures.themesDirectory.appendingPathComponent("\(name).toml")
        let theme = try ThemeLoader.load(from: url)
        #expect(theme.name == name)
        #expect(!theme.description.isEmpty)
        #expect(theme.styles.count == Role.allCases.count)
    }

    @Test func defaultFileEqualsBuiltInDefault() throws {
        let theme = try ThemeLoader.load(from: ThemeFixtures.themesDirectory.appendingPathComponent("default.toml"))
        for role in Role.allCases {
            #expect(theme.style(for: role) == Theme.builtInDefault.style(for: role), "\(role.themeElementName)")
        }
        #expect(theme == Theme.builtInDefault)
    }

    @Test func builtInDefaultKeepsTheLookOfTheOldPalette() {
        let theme = Theme.builtInDefault
        #expect(theme.style(for: .listRowSelected) == ThemeStyle(foreground: .ansi(0), background: .ansi(6)))
        #expect(theme.style(for: .border) == ThemeStyle(foreground: .ansi(8)))
        #expect(theme.style(for: .highlight5) == ThemeStyle(foreground: .ansi(7), background: .ansi(5), attributes: .bold))
        #expect(theme.style(for: .readerText) == .plain)
    }

    @Test func monoFileEqualsBuiltInMonoAndHasNoColor() throws {
        let theme = try ThemeLoader.load(from: ThemeFixtures.themesDirectory.appendingPathComponent("mono.toml"))
        #expect(theme == Theme.builtInMono)
        #expect(theme == theme.withoutColors())
    }

    @Test func monoKeepsEveryHighlightDistinct() {
        let highlights: [Role] = [.highlight1, .highlight2, .highlight3, .highlight4, .highlight5]
        let looks = Set(highlights.map { Theme.builtInMono.style(for: $0) })
        #expect(looks.count == 5)
        #expect(!looks.contains(Theme.builtInMono.style(for: .readerText)))
    }

    @Test func readmeDocumentsEveryElement() throws {
        let readme = try String(
            contentsOf: ThemeFixtures.themesDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        for role in Role.allCases {
            #expect(readme.contains("`\(role.themeElementName)`"), "README lacks \(role.themeElementName)")
        }
    }

    @Test func readmeExampleIsAValidTheme() throws {
        let readme = try String(
            contentsOf: ThemeFixtures.themesDirectory.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "```toml\n"))
        let end = try #require(readme.range(of: "```", range: start.upperBound..<readme.endIndex))
        let theme = try ThemeParser.parse(String(readme[start.upperBound..<end.lowerBound]), file: "README.md")
        #expect(theme.style(for: .link) == ThemeStyle(foreground: .indexed(33), background: .rgb(0x28, 0x28, 0x28), attributes: .underline))
        #expect(theme.style(for: .heading).attributes == [.bold, .underline])
    }

    @Test func elementNamesAreKebabCaseAndRoundTrip() {
        #expect(Role.listRowSelected.themeElementName == "list-row-selected")
        #expect(Role.highlight3.themeElementName == "highlight-3")
        #expect(Role.readerText.themeElementName == "reader-text")
        for role in Role.allCases {
            #expect(Role(themeElementName: role.themeElementName) == role)
        }
        #expect(Role(themeElementName: "readerText") == nil)
    }
}
