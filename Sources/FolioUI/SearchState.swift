import Foundation

/// What the finding features keep between keys: the prompt being typed, the reader's last
/// search, the article list's filter and order, and the library-wide list the sidebar shows.
public struct SearchState: Sendable, Hashable {
    public internal(set) var prompt: SearchPrompt?
    public internal(set) var reader: ReaderSearch?
    public internal(set) var listFilter = ""
    public internal(set) var listSort = ArticleSort.file
    /// Article indices the list shows, filtered and in order; the list's rows index into it.
    public internal(set) var listOrder: [Int]
    public internal(set) var sidebarList: SidebarList?
    /// A search result whose article was opened before its annotations were loaded: shown once
    /// they arrive, re-anchored in the current text.
    var pendingReveal: UUID?

    init(articleCount: Int) {
        listOrder = Array(0..<articleCount)
    }
}
