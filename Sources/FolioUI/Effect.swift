import FolioCore
import Foundation

/// Work that `AppState.apply(_:)` asks the program loop to do, keeping the state change itself
/// pure. `Program` hands every effect but `.quit` to its `EffectHandler`, whose answer (an
/// action) tells the state whether a change was kept; nothing is shown as saved before that.
public enum Effect: Sendable, Hashable {
    case quit
    /// Count the stored annotations of every article; answer `.highlightCountsLoaded`.
    case loadHighlightCounts
    /// The article was opened: load its annotations (re-anchored in its current text); answer
    /// `.annotationsLoaded(articleID: article.id, …)` or `.annotationsLoadFailed`.
    case loadAnnotations(Article)
    /// Insert or replace (by id) this annotation; answer `.persisted(id)` or `.persistFailed(id, reason:)`.
    case saveAnnotation(Annotation)
    /// Delete the annotation with this id; answer `.persisted(id)` or `.persistFailed(id, reason:)`.
    case deleteAnnotation(UUID)

    // MARK: - Reader comforts and export
    /// Write the annotations of these articles (by `Article.id`), or of the whole library when
    /// nil, as a new file in the export folder; answer `.showMessage` with the file or the reason.
    case export(format: ExportFormat, articleIDs: [String]?)
    /// Remember where the reader was in this article (a scalar offset in `Article.text`).
    case saveReadingPosition(articleID: String, offset: Int)
    /// The article was opened: answer `.readingPositionLoaded` with its remembered position, if any.
    case loadReadingPosition(articleID: String)
    /// Which articles were read before; answer `.readStatesLoaded`.
    case loadReadStates
    /// Remember the article as read or unread; answer only when that failed.
    case saveReadState(articleID: String, read: Bool)
    /// Switch to the next theme; answer `.showMessage` naming it.
    case cycleTheme
    // MARK: - Finding things
    /// Find every stored annotation whose quote, note, tags or speaker match `query` (with
    /// `TextSearch`'s smartcase rules); answer `.annotationSearchResults(query:…)`, or
    /// `.showMessage` with the reason it could not be searched.
    case searchAnnotations(String)
    // MARK: - Live reload
    /// See whether the file of this (open) article changed since it was read; when it did,
    /// read it again and answer `.articleReloaded`, or `.showMessage` when it is gone or
    /// unreadable. Meant to be cheap when nothing changed: one `stat`.
    case checkForChanges(Article)
    // MARK: - Library loading
    /// Read the article whole from its file (it is in memory only as a summary).
    case loadArticleBody(Article)
    /// Articles newly indexed: the handler looks up their highlight counts and read marks.
    case noteIndexedArticles([Article])
    /// Read the raw text of a large article, which is not kept in memory (see `Article.raw`).
    case loadRawText(Article)
}
