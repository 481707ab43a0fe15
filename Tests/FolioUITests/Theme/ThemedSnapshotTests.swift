import Foundation
import Testing
@testable import FolioUI

/// The reader with highlights, drawn as the terminal would show it under a shipped theme: each
/// cell's resolved colors and attributes (the theme's style for its role plus the view's own
/// attributes, as `NCursesBackend` combines them), so a theme change that makes two roles look
/// alike, or loses an attribute, shows up as a snapshot diff.
@Suite struct ThemedSnapshotTests {
    /// Letters standing for the distinct terminal styles of a screen, in order of first use.
    static let styleLetters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

    /// The highlights screen: two stored highlights and an orphan, the cursor on a quotation.
    private func screen() -> ScreenBuffer {
        let program = Fixtures.program(size: Size(width: 140, height: 40), handler: Fixtures.storeWithHighlights())
        program.dispatch(.start)
        program.press(.enter)
        program.press(.character(")"), .character(")"))
        return program.render()
    }

    private func selection(_ name: String, environment: [String: String] = [:], colors: Int = 256) throws -> ThemeSelection {
        let theme = try ThemeLoader.load(from: ThemeFixtures.themesDirectory.appendingPathComponent(name + ".toml"))
        return ThemeSelection(theme: theme, environment: environment, colors: colors)
    }

    /// The screen's text, a legend of its terminal styles, and the style of every cell as a letter.
    static func text(of buffer: ScreenBuffer, under selection: ThemeSelection) -> String {
        var letters: [TerminalStyle: Character] = [:]
        var legend: [String] = []
        var layer: [String] = []
        for y in 0..<buffer.size.height {
            var row = ""
            for x in 0..<buffer.size.width {
                let style = buffer[x, y].style
                var look = selection.terminalStyle(for: style.role)
                look.attributes.formUnion(style.attributes)
                if letters[look] == nil {
                    let letter = letters.count < styleLetters.count ? styleLetters[letters.count] : "?"
                    letters[look] = letter
                    legend.append("\(letter) = \(describe(look)) (first: \(style.role.rawValue))")
                }
                row.append(letters[look] ?? "?")
            }
            layer.append(row + "|")
        }
        let lines = buffer.textLines().map { $0 + "|" }
            + ["--- styles: theme \(selection.theme.name), \(selection.mode)"] + legend
            + ["--- style of each cell"] + layer
        return lines.joined(separator: "\n") + "\n"
    }

    private static func describe(_ style: TerminalStyle) -> String {
        let names = Attributes.themeNames.filter { style.attributes.contains($0.attributes) }.map(\.name)
        return "fg \(style.foreground) bg \(style.background)" + (names.isEmpty ? "" : " " + names.joined(separator: "+"))
    }

    @Test func defaultThemeAt256Colors() throws {
        SnapshotAssertion.assertMatches(text: Self.text(of: screen(), under: try selection("default")),
                                        named: "themed-default-256-140x40")
    }

    @Test func gruvboxAt256Colors() throws {
        SnapshotAssertion.assertMatches(text: Self.text(of: screen(), under: try selection("gruvbox")),
                                        named: "themed-gruvbox-256-140x40")
    }

    @Test func lightAt16Colors() throws {
        SnapshotAssertion.assertMatches(text: Self.text(of: screen(), under: try selection("light", colors: 16)),
                                        named: "themed-light-16-140x40")
    }

    /// NO_COLOR turns any theme into the mono one: attributes only, default colors everywhere.
    @Test func noColorIsMono() throws {
        let text = Self.text(of: screen(), under: try selection("gruvbox", environment: ["NO_COLOR": "1"]))
        SnapshotAssertion.assertMatches(text: text, named: "themed-no-color-140x40")
        #expect(text.components(separatedBy: "\n").filter { $0.contains(" = fg ") }.allSatisfy { $0.contains("fg -1 bg -1") })
    }
}
