import Testing
@testable import FolioUI

@Suite struct ScreenBufferTests {
    @Test func wideCharactersTakeTwoCellsAndDoNotOverflow() {
        var buffer = ScreenBuffer(size: Size(width: 5, height: 1))
        let end = buffer.write("a漢字", x: 0, y: 0, style: .normal)
        #expect(end == 5)
        #expect(buffer.textLines() == ["a漢字"])
        var narrow = ScreenBuffer(size: Size(width: 4, height: 1))
        narrow.write("a漢字", x: 0, y: 0, style: .normal)
        #expect(narrow.textLines() == ["a漢 "])
    }

    @Test func cellWidthMatchesWcwidthRules() {
        #expect(CellWidth.of("e\u{301}" as Character) == 1)
        #expect(CellWidth.of("字" as Character) == 2)
        #expect(CellWidth.of("😀" as Character) == 2)
        #expect(CellWidth.of("ب" as Character) == 1)
    }
}
