import Testing
@testable import FolioUI

/// Direct checks that what matters carries its role, independent of the snapshot files.
@Suite struct RoleTests {
    private func roles(in buffer: ScreenBuffer, row y: Int) -> [Role] {
        (0..<buffer.size.width).map { buffer[$0, y].style.role }
    }

    /// The cell where `text` starts on row `y`.
    private func column(of text: String, in buffer: ScreenBuffer, row y: Int) -> Int? {
        var column = 0
        for x in 0..<buffer.size.width where !buffer[x, y].isContinuation {
            if buffer.textLines()[y].dropFirst(column).hasPrefix(text) { return x }
            column += 1
        }
        return nil
    }

    @Test func focusedPaneBorderAndSelectedRow() {
        let (program, _) = Fixtures.program(size: Size(width: 140, height: 40))
        let list = program.render()
        #expect(list[0, 0].style.role == .borderFocused)
        #expect(list[60, 0].style.role == .border)
        #expect(list[1, 1].text == "▶")
        #expect(roles(in: list, row: 1)[1..<41].allSatisfy { $0 == .listRowSelected })
        #expect(roles(in: list, row: 3)[1..<41].allSatisfy { $0 == .listRow })
        #expect(roles(in: list, row: 4)[3..<41].allSatisfy { $0 == .warning }, "load error shown as a warning")
        program.press(.enter)
        let reader = program.render()
        #expect(reader[0, 0].style.role == .border)
        #expect(reader[42, 0].style.role == .borderFocused)
        #expect(reader[44, 0].style.role == .paneTitleFocused)
    }

    @Test func quotationsHeadingsAndWarningsCarryTheirRoles() throws {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.enter)
        let buffer = program.render()
        let lines = buffer.textLines()
        let quoteRow = try #require(lines.firstIndex { $0.contains("“negotiating") })
        let quoteStart = try #require(column(of: "“negotiating", in: buffer, row: quoteRow))
        #expect(buffer[quoteStart, quoteRow].style.role == .quotation)
        #expect(buffer[quoteStart - 2, quoteRow].style.role == .readerText)
        let headingRow = try #require(lines.firstIndex { $0.contains("A change of tone") })
        #expect(buffer[2, headingRow].style == Style(.heading, .bold))
        let warningRow = try #require(lines.firstIndex { $0.contains("control characters were replaced") })
        #expect(buffer[2, warningRow].style.role == .warning)
        #expect(buffer[2, 2].style == Style(.title, .bold))
        let emphasis = try #require(column(of: "Ayatollah", in: buffer, row: quoteRow))
        #expect(buffer[emphasis, quoteRow].style == Style(.readerText, .italic))
    }

    @Test func placeholderRunAndCodeAreStyled() throws {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.enter, .character("G"))
        let buffer = program.render()
        let lines = buffer.textLines()
        let row = try #require(lines.firstIndex { $0.contains("␛[31m") })
        let start = try #require(column(of: "␛[31m", in: buffer, row: row))
        #expect((start..<start + 5).allSatisfy { buffer[$0, row].style.role == .placeholder })
        let codeRow = try #require(lines.firstIndex { $0.contains("GET /statement") })
        #expect(buffer[2, codeRow].style.role == .code)
        #expect(lines.contains { $0.contains("│ ────") }, "the rule is drawn")
    }

    @Test func statusLineAndHelpOverlay() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("?"))
        let buffer = program.render()
        #expect(roles(in: buffer, row: 23).allSatisfy { $0 == .statusLine })
        #expect(buffer[40, 10].style.role == .helpOverlay)
    }

    @Test func controlCharactersAreDrawnAsPlaceholders() {
        var buffer = ScreenBuffer(size: Size(width: 8, height: 1))
        buffer.write("a\u{1B}[1m\u{7F}\u{85}b", x: 0, y: 0, style: .normal)
        #expect(buffer.textLines() == ["a␛[1m␡�b"])
        var newline = ScreenBuffer(size: Size(width: 4, height: 1))
        newline.write("x\r\ny", x: 0, y: 0, style: .normal)
        #expect(newline.textLines() == ["x␍y "])
    }
}
