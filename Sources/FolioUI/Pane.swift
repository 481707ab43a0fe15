/// The three panes of the reader; focus decides where movement keys go and, on a narrow
/// terminal, which pane is on screen.
public enum Pane: String, Sendable, Hashable, CaseIterable {
    case list
    case reader
    case sidebar

    /// The name shown in pane titles, the status line and the help overlay.
    public var name: String {
        switch self {
        case .list: "Articles"
        case .reader: "Reader"
        case .sidebar: "Quotes"
        }
    }

    var next: Pane {
        switch self {
        case .list: .reader
        case .reader: .sidebar
        case .sidebar: .list
        }
    }

    var previous: Pane {
        switch self {
        case .list: .sidebar
        case .reader: .list
        case .sidebar: .reader
        }
    }
}
