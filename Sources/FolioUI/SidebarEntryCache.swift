import Foundation

/// The sidebar's entries, built once per open article and setting rather than on every frame
/// and key: a long article has thousands of quotations to check against its highlights.
///
/// `AppState` replaces its cache whenever its articles or annotations change, so the entries
/// depend only on the key here, and copies of the state that share a cache agree on them. The
/// lock keeps the class safe to share between those copies, as `ReaderLayoutCache` does.
final class SidebarEntryCache: @unchecked Sendable {
    private struct Key: Equatable {
        var article: Int
        var showsDetectedQuotations: Bool
    }

    private let lock = NSLock()
    private var key: Key?
    private var entries: [SidebarEntry] = []

    /// The entries for article `article` (index in `AppState.articles`), from `build` the first time.
    func entries(article: Int, showsDetectedQuotations: Bool, build: () -> [SidebarEntry]) -> [SidebarEntry] {
        let key = Key(article: article, showsDetectedQuotations: showsDetectedQuotations)
        if let found = lock.withLock({ self.key == key ? entries : nil }) { return found }
        let built = build()
        lock.withLock {
            self.key = key
            entries = built
        }
        return built
    }
}
