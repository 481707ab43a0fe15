import Testing
@testable import FolioUI

@Suite struct ThemeColorMapperTests {
    private let red = ThemeColor.rgb(0xFF, 0x00, 0x00)
    private let gray = ThemeColor.rgb(0x80, 0x80, 0x80)

    @Test func xterm256UsesCubeAndGrayscale() {
        let mapper = ColorMapper(mode: .xterm256)
        #expect(mapper.terminalColor(red) == 196)
        #expect(mapper.terminalColor(gray) == 244)
        #expect(mapper.terminalColor(.rgb(0, 0, 0)) == 16)
        #expect(mapper.terminalColor(.rgb(0xFF, 0xFF, 0xFF)) == 231)
        #expect(mapper.terminalColor(.rgb(0x28, 0x28, 0x28)) == 235)
        #expect(mapper.terminalColor(.rgb(0x26, 0x8B, 0xD2)) == 32)
        #expect(mapper.terminalColor(.ansi(9)) == 9)
        #expect(mapper.terminalColor(.indexed(123)) == 123)
        #expect(mapper.terminalColor(.default) == -1)
    }

    @Test func sixteenColorsPickNearestAnsi() {
        let mapper = ColorMapper(mode: .ansi16)
        #expect(mapper.terminalColor(red) == 9)
        #expect(mapper.terminalColor(gray) == 8)
        #expect(mapper.terminalColor(.rgb(0xCD, 0x00, 0x00)) == 1)
        #expect(mapper.terminalColor(.rgb(0xFA, 0xBD, 0x2F)) == 3)
        #expect(mapper.terminalColor(.indexed(196)) == 9)
        #expect(mapper.terminalColor(.indexed(21)) == 4)
        #expect(mapper.terminalColor(.indexed(14)) == 14)
        #expect(mapper.terminalColor(.ansi(12)) == 12)
        #expect(mapper.terminalColor(.default) == -1)
    }

    @Test func eightColorsPickNearestBasic() {
        let mapper = ColorMapper(mode: .ansi8)
        #expect(mapper.terminalColor(red) == 1)
        #expect(mapper.terminalColor(gray) == 7)
        #expect(mapper.terminalColor(.rgb(0, 0x2B, 0x36)) == 0)
        #expect(mapper.terminalColor(.ansi(9)) == 1)
        #expect(mapper.terminalColor(.ansi(8)) == 7)
        #expect(mapper.terminalColor(.ansi(12)) == 4)
        #expect(mapper.terminalColor(.ansi(3)) == 3)
        #expect(mapper.terminalColor(.indexed(196)) == 1)
        #expect(mapper.terminalColor(.default) == -1)
    }

    @Test func monochromeHasNoColor() {
        let mapper = ColorMapper(mode: .monochrome)
        for color in [red, gray, .ansi(2), .indexed(200), .default] {
            #expect(mapper.terminalColor(color) == -1)
        }
        let style = mapper.terminalStyle(ThemeStyle(foreground: red, background: .ansi(3), attributes: .bold))
        #expect(style == TerminalStyle(foreground: -1, background: -1, attributes: .bold))
    }

    @Test func colorModeFollowsColorCount() {
        #expect(ColorMode(colors: 16_777_216) == .xterm256)
        #expect(ColorMode(colors: 256) == .xterm256)
        #expect(ColorMode(colors: 88) == .ansi16)
        #expect(ColorMode(colors: 16) == .ansi16)
        #expect(ColorMode(colors: 8) == .ansi8)
        #expect(ColorMode(colors: 2) == .monochrome)
        #expect(ColorMode(colors: 0) == .monochrome)
    }
}
