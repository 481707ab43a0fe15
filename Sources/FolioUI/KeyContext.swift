/// Where a key binding applies. The help overlay groups bindings by context, in this order.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    /// Moving in the focused pane: rows in the list, lines in the reader, quotations in the sidebar.
    case movement
    case list
    /// The reader pane: moving the cursor over quotations and sentences.
    case reader
    /// Changing highlights: the one under the reader's cursor or selected in the sidebar.
    case highlights
    case sidebar
    /// While a selection is being made in the reader; these win over other reader keys.
    case visual
    /// While the one-line editor (a note, tags or a search) is open; other printable keys type.
    case editor
    /// Anywhere, whatever pane has focus.
    case global
    /// While the help overlay is open.
    case help

    public var title: String {
        switch self {
        case .global: "Anywhere"
        case .movement: "Moving"
        case .list: "Article list"
        case .reader: "Reader"
        case .highlights: "Highlights"
        case .sidebar: "Quotes"
        case .visual: "Selecting (v)"
        case .editor: "Typing (note, tags, search)"
        case .help: "Help"
        }
    }

    /// Whether a binding in this context answers keys when `focus` has focus and no overlay is open.
    func applies(to focus: Pane) -> Bool {
        switch self {
        case .global, .movement: true
        case .list: focus == .list
        case .reader: focus == .reader
        case .highlights: focus == .reader || focus == .sidebar
        case .sidebar: focus == .sidebar
        case .visual, .editor, .help: false
        }
    }

    /// Whether the help overlay lists this context when `focus` has focus: the keys that can
    /// work there, so the overlay stays short enough for 80x24. Closing help is said in the
    /// overlay's own title.
    func isShown(for focus: Pane) -> Bool {
        switch self {
        case .visual, .editor: focus == .reader
        case .help: false
        default: applies(to: focus)
        }
    }
}
