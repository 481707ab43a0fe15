import Testing
@testable import FolioUI

@Suite struct KeyMapTests {
    let keyMap = KeyMap()

    @Test func everyBindingAnswersInItsContext() {
        for binding in KeyBinding.defaults where binding.context != .help {
            let mode: InputMode = switch binding.context {
            case .visual: .visual
            case .editor: .editing
            default: .normal
            }
            for key in binding.keys {
                let focus = Pane.allCases.first { binding.context.applies(to: $0) } ?? .reader
                #expect(keyMap.action(for: key, focus: focus, mode: mode, helpVisible: false) == binding.action,
                        "\(key.label) in \(focus) should be \(binding.action)")
            }
        }
    }

    @Test func enterDependsOnFocus() {
        #expect(keyMap.action(for: .enter, focus: .list, helpVisible: false) == .openArticle)
        #expect(keyMap.action(for: .enter, focus: .sidebar, helpVisible: false) == .jumpToQuotation)
        #expect(keyMap.action(for: .enter, focus: .reader, helpVisible: false) == nil)
    }

    @Test func anyKeyClosesHelp() {
        for key: Key in [.character("q"), .character("j"), .enter, .escape, .character("?")] {
            #expect(keyMap.action(for: key, focus: .reader, helpVisible: true) == .closeHelp)
        }
    }

    @Test func slashSearchesWhereverItIsAndQuestionMarkIsHelpOutsideTheReader() {
        #expect(keyMap.action(for: .character("/"), focus: .reader, helpVisible: false) == .searchForward)
        #expect(keyMap.action(for: .character("?"), focus: .reader, helpVisible: false) == .searchBackward)
        #expect(keyMap.action(for: .character("/"), focus: .list, helpVisible: false) == .filterList)
        #expect(keyMap.action(for: .character("/"), focus: .sidebar, helpVisible: false) == .searchHighlights)
        for pane in Pane.allCases {
            #expect(keyMap.action(for: .function(1), focus: pane, helpVisible: false) == .showHelp)
        }
        #expect(keyMap.action(for: .character("?"), focus: .list, helpVisible: false) == .showHelp)
        #expect(keyMap.action(for: .character("?"), focus: .sidebar, helpVisible: false) == .showHelp)
    }

    @Test(arguments: [Pane.list, .reader, .sidebar])
    func helpListsEveryBindingThatWorksInThePane(_ pane: Pane) {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.enter)
        while program.state.focus != pane { program.press(.tab) }
        program.press(.function(1))
        let screen = program.render().textLines().joined(separator: "\n")
        for binding in KeyBinding.defaults where binding.context.isShown(for: pane) {
            #expect(screen.contains(binding.help), "help should list \(binding.help)")
            #expect(screen.contains(binding.keysDescription), "help should list \(binding.keysDescription)")
        }
        for context in KeyContext.allCases where context.isShown(for: pane) {
            #expect(screen.contains(context.title))
        }
    }

    @Test func typingInTheEditorInsertsEveryCharacter() {
        for character: Character in ["h", "x", "q", "?", "ن", "引", "✓", " "] {
            #expect(keyMap.action(for: .character(character), focus: .reader, mode: .editing, helpVisible: false) == .editorInsert(character))
        }
        #expect(keyMap.action(for: .escape, focus: .reader, mode: .editing, helpVisible: false) == .editorCancel)
        #expect(keyMap.action(for: .enter, focus: .sidebar, mode: .editing, helpVisible: false) == .editorCommit)
    }

    @Test func selectionKeysWinInVisualModeOnlyInTheReader() {
        #expect(keyMap.action(for: .character("b"), focus: .reader, mode: .visual, helpVisible: false) == .extendWordBackward)
        #expect(keyMap.action(for: .character("b"), focus: .reader, mode: .normal, helpVisible: false) == .pageUp)
        #expect(keyMap.action(for: .escape, focus: .reader, mode: .visual, helpVisible: false) == .cancelSelection)
        #expect(keyMap.action(for: .escape, focus: .sidebar, mode: .visual, helpVisible: false) == .focusList)
        #expect(keyMap.action(for: .character(")"), focus: .reader, mode: .visual, helpVisible: false) == .nextSentence)
    }
}
