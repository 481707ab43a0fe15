import Testing
@testable import FolioUI

@Suite struct ThemeSelectionTests {
    private let gruvboxLike = Theme(
        name: "warm",
        overrides: [.normal: ThemeStyleOverride(foreground: .rgb(0xEB, 0xDB, 0xB2), background: .rgb(0x28, 0x28, 0x28))]
    )

    @Test func noColorSelectsMonoWhateverTheTerminal() {
        let selection = ThemeSelection(theme: gruvboxLike, environment: ["NO_COLOR": "1"], colors: 256)
        #expect(selection.mode == .monochrome)
        #expect(selection.theme == Theme.builtInMono)
        #expect(selection.terminalStyle(for: .normal) == TerminalStyle(foreground: -1, background: -1, attributes: []))
        #expect(selection.terminalStyle(for: .highlight2) == TerminalStyle(foreground: -1, background: -1, attributes: [.reverse, .bold]))
        #expect(selection.terminalStyle(for: .listRowSelected).attributes == .reverse)
    }

    @Test func emptyNoColorIsIgnoredAsTheConventionSays() {
        let selection = ThemeSelection(theme: gruvboxLike, environment: ["NO_COLOR": ""], colors: 256)
        #expect(selection.mode == .xterm256)
        #expect(selection.theme == gruvboxLike)
        #expect(selection.terminalStyle(for: .normal) == TerminalStyle(foreground: 187, background: 235, attributes: []))
    }

    @Test func terminalWithoutColorSelectsMono() {
        let selection = ThemeSelection(theme: .builtInDefault, environment: [:], colors: 0)
        #expect(selection.mode == .monochrome)
        #expect(selection.theme == Theme.builtInMono)
    }

    @Test func monoReplacementLosesItsColors() {
        let colorfulMono = Theme(name: "mono", overrides: [.warning: ThemeStyleOverride(foreground: .ansi(1), attributes: .bold)])
        let selection = ThemeSelection(theme: .builtInDefault, environment: ["NO_COLOR": "yes"], colors: 8, monochrome: colorfulMono)
        #expect(selection.terminalStyle(for: .warning) == TerminalStyle(foreground: -1, background: -1, attributes: .bold))
    }

    @Test func defaultThemeOnEightColorsKeepsItsAnsiColors() {
        let selection = ThemeSelection(theme: .builtInDefault, environment: [:], colors: 8)
        #expect(selection.mode == .ansi8)
        #expect(selection.terminalStyle(for: .highlight1) == TerminalStyle(foreground: 0, background: 3, attributes: []))
        #expect(selection.terminalStyle(for: .border) == TerminalStyle(foreground: 7, background: -1, attributes: []))
        #expect(selection.terminalStyle(for: .cursor) == TerminalStyle(foreground: -1, background: -1, attributes: .reverse))
    }
}
