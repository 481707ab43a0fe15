import FolioCore

/// A stored annotation that matched a library-wide search, with the article of this session it
/// belongs to (nil when its article was not loaded, so it can be listed but not opened).
public struct AnnotationSearchHit: Sendable, Hashable {
    public var articleID: String?
    public var annotation: Annotation

    public init(articleID: String?, annotation: Annotation) {
        self.articleID = articleID
        self.annotation = annotation
    }
}

extension TextSearch {
    /// Whether the annotation's quoted text, note, tags or speaker match.
    public func matches(_ annotation: Annotation) -> Bool {
        let fields = [annotation.anchor.quote.exact, annotation.note, annotation.speaker ?? ""] + annotation.tags
        return fields.contains { matches($0) }
    }
}
