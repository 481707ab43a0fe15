import Testing
@testable import FolioUI

@Suite struct LineEditorTests {
    @Test func editsAtTheCursorByCharacter() {
        var editor = LineEditor(text: "引用✓")
        #expect(editor.cursor == 3)
        editor.moveLeft()
        editor.insert("é")
        #expect(editor.text == "引用é✓")
        editor.moveHome()
        editor.deleteForward()
        editor.moveEnd()
        editor.backspace()
        #expect(editor.text == "用é")
        editor.moveRight()
        #expect(editor.cursor == 2)
        editor.clear()
        #expect(editor.text.isEmpty && editor.cursor == 0)
        editor.backspace()
        editor.moveLeft()
        #expect(editor.text.isEmpty && editor.cursor == 0)
    }

    @Test func scrollsHorizontallyToKeepTheCursorVisible() {
        var editor = LineEditor(text: "abcdefghij")
        #expect(editor.window(width: 20) == ("abcdefghij", 10))
        let end = editor.window(width: 5)
        #expect(end == ("ghij", 4), "the text ends before the cursor's own cell")
        editor.moveHome()
        #expect(editor.window(width: 5) == ("abcde", 0))
        var wide = LineEditor(text: "引用引用")
        #expect(wide.window(width: 5) == ("引用", 4), "whole wide characters only")
        wide.moveHome()
        #expect(wide.window(width: 5) == ("引用", 0))
    }
}
