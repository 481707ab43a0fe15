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
    /// Scrolls the reader to the quotation selected in the sidebar and focuses the reader.
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
}
