/// What keys currently mean besides pane focus: ordinary commands, extending a selection, or
/// typing into the one-line editor.
public enum InputMode: Sendable, Hashable {
    case normal
    /// A selection is being made in the reader (`v`).
    case visual
    /// The one-line editor is open; printable keys insert text.
    case editing
}
