/// The annotations of an imported file made ready for the store: each one whose article is among
/// the loaded ones is re-anchored in that article's current text (the file may be older than the
/// article), the rest kept exactly as the file has them. None is ever dropped — one that no longer
/// fits its article is kept as an orphan with the quote the reader made.
public struct ImportPlan: Sendable, Hashable {
    /// In the file's order, ready for `AnnotationStore.upsertAll`.
    public var annotations: [Annotation]
    /// How many were matched to a loaded article but could not be placed in its text.
    public var orphanedCount: Int
    /// How many belong to articles not among the loaded ones.
    public var unmatchedCount: Int

    /// An article is found by the path, else the fingerprint, that the annotation or its exported
    /// article records. As when the store re-anchors, an approximate match keeps the imported
    /// quote, so the reader's wording is never traded for text it only resembles.
    public init(document: ExportDocument, articles: [Article], reanchorer: Reanchorer = Reanchorer()) {
        let loaded = articles.filter { $0.loadError == nil }
        let byPath = Dictionary(loaded.map { ($0.relativePath, $0) }, uniquingKeysWith: { first, _ in first })
        let byFingerprint = Dictionary(loaded.map { ($0.fingerprint, $0) }, uniquingKeysWith: { first, _ in first })
        var builders: [String: AnchorBuilder] = [:]
        annotations = []
        orphanedCount = 0
        unmatchedCount = 0
        for exported in document.articles {
            for annotation in exported.annotations {
                let article = byPath[annotation.articlePath] ?? byPath[exported.relativePath]
                    ?? byFingerprint[annotation.articleFingerprint] ?? byFingerprint[exported.fingerprint]
                guard let article else {
                    unmatchedCount += 1
                    annotations.append(annotation)
                    continue
                }
                let builder = builders[article.file] ?? AnchorBuilder(text: article.text)
                builders[article.file] = builder
                var placed = reanchorer.reanchor(annotation, in: article, using: builder)
                switch placed.anchoring {
                case .approximate: placed.anchor = annotation.anchor
                case .orphaned: orphanedCount += 1
                case .exact, .moved: break
                }
                annotations.append(placed)
            }
        }
    }
}
