/// What an import did with one annotation, so an import can report "3 new, 1 updated".
public enum UpsertOutcome: Sendable, Hashable {
    case inserted
    /// The store held an older version (earlier `modified`), now replaced.
    case updated
    /// The store already held this version or a newer one; nothing was written.
    case unchanged
}
