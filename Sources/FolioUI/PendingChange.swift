/// A change shown in the state but not yet confirmed by the effect handler; kept so a failure
/// can restore the annotation and put the history back as it was.
public struct PendingChange: Sendable, Hashable {
    public enum Origin: Sendable, Hashable {
        case edit
        case undo
        case redo
    }

    /// The change as applied to the state (for an undo, the history entry reversed).
    public var applied: AnnotationChange
    public var origin: Origin
    var entry: UndoHistory.Entry
}
