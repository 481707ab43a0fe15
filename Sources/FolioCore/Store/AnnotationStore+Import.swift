extension AnnotationStore {
    /// Upserts every annotation in ONE transaction, in order: an import either lands whole or,
    /// when anything fails (a full disk, a lock held too long), leaves the store as it was.
    /// Returns each annotation's outcome, in the order given.
    @discardableResult
    public func upsertAll(_ annotations: [Annotation]) throws(StoreError) -> [UpsertOutcome] {
        try write { db in
            try annotations.map { annotation in try Self.upsert(db, annotation) }
        }
    }
}
