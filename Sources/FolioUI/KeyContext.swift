/// Where a key binding applies. The help overlay groups bindings by context, in this order.
public enum KeyContext: String, Sendable, Hashable, CaseIterable {
    /// Moving in the focused pane: rows in the list, lines in the reader, quotations in the sidebar.
    case movement
    case list
    case sidebar
    /// Anywhere, whatever pane has focus.
    case global
    /// While the help overlay is open.
    case help

    public var title: String {
        switch self {
        case .global: "Anywhere"
        case .movement: "Moving"
        case .list: "Article list"
        case .sidebar: "Quotes"
        case .help: "Help"
        }
    }

    /// Whether a binding in this context answers keys when `focus` has focus and no overlay is open.
    func applies(to focus: Pane) -> Bool {
        switch self {
        case .global, .movement: true
        case .list: focus == .list
        case .sidebar: focus == .sidebar
        case .help: false
        }
    }
}
