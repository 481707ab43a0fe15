/// Two bindings answering the same keys in the same place, so one of them can never act: the
/// same key (or sequence) twice, or a key that also starts a sequence. Places are those of
/// `KeyMap.tiers`: every pane in every input mode.
struct KeyConflict: Hashable {
    /// The keys both answer: for a prefix conflict, the loser's keys, which start the winner's.
    var sequence: [Key]
    /// Index in the table of the binding the key map chooses.
    var winner: Int
    /// Index of the binding that never gets `sequence`.
    var loser: Int
    /// The winner's sequence that `sequence` starts, for a prefix conflict.
    var longerSequence: [Key]?

    /// Every conflict in `bindings`, once each, in table order.
    static func all(in bindings: [KeyBinding]) -> [KeyConflict] {
        var found: [KeyConflict] = []
        let indexed = Array(bindings.enumerated())
        for focus in Pane.allCases {
            for mode in [InputMode.normal, .visual, .editing] {
                for tier in KeyMap.tiers(of: indexed.map(\.element), focus: focus, mode: mode) {
                    let members = tier.compactMap { binding in indexed.first { $0.element == binding }?.offset }
                    for conflict in conflicts(among: members, in: bindings) where !found.contains(conflict) {
                        found.append(conflict)
                    }
                }
            }
        }
        return found.sorted { ($0.loser, $0.winner) < ($1.loser, $1.winner) }
    }

    /// Conflicts between bindings answering keys together; earlier bindings win a shared key,
    /// as in `KeyMap`, and a sequence wins over a key that starts it.
    private static func conflicts(among members: [Int], in bindings: [KeyBinding]) -> [KeyConflict] {
        var result: [KeyConflict] = []
        for (position, first) in members.enumerated() {
            for second in members[(position + 1)...] where bindings[first].name != bindings[second].name {
                for sequence in bindings[first].allSequences {
                    if bindings[second].allSequences.contains(sequence) {
                        result.append(KeyConflict(sequence: sequence, winner: first, loser: second))
                    }
                }
                for (shorter, longer) in [(first, second), (second, first)] {
                    for sequence in bindings[shorter].allSequences {
                        if let extended = bindings[longer].sequences.first(where: {
                            $0.count > sequence.count && $0.starts(with: sequence)
                        }) {
                            result.append(KeyConflict(sequence: sequence, winner: longer, loser: shorter, longerSequence: extended))
                        }
                    }
                }
            }
        }
        return result
    }
}
