import Testing
@testable import FolioUI

@Suite struct KeyMapTests {
    let keyMap = KeyMap()

    @Test func everyBindingAnswersInItsContext() {
        for binding in KeyBinding.defaults where binding.context != .help {
            for key in binding.keys {
                let focus = Pane.allCases.first { binding.context.applies(to: $0) } ?? .list
                #expect(keyMap.action(for: key, focus: focus, helpVisible: false) == binding.action,
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

    @Test func keysReservedForLaterAreFree() {
        for character in ["h", "[", "]", "/", "n"] {
            #expect(keyMap.action(for: .character(Character(character)), focus: .reader, helpVisible: false) == nil)
        }
    }

    @Test func helpListsEveryBinding() {
        let (program, _) = Fixtures.program(size: Size(width: 80, height: 24))
        program.press(.character("?"))
        let screen = program.render().textLines().joined(separator: "\n")
        for binding in KeyBinding.defaults {
            #expect(screen.contains(binding.help), "help should list \(binding.help)")
            #expect(screen.contains(binding.keysDescription), "help should list \(binding.keysDescription)")
        }
        for context in KeyContext.allCases {
            #expect(screen.contains(context.title))
        }
    }
}
