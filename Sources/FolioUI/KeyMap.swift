/// Turns a key into an action given what has focus and whether an overlay is open, so the
/// same key (Enter) can open an article in the list and jump to a quotation in the sidebar.
///
/// Bindings may be sequences (`g g`): the first key of one is held as `pendingKeys` until the
/// next arrives. A next key that completes no sequence is taken on its own, as if the prefix had
/// not been pressed. There is no timeout, so a key that starts a sequence never acts alone in
/// the same place; the config loader reports such shadowed bindings.
public struct KeyMap: Sendable {
    public let bindings: [KeyBinding]
    /// The start of a sequence pressed so far, waiting for its next key.
    public private(set) var pendingKeys: [Key] = []

    public init(bindings: [KeyBinding] = KeyBinding.defaults) {
        self.bindings = bindings
    }

    /// The keys the user's config asks for, with defaults for the actions it leaves alone.
    public init(config: FolioConfig) {
        self.init(bindings: config.keyBindings)
    }

    /// The action for `key` pressed alone; pane-specific bindings win over movement and global
    /// ones. While help is open every key closes it.
    public func action(for key: Key, focus: Pane, helpVisible: Bool) -> Action? {
        action(for: key, focus: focus, mode: .normal, helpVisible: helpVisible)
    }

    /// The action for `key` pressed alone in `mode`: while editing, editor keys and typed
    /// characters; while selecting in the reader, selection keys first, then the ordinary ones.
    public func action(for key: Key, focus: Pane, mode: InputMode, helpVisible: Bool) -> Action? {
        if helpVisible { return .closeHelp }
        let tiers = KeyMap.tiers(of: bindings, focus: focus, mode: mode)
        for tier in tiers {
            if let binding = tier.first(where: { $0.keys.contains(key) }) { return binding.action }
        }
        return KeyMap.unboundAction(for: key, mode: mode)
    }

    /// Takes the next key press, following sequences: nil while a sequence waits for its next
    /// key (or when the key means nothing here).
    public mutating func press(_ key: Key, focus: Pane, mode: InputMode, helpVisible: Bool) -> Action? {
        let prefix = pendingKeys
        pendingKeys = []
        if helpVisible { return .closeHelp }
        let sequence = prefix + [key]
        for tier in KeyMap.tiers(of: bindings, focus: focus, mode: mode) {
            if tier.contains(where: { $0.sequences.contains { $0.count > sequence.count && $0.starts(with: sequence) } }) {
                pendingKeys = sequence
                return nil
            }
            if let binding = tier.first(where: { $0.allSequences.contains(sequence) }) { return binding.action }
        }
        if !prefix.isEmpty { return press(key, focus: focus, mode: mode, helpVisible: helpVisible) }
        return KeyMap.unboundAction(for: key, mode: mode)
    }

    /// The groups of bindings that answer keys with `focus` in `mode`, the first group that has
    /// a key winning: in the reader's visual mode the selection keys, then the pane's own keys,
    /// then movement and global keys; while editing only the editor's.
    static func tiers(of bindings: [KeyBinding], focus: Pane, mode: InputMode) -> [[KeyBinding]] {
        let general = bindings.filter { $0.context == .global || $0.context == .movement }
        let specific = bindings.filter {
            $0.context != .global && $0.context != .movement && $0.context.applies(to: focus)
        }
        switch mode {
        case .editing:
            return [bindings.filter { $0.context == .editor }]
        case .visual where focus == .reader:
            return [bindings.filter { $0.context == .visual }, specific, general]
        case .normal, .visual:
            return [specific, general]
        }
    }

    /// What a key bound to nothing does: types itself in the editor, else nothing.
    private static func unboundAction(for key: Key, mode: InputMode) -> Action? {
        if mode == .editing, case .character(let character) = key { return .editorInsert(character) }
        return nil
    }
}
