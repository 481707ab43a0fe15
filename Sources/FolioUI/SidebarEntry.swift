import FolioCore

/// One selectable item of the sidebar: a highlight, an annotation that lost its place in the
/// text, or a detected quotation nobody highlighted yet (by index in `Article.quotations`).
public enum SidebarEntry: Sendable, Hashable {
    case highlight(Annotation)
    case orphan(Annotation)
    case detected(Int)

    public var annotation: Annotation? {
        switch self {
        case .highlight(let annotation), .orphan(let annotation): annotation
        case .detected: nil
        }
    }

    var isOrphan: Bool {
        if case .orphan = self { return true }
        return false
    }

    /// The heading of the group the entry belongs to.
    var group: String {
        switch self {
        case .highlight: "Highlights"
        case .orphan: "Orphaned"
        case .detected: "Detected quotes"
        }
    }
}
