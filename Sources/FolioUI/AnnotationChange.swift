import FolioCore
import Foundation

/// One change to one annotation as its before and after values: nil before is a new highlight,
/// nil after a deletion. Undo applies it reversed; a failed save restores `before`.
public struct AnnotationChange: Sendable, Hashable {
    /// `Article.id` of the article the annotation belongs to.
    public var articleID: String
    public var before: Annotation?
    public var after: Annotation?

    public init(articleID: String, before: Annotation?, after: Annotation?) {
        self.articleID = articleID
        self.before = before
        self.after = after
    }

    public var reversed: AnnotationChange {
        AnnotationChange(articleID: articleID, before: after, after: before)
    }

    /// The annotation's id (both values share it).
    var annotationID: UUID? { (after ?? before)?.id }

    /// What the store must do for the change to be kept.
    var effect: Effect? {
        if let after { return .saveAnnotation(after) }
        if let before { return .deleteAnnotation(before.id) }
        return nil
    }
}
