/// How keys are written in the config file: `q`, `ctrl-c`, `shift-tab`, `f5`, and sequences of
/// keys separated by spaces (`g g`). Kept separate from `Key.label` (what the help overlay shows,
/// with arrows and capitals) because a config must be typed on any keyboard and read back exactly.
///
/// Single characters stand for themselves and are case-sensitive (`G` is not `g`); names are not:
/// `enter`, `esc`, `tab`, `shift-tab`, `backspace`, `delete`, `up`, `down`, `left`, `right`,
/// `pgup`, `pgdn`, `home`, `end`, `f1`…`f12`, `space`, and `ctrl-` with a letter.
public enum KeyNotation {
    /// Named keys, each with the one spelling `format` writes.
    static let names: [(name: String, key: Key)] = [
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab),
        ("backspace", .backspace), ("delete", .delete), ("space", .character(" ")),
        ("up", .up), ("down", .down), ("left", .left), ("right", .right),
        ("pgup", .pageUp), ("pgdn", .pageDown), ("home", .home), ("end", .end),
    ]

    /// Other spellings people reach for, accepted but never written.
    private static let aliases: [String: Key] = [
        "escape": .escape, "return": .enter, "backtab": .backTab, "del": .delete,
        "pageup": .pageUp, "pagedown": .pageDown,
    ]

    /// The keys of one binding: a single key, or a sequence pressed one after another.
    /// Nil when a part is not a key this notation knows.
    public static func parse(_ text: String) -> [Key]? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard !parts.isEmpty else { return nil }
        var keys: [Key] = []
        for part in parts {
            guard let key = key(String(part)) else { return nil }
            keys.append(key)
        }
        return keys
    }

    /// One key in notation: the inverse of `parse` for a single key.
    public static func format(_ key: Key) -> String {
        if let named = names.first(where: { $0.key == key }) { return named.name }
        switch key {
        case .character(let character): return String(character)
        case .control(let character): return "ctrl-\(character)"
        case .function(let number): return "f\(number)"
        default: return key.label
        }
    }

    /// A sequence in notation: `g g`.
    public static func format(_ sequence: [Key]) -> String {
        sequence.map { format($0) }.joined(separator: " ")
    }

    private static func key(_ token: String) -> Key? {
        if token.count == 1, let character = token.first { return .character(character) }
        let lowered = token.lowercased()
        if let named = names.first(where: { $0.name == lowered }) { return named.key }
        if let alias = aliases[lowered] { return alias }
        if lowered.hasPrefix("ctrl-") {
            let rest = lowered.dropFirst("ctrl-".count)
            guard rest.count == 1, let letter = rest.first, letter.isASCII, letter.isLetter else { return nil }
            return .control(letter)
        }
        if lowered.hasPrefix("f"), let number = Int(lowered.dropFirst()), (1...12).contains(number),
           lowered == "f\(number)" {
            return .function(number)
        }
        return nil
    }
}
