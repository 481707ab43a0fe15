/// Turns a key into an action given what has focus and whether an overlay is open, so the
/// same key (Enter) can open an article in the list and jump to a quotation in the sidebar.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]

    public init(bindings: [KeyBinding] = KeyBinding.defaults) {
        self.bindings = bindings
    }

    /// The action for `key`; pane-specific bindings win over movement and global ones.
    /// While help is open every key closes it.
    public func action(for key: Key, focus: Pane, helpVisible: Bool) -> Action? {
        if helpVisible { return .closeHelp }
        let candidates = bindings.filter { $0.context.applies(to: focus) && $0.keys.contains(key) }
        let specific = candidates.first { $0.context != .global && $0.context != .movement }
        return (specific ?? candidates.first)?.action
    }
}
