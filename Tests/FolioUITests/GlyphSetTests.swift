import FolioCore
import Testing
@testable import FolioUI

/// The reader on a terminal without a UTF-8 locale: frames, markers and the ellipsis from the
/// ASCII glyph set, every other non-ASCII cell painted as ASCII of the same width, and the
/// reason said once.
@Suite struct GlyphSetTests {
    /// Two stored highlights (one with a note and a tag) and an orphan, the article open: list
    /// markers, sidebar swatches, notes and quotation marks, and an article with curly quotes,
    /// accents and Chinese.
    private func withHighlights(size: Size) -> Program {
        let program = Fixtures.program(size: size, handler: Fixtures.storeWithHighlights(), glyphs: .ascii)
        program.dispatch(.start)
        program.press(.enter)
        return program
    }

    /// Every row is plain printable ASCII exactly as wide as the screen: nothing the terminal
    /// could garble, and no column shifted by a character drawn wider or narrower than laid out.
    private func expectPlainASCII(_ buffer: ScreenBuffer, sourceLocation: SourceLocation = #_sourceLocation) {
        for (y, line) in GlyphSet.ascii.terminalLines(of: buffer).enumerated() {
            #expect(line.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F },
                    "row \(y): \(line)", sourceLocation: sourceLocation)
            #expect(line.unicodeScalars.count == buffer.size.width, "row \(y) is \(line.unicodeScalars.count) wide",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func highlightsWide() {
        let program = withHighlights(size: Size(width: 140, height: 40))
        program.press(.character(")"), .character(")"))
        let screen = program.render()
        expectPlainASCII(screen)
        SnapshotAssertion.assertMatches(text: SnapshotAssertion.text(of: screen, glyphs: .ascii), named: "ascii-highlights-140x40")
    }

    @Test func listAndSidebarNarrow() {
        let program = withHighlights(size: Size(width: 80, height: 24))
        program.press(.tab)
        let sidebar = program.render()
        expectPlainASCII(sidebar)
        SnapshotAssertion.assertMatches(text: SnapshotAssertion.text(of: sidebar, glyphs: .ascii), named: "ascii-sidebar-80x24")
        program.dispatch(.focusList)
        program.press(.character("j"), .character("j"))
        let list = program.render()
        expectPlainASCII(list)
        SnapshotAssertion.assertMatches(text: SnapshotAssertion.text(of: list, glyphs: .ascii), named: "ascii-list-80x24")
    }

    @Test func helpOverlayNarrow() {
        let program = withHighlights(size: Size(width: 80, height: 24))
        program.press(.function(1))
        let screen = program.render()
        #expect(program.state.helpVisible)
        expectPlainASCII(screen)
    }

    @Test func asciiFramesAndMarkersAreDrawnByTheViews() {
        let program = withHighlights(size: Size(width: 140, height: 40))
        let lines = program.render().textLines()
        #expect(lines[0].hasPrefix("+- Articles (3) ---"))
        #expect(lines[1].hasPrefix("|>"))
        #expect(lines.contains { $0.contains("  # blue · #diplomacy · =") })
        #expect(!lines.joined().contains("┌"))
        #expect(!lines.joined().contains("■"))
    }

    @Test func nonASCIITextKeepsItsWidth() {
        let ascii = GlyphSet.ascii
        #expect(ascii.terminalText("a", cells: 1) == "a")
        #expect(ascii.terminalText("’", cells: 1) == "'")
        #expect(ascii.terminalText("“", cells: 1) == "\"")
        #expect(ascii.terminalText("—", cells: 1) == "-")
        #expect(ascii.terminalText("\u{00A0}", cells: 1) == " ")
        #expect(ascii.terminalText("é", cells: 1) == "e")
        #expect(ascii.terminalText("e\u{301}", cells: 1) == "e")
        #expect(ascii.terminalText("ß", cells: 1) == "?")
        #expect(ascii.terminalText("ق", cells: 1) == "?")
        #expect(ascii.terminalText("对", cells: 2) == "??")
        #expect(ascii.terminalText("👍🏽", cells: 2) == "??")
        #expect(ascii.terminalText("␛", cells: 1) == "?")
        #expect(GlyphSet.unicode.terminalText("对", cells: 2) == "对")
    }

    @Test func asciiEllipsisTakesThreeCells() {
        #expect(TextFit.truncate("Khamenei shifts stance", to: 10, glyphs: .ascii) == "Khamene...")
        #expect(TextFit.truncate("Khamenei shifts stance", to: 10, glyphs: .unicode) == "Khamenei…")
        #expect(TextFit.truncate("Khamenei", to: 2, glyphs: .ascii) == "..")
        #expect(CellWidth.of(TextFit.pad("Khamenei shifts stance", to: 12, glyphs: .ascii)) == 12)
    }

    /// The notice is on the first frame and gone after the first key, and neither a resize nor
    /// more keys bring it back.
    @Test func noticeIsShownOnce() throws {
        let notice = try #require(GlyphSet.ascii.notice)
        #expect(GlyphSet.unicode.notice == nil)
        let size = Size(width: 80, height: 24)
        let backend = TestBackend(size: size, events: [
            .key(.character("j")), .resize(Size(width: 100, height: 30)), .key(.character("k")), .key(.enter),
        ], glyphs: .ascii)
        let program = Program(state: AppState(articles: Fixtures.all, size: size), backend: backend)
        program.dispatch(.showMessage(notice))
        program.run()
        let shown = backend.frames.map { frame in frame.textLines().last?.contains("No UTF-8 locale") == true }
        #expect(backend.frames.count == 5)
        #expect(shown == [true, false, false, false, false])
    }
}
