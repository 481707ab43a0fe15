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
        return normalAction(for: key, focus: focus)
    }

    /// The action for `key` in `mode`: while editing, editor keys and typed characters; while
    /// selecting in the reader, selection keys first, then the ordinary ones.
    public func action(for key: Key, focus: Pane, mode: InputMode, helpVisible: Bool) -> Action? {
        if helpVisible { return .closeHelp }
        switch mode {
        case .editing:
            if let binding = bindings.first(where: { $0.context == .editor && $0.keys.contains(key) }) {
                return binding.action
            }
            if case .character(let character) = key { return .editorInsert(character) }
            return nil
        case .visual where focus == .reader:
            if let binding = bindings.first(where: { $0.context == .visual && $0.keys.contains(key) }) {
                return binding.action
            }
            return normalAction(for: key, focus: focus)
        case .normal, .visual:
            return normalAction(for: key, focus: focus)
        }
    }

    private func normalAction(for key: Key, focus: Pane) -> Action? {
        let candidates = bindings.filter { $0.context.applies(to: focus) && $0.keys.contains(key) }
        let specific = candidates.first { $0.context != .global && $0.context != .movement }
        return (specific ?? candidates.first)?.action
    }
}
