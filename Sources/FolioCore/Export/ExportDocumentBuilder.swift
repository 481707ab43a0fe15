import Foundation

/// Gathers what an export holds: every loaded article's annotations, re-anchored in its current
/// text, and then every other annotation in the store, so an export made from one folder is still
/// a complete backup of the reader's work.
///
/// Annotations whose article is not among the loaded ones cannot be placed in any text, so they
/// are exported as orphans, grouped under the path and fingerprint they were last anchored at and
/// titled with the title the store last saw there (else the file name). Such a group's `file` is
/// that stored relative path and its `text` is empty. With a read-only store, re-anchoring changes
/// only the export, never the store.
public struct ExportDocumentBuilder: Sendable {
    public let store: AnnotationStore
    public var reanchorer: Reanchorer

    public init(store: AnnotationStore, reanchorer: Reanchorer = Reanchorer()) {
        self.store = store
        self.reanchorer = reanchorer
    }

    /// Loaded articles first, in the order given (those without annotations or that failed to load
    /// left out), then the groups of orphans by path. An annotation appears once even when two
    /// loaded files share its fingerprint: the first one claims it.
    ///
    /// - Parameter progress: told (articles done, total) before each article, for a progress line.
    public func document(
        for articles: [Article], progress: (Int, Int) -> Void = { _, _ in }
    ) throws(StoreError) -> ExportDocument {
        let service = AnnotationService(store: store, reanchorer: reanchorer)
        var exported: [ExportedArticle] = []
        var placed = Set<UUID>()
        for (done, article) in articles.enumerated() {
            progress(done, articles.count)
            guard article.loadError == nil else { continue }
            let annotations = try service.annotations(for: article).filter { placed.insert($0.id).inserted }
            if !annotations.isEmpty {
                exported.append(ExportedArticle(article: article, annotations: annotations))
            }
        }
        let unplaced = try store.allAnnotations().filter { !placed.contains($0.id) }
        return ExportDocument(articles: exported + (try orphanGroups(unplaced)))
    }

    private struct GroupKey: Hashable {
        var path: String
        var fingerprint: String
    }

    private func orphanGroups(_ annotations: [Annotation]) throws(StoreError) -> [ExportedArticle] {
        var keys: [GroupKey] = []
        var groups: [GroupKey: [Annotation]] = [:]
        for annotation in annotations {
            let key = GroupKey(path: annotation.articlePath, fingerprint: annotation.articleFingerprint)
            if groups[key] == nil { keys.append(key) }
            var orphan = annotation
            orphan.anchoring = .orphaned
            groups[key, default: []].append(orphan)
        }
        var articles: [ExportedArticle] = []
        for key in keys {
            let title = try store.articleTitle(path: key.path) ?? URL(fileURLWithPath: key.path).lastPathComponent
            articles.append(ExportedArticle(
                file: key.path,
                relativePath: key.path,
                fingerprint: key.fingerprint,
                metadata: ArticleMetadata(title: title),
                text: "",
                annotations: groups[key] ?? []
            ))
        }
        return articles
    }
}
