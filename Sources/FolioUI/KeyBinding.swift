/// One entry of the key table: the single source for both the key map and the help overlay,
/// so what `?` shows is always what the keys do.
public struct KeyBinding: Sendable, Hashable {
    public var action: Action
    public var keys: [Key]
    /// Keys pressed one after another (`g g`), each at least two long; the first waits for the rest.
    public var sequences: [[Key]]
    public var help: String
    public var context: KeyContext
    /// Shown in the help overlay instead of the key list, for bindings like "any key".
    public var keyLabel: String?
    /// The action's name in the config file's `[keys]` table (`line-down`). Derived from the
    /// action's case when not given; actions carrying a value need an explicit one (`set-color-1`).
    public var name: String

    public init(_ action: Action, keys: [Key], help: String, context: KeyContext, keyLabel: String? = nil,
                name: String? = nil, sequences: [[Key]] = []) {
        self.action = action
        self.keys = keys
        self.sequences = sequences
        self.help = help
        self.context = context
        self.keyLabel = keyLabel
        self.name = name ?? KeyBinding.derivedName(of: action)
    }

    /// Every way to trigger the binding, single keys first.
    public var allSequences: [[Key]] {
        keys.map { [$0] } + sequences
    }

    /// How the help overlay names the keys: "j, ↓", "g g, Home".
    public var keysDescription: String {
        keyLabel ?? allSequences.map { $0.map(\.label).joined(separator: " ") }.joined(separator: ", ")
    }

    /// Replaces the keys with `sequences`, splitting single keys from longer sequences.
    mutating func rebind(_ sequences: [[Key]]) {
        keys = sequences.filter { $0.count == 1 }.map { $0[0] }
        self.sequences = sequences.filter { $0.count > 1 }
    }

    /// Takes `sequence` away, when another binding gets it.
    mutating func remove(_ sequence: [Key]) {
        if sequence.count == 1 { keys.removeAll { $0 == sequence[0] } }
        sequences.removeAll { $0 == sequence }
    }

    /// `lineDown` → `line-down`: the case name in kebab case, which stays put as long as the case does.
    static func derivedName(of action: Action) -> String {
        let caseName = String(describing: action).prefix { $0 != "(" }
        var name = ""
        for character in caseName {
            if character.isUppercase {
                if !name.isEmpty { name.append("-") }
                name.append(contentsOf: character.lowercased())
            } else {
                name.append(character)
            }
        }
        return name
    }

    /// Folio's keys, following less, vim and newsboat. Bindings of one context with the same
    /// help text share a line in the help overlay ("1, 2, 3, 4, 5").
    public static let defaults: [KeyBinding] = [
        KeyBinding(.focusNext, keys: [.tab], help: "Next pane", context: .global),
        KeyBinding(.focusPrevious, keys: [.backTab], help: "Previous pane", context: .global),
        KeyBinding(.focusList, keys: [.escape, .backspace], help: "Back to the list", context: .global),
        KeyBinding(.toggleRaw, keys: [.character("r")], help: "Raw file on/off", context: .global),
        KeyBinding(.showHelp, keys: [.function(1)], help: "This help", context: .global),
        // In the reader `?` searches backward, as in less; elsewhere it is help too.
        KeyBinding(.showHelp, keys: [.character("?")], help: "This help", context: .list, name: "show-help-in-list"),
        KeyBinding(.showHelp, keys: [.character("?")], help: "This help", context: .sidebar, name: "show-help-in-sidebar"),
        KeyBinding(.quit, keys: [.character("q")], help: "Quit", context: .global),
        KeyBinding(.undo, keys: [.character("u")], help: "Undo a change", context: .global),
        KeyBinding(.redo, keys: [.control("r")], help: "Redo", context: .global),
        KeyBinding(.lineDown, keys: [.character("j"), .down], help: "Down one line", context: .movement),
        KeyBinding(.lineUp, keys: [.character("k"), .up], help: "Up one line", context: .movement),
        KeyBinding(.pageDown, keys: [.character(" "), .pageDown], help: "Page down", context: .movement),
        KeyBinding(.pageUp, keys: [.character("b"), .pageUp], help: "Page up", context: .movement),
        KeyBinding(.halfPageDown, keys: [.control("d")], help: "Half a page down", context: .movement),
        KeyBinding(.halfPageUp, keys: [.control("u")], help: "Half a page up", context: .movement),
        KeyBinding(.top, keys: [.character("g"), .home], help: "Top", context: .movement),
        KeyBinding(.bottom, keys: [.character("G"), .end], help: "Bottom", context: .movement),
        KeyBinding(.openArticle, keys: [.enter], help: "Open the article", context: .list),
        KeyBinding(.nextQuotation, keys: [.character("]")], help: "Next/prev quotation", context: .reader),
        KeyBinding(.previousQuotation, keys: [.character("[")], help: "Next/prev quotation", context: .reader),
        KeyBinding(.nextSentence, keys: [.character(")")], help: "Next/prev sentence", context: .reader),
        KeyBinding(.previousSentence, keys: [.character("(")], help: "Next/prev sentence", context: .reader),
        KeyBinding(.startSelection, keys: [.character("v")], help: "Select from cursor", context: .reader),
        KeyBinding(.highlight, keys: [.character("h")], help: "Highlight it", context: .highlights),
        KeyBinding(.setColor(.yellow), keys: [.character("1")], help: "Color yellow…purple", context: .highlights,
                   name: "set-color-1"),
        KeyBinding(.setColor(.green), keys: [.character("2")], help: "Color yellow…purple", context: .highlights,
                   name: "set-color-2"),
        KeyBinding(.setColor(.blue), keys: [.character("3")], help: "Color yellow…purple", context: .highlights,
                   name: "set-color-3"),
        KeyBinding(.setColor(.pink), keys: [.character("4")], help: "Color yellow…purple", context: .highlights,
                   name: "set-color-4"),
        KeyBinding(.setColor(.purple), keys: [.character("5")], help: "Color yellow…purple", context: .highlights,
                   name: "set-color-5"),
        KeyBinding(.editNote, keys: [.character("a")], help: "Add or edit its note", context: .highlights),
        KeyBinding(.editTags, keys: [.character("t")], help: "Edit its tags", context: .highlights),
        KeyBinding(.deleteHighlight, keys: [.character("x")], help: "Delete the highlight", context: .highlights),
        KeyBinding(.jumpToQuotation, keys: [.enter], help: "Show it in the text", context: .sidebar),
        KeyBinding(.toggleDetectedQuotations, keys: [.character("d")], help: "Show unhighlighted", context: .sidebar),
        KeyBinding(.reattach, keys: [.character("R")], help: "Re-attach orphan", context: .sidebar),
        KeyBinding(.extendWordForward, keys: [.character("w")], help: "Extend by word", context: .visual),
        KeyBinding(.extendWordBackward, keys: [.character("b")], help: "Extend by word", context: .visual),
        KeyBinding(.cancelSelection, keys: [.escape, .character("v")], help: "Cancel selection", context: .visual),
        KeyBinding(.editorLeft, keys: [.left], help: "Move", context: .editor),
        KeyBinding(.editorRight, keys: [.right], help: "Move", context: .editor),
        KeyBinding(.editorHome, keys: [.home, .control("a")], help: "To the start", context: .editor),
        KeyBinding(.editorEnd, keys: [.end, .control("e")], help: "To the end", context: .editor),
        KeyBinding(.editorBackspace, keys: [.backspace], help: "Erase character", context: .editor),
        KeyBinding(.editorDelete, keys: [.delete], help: "Erase character", context: .editor),
        KeyBinding(.editorClear, keys: [.control("u")], help: "Clear the line", context: .editor),
        KeyBinding(.editorCommit, keys: [.enter], help: "Save / cancel", context: .editor),
        KeyBinding(.editorCancel, keys: [.escape], help: "Save / cancel", context: .editor),
        KeyBinding(.closeHelp, keys: [], help: "Close help", context: .help, keyLabel: "any key"),
        // MARK: - Reader comforts and export
        KeyBinding(.openExportMenu, keys: [.character("e")], help: "Export menu", context: .global),
        // The list's own keys: the reader's help at 80x24 has room for one more global line only.
        KeyBinding(.toggleRead, keys: [.character("m")], help: "Mark read/unread", context: .list),
        KeyBinding(.cycleTheme, keys: [.character("T")], help: "Next theme", context: .list),
        // MARK: - Finding things
        // S is not global: the reader's help at 80x24 has no line left for it.
        KeyBinding(.toggleSpeakers, keys: [.character("S")], help: "Speakers list", context: .list),
        KeyBinding(.toggleSpeakers, keys: [.character("S")], help: "Speakers list", context: .sidebar,
                   name: "toggle-speakers-in-sidebar"),
        KeyBinding(.filterList, keys: [.character("/")], help: "Filter (Esc clears it)", context: .list),
        KeyBinding(.cycleSort, keys: [.character("s")], help: "Sort (title, date…)", context: .list),
        KeyBinding(.searchForward, keys: [.character("/")], help: "Search ↓/↑, n/N next", context: .reader),
        KeyBinding(.searchBackward, keys: [.character("?")], help: "Search ↓/↑, n/N next", context: .reader),
        KeyBinding(.nextMatch, keys: [.character("n")], help: "Search ↓/↑, n/N next", context: .reader),
        KeyBinding(.previousMatch, keys: [.character("N")], help: "Search ↓/↑, n/N next", context: .reader),
        KeyBinding(.searchHighlights, keys: [.character("/")], help: "Search highlights", context: .sidebar),
    ]
}

extension Key {
    /// The key as a person would name it.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let character): String(character)
        case .control(let character): "Ctrl-\(character)"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let number): "F\(number)"
        }
    }
}
