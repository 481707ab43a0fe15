/// The store seen through articles: annotations re-anchored in an article's current text, with
/// any change of place saved, so highlights follow edits, renames and moves of the file.
public struct AnnotationService: Sendable {
    public let store: AnnotationStore
    public var reanchorer: Reanchorer

    public init(store: AnnotationStore, reanchorer: Reanchorer = Reanchorer()) {
        self.store = store
        self.reanchorer = reanchorer
    }

    /// The article's annotations placed in its current text. Those whose anchor, state, path or
    /// fingerprint changed are saved (without touching `modified`: the reader did not edit them),
    /// unless the store is read-only, in which case the re-anchored copies are only returned.
    ///
    /// An approximate match is returned with its new anchor but saved with the quote the reader
    /// highlighted: the store never trades their wording for an edited text it only resembles, and
    /// the next load reports the match as approximate again until the reader re-highlights it.
    public func annotations(for article: Article) throws(StoreError) -> [Annotation] {
        let stored = try store.annotations(forArticlePath: article.relativePath, fingerprint: article.fingerprint)
        guard !stored.isEmpty else { return [] }
        let builder = AnchorBuilder(text: article.text)
        var placed: [Annotation] = []
        for annotation in stored {
            let reanchored = reanchorer.reanchor(annotation, in: article, using: builder)
            var saved = reanchored
            if case .approximate = reanchored.anchoring {
                saved.anchor = annotation.anchor
            }
            if saved != annotation, !store.isReadOnly {
                try store.update(saved)
            }
            placed.append(reanchored)
        }
        return placed.sorted { ($0.anchor.position.start, $0.created) < ($1.anchor.position.start, $1.created) }
    }
}
