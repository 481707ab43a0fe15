import Testing
@testable import FolioUI

/// The reader driven through a key map built from a config, as `folio` builds it.
@Suite struct ConfiguredProgramTests {
    private func program(_ source: String, size: Size = Size(width: 120, height: 30)) -> Program {
        let result = ConfigParser.parse(source, file: "config.toml")
        let config = result.config
        let state = AppState(articles: Fixtures.all, size: size, readingWidth: config.readingWidth,
                             sidebarVisible: config.sidebar)
        return Program(state: state, backend: TestBackend(size: size), keyMap: KeyMap(config: config))
    }

    @Test func quitMovesToTheConfiguredKey() {
        let program = program("[keys]\nquit = \"ctrl-q\"\n")
        #expect(program.handle(.key(.character("q"))))
        #expect(!program.state.shouldQuit)
        #expect(!program.handle(.key(.control("q"))))
        #expect(program.state.shouldQuit)
    }

    @Test func remappedMovementDrivesTheList() {
        let program = program("[keys]\nline-down = \"n\"\nline-up = \"p\"\n")
        program.press(.character("n"), .character("n"))
        #expect(program.state.selectedRow == 2)
        program.press(.character("j"))
        #expect(program.state.selectedRow == 2)
        program.press(.character("p"))
        #expect(program.state.selectedRow == 1)
    }

    @Test func aSequenceWaitsForItsSecondKey() {
        let program = program("[keys]\ntop = \"g g\"\n")
        program.press(.character("j"), .character("j"))
        #expect(program.state.selectedRow == 2)
        program.press(.character("g"))
        #expect(program.keyMap.pendingKeys == [.character("g")])
        #expect(program.state.selectedRow == 2)
        #expect(program.render().textLines().last?.hasSuffix(" g… ") == true)
        program.press(.character("g"))
        #expect(program.keyMap.pendingKeys.isEmpty)
        #expect(program.state.selectedRow == 0)
        #expect(program.render().textLines().last?.hasSuffix("? help ") == true)
    }

    @Test func aKeyThatCompletesNoSequenceActsAlone() {
        let program = program("[keys]\ntop = \"g g\"\n")
        program.press(.character("g"), .character("j"))
        #expect(program.state.selectedRow == 1)
        #expect(program.keyMap.pendingKeys.isEmpty)
        program.press(.character("j"), .character("g"), .character("g"))
        #expect(program.state.selectedRow == 0)
    }

    @Test func aSequenceStartedTwiceKeepsWaiting() {
        let program = program("[keys]\ntop = \"g g\"\nbottom = \"z z\"\n")
        program.press(.character("j"), .character("z"), .character("g"))
        #expect(program.keyMap.pendingKeys == [.character("g")])
        program.press(.character("g"))
        #expect(program.state.selectedRow == 0)
    }

    @Test func helpShowsTheConfiguredKeys() {
        let program = program("[keys]\ntop = [\"g g\", \"home\"]\nquit = \"ctrl-q\"\n")
        program.press(.character("?"))
        let screen = program.render().textLines().joined(separator: "\n")
        #expect(screen.contains("Home, g g"))
        #expect(screen.contains("Ctrl-q"))
        program.press(.character("g"))
        #expect(!program.state.helpVisible)
        #expect(program.keyMap.pendingKeys.isEmpty)
    }

    @Test func theDefaultKeysStillWorkWithAnEmptyConfig() {
        let program = program("")
        program.press(.character("j"), .character("j"), .character("g"))
        #expect(program.state.selectedRow == 0)
        #expect(program.keyMap.pendingKeys.isEmpty)
        #expect(!program.handle(.key(.character("q"))))
    }

    @Test func aHiddenSidebarGivesItsRoomToTheReaderAndFocusSkipsIt() {
        let hidden = program("sidebar = false\n")
        let shown = program("")
        let size = Size(width: 120, height: 30)
        #expect(ScreenLayout(size: size, focus: .list, sidebarVisible: false).sidebar == nil)
        #expect(shown.state.readerTextWidth < 80)
        #expect(hidden.state.readerTextWidth == 80)
        hidden.press(.tab)
        #expect(hidden.state.focus == .reader)
        hidden.press(.tab)
        #expect(hidden.state.focus == .list)
        hidden.press(.backTab)
        #expect(hidden.state.focus == .reader)
        let screen = hidden.render().textLines().joined(separator: "\n")
        #expect(!screen.contains("Quotes"))
        #expect(shown.render().textLines().joined(separator: "\n").contains("Quotes"))
    }

    @Test func aConfigProblemShownBeforeTheProgramRunsStaysOnScreen() throws {
        let result = ConfigParser.parse("[keys]\nfly = \"f\"\n", file: "/home/ana/.config/folio/config.toml")
        let summary = try #require(result.summary)
        let backend = TestBackend(size: Size(width: 120, height: 30))
        let program = Program(state: AppState(articles: Fixtures.all, size: backend.size), backend: backend,
                              keyMap: KeyMap(config: result.config))
        program.dispatch(.showMessage(summary))
        program.run()
        let status = try #require(backend.frames.last?.textLines().last)
        #expect(status.contains("Config: config.toml:2: unknown action 'fly'"))
    }

    @Test func theReadingWidthComesFromTheConfig() {
        #expect(program("reading-width = 40\n").state.readerTextWidth == 40)
    }
}
