/// The undo and redo stacks of annotation changes. Each entry has a serial number so a change
/// whose save failed can be taken back out of the history it was put into.
struct UndoHistory: Sendable {
    struct Entry: Sendable, Hashable {
        var serial: Int
        var change: AnnotationChange
    }

    private(set) var undoStack: [Entry] = []
    private(set) var redoStack: [Entry] = []

    /// A new change by the user: undoable, and the end of any redo.
    mutating func record(_ entry: Entry) {
        undoStack.append(entry)
        redoStack.removeAll()
    }

    mutating func popUndo() -> Entry? { undoStack.popLast() }
    mutating func popRedo() -> Entry? { redoStack.popLast() }
    mutating func pushUndo(_ entry: Entry) { undoStack.append(entry) }
    mutating func pushRedo(_ entry: Entry) { redoStack.append(entry) }

    mutating func removeUndo(serial: Int) { undoStack.removeAll { $0.serial == serial } }
    mutating func removeRedo(serial: Int) { redoStack.removeAll { $0.serial == serial } }
}
