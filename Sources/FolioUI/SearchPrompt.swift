/// The one-line prompt of a search while it is typed in the status line.
public struct SearchPrompt: Sendable, Hashable {
    public enum Purpose: Sendable, Hashable {
        /// `/` in the reader.
        case readerForward
        /// `?` in the reader.
        case readerBackward
        /// `/` in the article list: filters as it is typed.
        case listFilter
        /// `/` in the sidebar: every article's highlights and notes.
        case highlights

        /// The label before the typed text.
        var label: String {
            switch self {
            case .readerForward: "/"
            case .readerBackward: "?"
            case .listFilter: "Filter: "
            case .highlights: "Search highlights: "
            }
        }
    }

    public var purpose: Purpose
    public var line: LineEditor
}
