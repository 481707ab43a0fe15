/// What an import did, counted from the store's outcomes, for the one line `folio import` prints.
public struct ImportSummary: Sendable, Hashable, CustomStringConvertible {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0

    public init(_ outcomes: [UpsertOutcome]) {
        for outcome in outcomes {
            switch outcome {
            case .inserted: inserted += 1
            case .updated: updated += 1
            case .unchanged: unchanged += 1
            }
        }
    }

    public var description: String { "imported \(inserted), updated \(updated), unchanged \(unchanged)" }
}
