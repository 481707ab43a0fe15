import FolioCore
import Foundation

/// Everything the user (or the terminal) can ask of the reader. Keys map to actions through
/// `KeyMap`, and `AppState.apply(_:)` is the only place an action changes state, so every
/// behaviour can be tested without a terminal.
public enum Action: Sendable, Hashable {
    case lineDown
    case lineUp
    case pageDown
    case pageUp
    case halfPageDown
    case halfPageUp
    case top
    case bottom
    /// Opens the article selected in the list and moves focus to the reader.
    case openArticle
    /// Shows the highlight or quotation selected in the sidebar in the reader, with the cursor on
    /// it, and focuses the reader.
    case jumpToQuotation
    case focusNext
    case focusPrevious
    /// Returns focus to the article list (the way back on a narrow terminal).
    case focusList
    /// Shows the file as it was read instead of the cleaned text, so nothing is hidden for good.
    case toggleRaw
    case showHelp
    case closeHelp
    case quit
    /// The terminal changed size; layout and wrapping follow, the reading position stays.
    case resize(Size)
    /// The program started: asks for the article list's highlight counts.
    case start

    // MARK: Cursor and selection in the reader
    case nextQuotation
    case previousQuotation
    /// In visual mode these extend the selection by a sentence instead of moving the cursor.
    case nextSentence
    case previousSentence
    /// Starts a selection at the cursor (`v`).
    case startSelection
    case cancelSelection
    case extendWordForward
    case extendWordBackward

    // MARK: Annotations
    /// Highlights the selection, the unit under the cursor, or the detected quotation selected
    /// in the sidebar.
    case highlight
    case setColor(HighlightColor)
    case editNote
    case editTags
    case deleteHighlight
    case undo
    case redo
    /// Shows or hides the detected quotations nobody highlighted in the sidebar.
    case toggleDetectedQuotations
    /// Moves the orphan selected in the sidebar to the reader's selection (or cursor unit).
    case reattach

    // MARK: The one-line editor
    case editorInsert(Character)
    case editorLeft
    case editorRight
    case editorHome
    case editorEnd
    case editorBackspace
    case editorDelete
    case editorClear
    case editorCommit
    case editorCancel

    /// Shows a message in the status line, e.g. why annotations cannot be saved this session.
    case showMessage(String)

    // MARK: Answers from the effect handler
    /// Annotations of the article whose `Article.id` is `articleID` (its file path).
    case annotationsLoaded(articleID: String, [Annotation])
    case annotationsLoadFailed(articleID: String, reason: String)
    /// Annotation counts keyed by `Article.id` (the file path); missing articles count 0.
    case highlightCountsLoaded([String: Int])
    /// The save or delete of this annotation was kept.
    case persisted(UUID)
    /// The save or delete failed; the state rolls the change back and shows `reason`.
    case persistFailed(UUID, reason: String)

    // MARK: - Reader comforts and export
    /// Opens the export menu (`e`).
    case openExportMenu
    case exportMenuDown
    case exportMenuUp
    /// Chooses the highlighted item of the export menu.
    case exportMenuChoose
    /// Chooses the menu item with this index (its letter key).
    case exportMenuPick(Int)
    case closeExportMenu
    /// Marks the selected (or open) article read or unread.
    case toggleRead
    /// Switches to the next theme (`T`).
    case cycleTheme
    /// The remembered reading position of an article just opened.
    case readingPositionLoaded(articleID: String, offset: Int)
    /// The ids (`Article.id`) of the articles read before.
    case readStatesLoaded(Set<String>)
    // MARK: - Finding things
    /// Opens the search prompt in the reader (`/` forward, `?` backward).
    case searchForward
    case searchBackward
    /// Moves to the next match in the search's direction (`n`), or the other way (`N`).
    case nextMatch
    case previousMatch
    /// Opens the article list's filter prompt; the list narrows as it is typed.
    case filterList
    /// Steps the list's order: file, title, date, author, highlight count.
    case cycleSort
    /// Opens the prompt for a search of every article's highlights and notes.
    case searchHighlights
    /// The store's answer to `Effect.searchAnnotations(query)`.
    case annotationSearchResults(query: String, [AnnotationSearchHit])
    /// Shows or hides every quotation of the library grouped by speaker in the sidebar.
    case toggleSpeakers
    // MARK: - Live reload
    /// A second passed without a key: the open article's file is checked for changes.
    case tick
    /// The open article's file changed on disk and was read again; same `Article.id`.
    case articleReloaded(Article)
    // MARK: - Mouse
    /// Selects this row of the article list (an index into its current order) and focuses the list.
    case selectListRow(Int)
    /// Selects this sidebar entry (or item of the sidebar's library-wide list) and focuses the sidebar.
    case selectSidebarEntry(Int)
    /// Focuses a pane without moving anything in it: a click in the reader.
    case focusPane(Pane)
    /// Scrolls `pane` by `lines` (negative is up) without moving focus: the wheel over a pane.
    /// The list and sidebar move their selection; the reader moves its text.
    case scroll(Pane, lines: Int)
    // MARK: - Library loading
    /// Articles the background reading of the library produced since the last batch, and how far it has got.
    case libraryIndexed([Article], progress: LibraryIndexer.Progress)
    /// An article read whole from its file, to be shown.
    case articleBodyLoaded(Article)
    /// The raw text of a large article, read from its file for the raw view.
    case rawTextLoaded(articleID: String, String)
    /// What the store knows of articles just indexed: highlight counts, and the ids of those read.
    case indexedArticlesNoted(highlightCounts: [String: Int], read: Set<String>)
    /// How far work off the program loop (an export) has got, for the status line; nil when done.
    case backgroundProgress(String?)
}
