import Testing
@testable import FolioUI

@Suite struct KeyNotationTests {
    @Test(arguments: [
        ("q", [Key.character("q")]), ("G", [.character("G")]), ("?", [.character("?")]), ("]", [.character("]")]),
        ("ctrl-c", [.control("c")]), ("CTRL-X", [.control("x")]), ("shift-tab", [.backTab]),
        ("enter", [.enter]), ("esc", [.escape]), ("Escape", [.escape]), ("tab", [.tab]),
        ("backspace", [.backspace]), ("delete", [.delete]), ("space", [.character(" ")]),
        ("up", [.up]), ("down", [.down]), ("left", [.left]), ("right", [.right]),
        ("pgup", [.pageUp]), ("pgdn", [.pageDown]), ("home", [.home]), ("end", [.end]),
        ("f1", [.function(1)]), ("F12", [.function(12)]),
        ("g g", [.character("g"), .character("g")]), ("  g   e ", [.character("g"), .character("e")]),
        ("ctrl-w down", [.control("w"), .down]), ("ن", [.character("ن")]),
    ])
    func parses(_ text: String, _ keys: [Key]) {
        #expect(KeyNotation.parse(text) == keys)
    }

    @Test(arguments: ["", "   ", "ctrl-", "ctrl-1", "ctrl-cc", "f0", "f13", "f01", "pagedownn", "gg", "g gg"])
    func refuses(_ text: String) {
        #expect(KeyNotation.parse(text) == nil)
    }

    @Test func everyDefaultKeyRoundTrips() {
        for binding in KeyBinding.defaults {
            for sequence in binding.allSequences {
                #expect(KeyNotation.parse(KeyNotation.format(sequence)) == sequence, "\(sequence)")
            }
        }
        for key: Key in [.function(5), .control("z"), .character("G"), .character(" "), .delete] {
            #expect(KeyNotation.parse(KeyNotation.format(key)) == [key])
        }
    }
}
