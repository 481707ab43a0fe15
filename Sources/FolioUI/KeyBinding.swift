/// One entry of the key table: the single source for both the key map and the help overlay,
/// so what `?` shows is always what the keys do.
public struct KeyBinding: Sendable, Hashable {
    public var action: Action
    public var keys: [Key]
    public var help: String
    public var context: KeyContext
    /// Shown in the help overlay instead of the key list, for bindings like "any key".
    public var keyLabel: String?

    public init(_ action: Action, keys: [Key], help: String, context: KeyContext, keyLabel: String? = nil) {
        self.action = action
        self.keys = keys
        self.help = help
        self.context = context
        self.keyLabel = keyLabel
    }

    /// How the help overlay names the keys: "j, ↓".
    public var keysDescription: String {
        keyLabel ?? keys.map(\.label).joined(separator: ", ")
    }

    /// Folio's keys, following less, vim and newsboat. `h`, `[` and `]` stay free for
    /// highlighting and quotation-to-quotation movement.
    public static let defaults: [KeyBinding] = [
        KeyBinding(.focusNext, keys: [.tab], help: "Next pane", context: .global),
        KeyBinding(.focusPrevious, keys: [.backTab], help: "Previous pane", context: .global),
        KeyBinding(.focusList, keys: [.escape, .backspace], help: "Back to the list", context: .global),
        KeyBinding(.toggleRaw, keys: [.character("r")], help: "Raw file on/off", context: .global),
        KeyBinding(.showHelp, keys: [.character("?")], help: "This help", context: .global),
        KeyBinding(.quit, keys: [.character("q")], help: "Quit", context: .global),
        KeyBinding(.lineDown, keys: [.character("j"), .down], help: "Down one line", context: .movement),
        KeyBinding(.lineUp, keys: [.character("k"), .up], help: "Up one line", context: .movement),
        KeyBinding(.pageDown, keys: [.character(" "), .pageDown], help: "Page down", context: .movement),
        KeyBinding(.pageUp, keys: [.character("b"), .pageUp], help: "Page up", context: .movement),
        KeyBinding(.halfPageDown, keys: [.control("d")], help: "Half a page down", context: .movement),
        KeyBinding(.halfPageUp, keys: [.control("u")], help: "Half a page up", context: .movement),
        KeyBinding(.top, keys: [.character("g"), .home], help: "Top", context: .movement),
        KeyBinding(.bottom, keys: [.character("G"), .end], help: "Bottom", context: .movement),
        KeyBinding(.openArticle, keys: [.enter], help: "Open the article", context: .list),
        KeyBinding(.jumpToQuotation, keys: [.enter], help: "Show it in the text", context: .sidebar),
        KeyBinding(.closeHelp, keys: [], help: "Close help", context: .help, keyLabel: "any key"),
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
