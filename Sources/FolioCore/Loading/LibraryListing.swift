import Foundation
import Synchronization

/// A library as the reader lists it before reading any file: every file found, in discovery's
/// order, each shown from the article cache when the cache read it as it is now, as a
/// placeholder otherwise, and as an entry saying why for one found broken. The app's start and
/// the benchmark both list a library through this, so the benchmark measures what the app does.
///
/// The folders are walked while the cache's listings are read on another thread: the two take
/// about as long, neither needs the other until they are matched by path, size and
/// modification time, and reopening an unchanged library waits for the longer one only.
public struct LibraryListing: Sendable {
    /// Where the time went, for the benchmark's note: discovery and the cache read overlap.
    public struct Timings: Sendable {
        public var discovery: Duration = .zero
        public var cacheRead: Duration = .zero
        public var matching: Duration = .zero
    }

    /// The files found, in the order of `articles`.
    public let files: [LibraryFile]
    /// One article per file: a cached `.listing`, a `.placeholder`, or a failed entry.
    public let articles: [Article]
    /// How many of `articles` came from the cache.
    public let cachedCount: Int
    public let timings: Timings

    public init(paths: [String], cache: ArticleCache?, loader: ArticleLoader = ArticleLoader()) {
        let clock = ContinuousClock()
        var timings = Timings()
        // Discovery goes to the other thread, the cache read stays here: the read makes most of
        // the allocations, and glibc grows a secondary thread's heap one `mprotect` at a time
        // (thousands of system calls for a large library) where the main heap grows in big steps.
        let discovery = Discovery(paths: paths, loader: loader)
        var listings: ArticleCache.Listings?
        if let cache {
            timings.cacheRead = clock.measure { listings = cache.allListings() }
        }
        let (files, discoveryTime) = discovery.wait()
        timings.discovery = discoveryTime
        var articles: [Article] = []
        var cachedCount = 0
        timings.matching = clock.measure {
            articles.reserveCapacity(files.count)
            for file in files {
                if file.problem != nil {
                    articles.append(loader.loadFile(file))
                } else if let cached = listings?.article(for: file) {
                    articles.append(cached)
                    cachedCount += 1
                } else {
                    articles.append(.placeholder(for: file))
                }
            }
        }
        self.files = files
        self.articles = articles
        self.cachedCount = cachedCount
        self.timings = timings
    }

    /// The files the background reading still has to go through (all but the broken entries).
    public var readableFiles: [LibraryFile] { files.filter { $0.problem == nil } }

    /// The library's files, found on a thread of the global pool from the moment it is made.
    private final class Discovery: Sendable {
        private let result = Mutex<(files: [LibraryFile], duration: Duration)>(([], .zero))
        private let done = DispatchSemaphore(value: 0)

        init(paths: [String], loader: ArticleLoader) {
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                let clock = ContinuousClock()
                let start = clock.now
                let files = loader.discover(paths: paths)
                let duration = clock.now - start
                result.withLock { $0 = (files, duration) }
                done.signal()
            }
        }

        func wait() -> (files: [LibraryFile], duration: Duration) {
            done.wait()
            return result.withLock { $0 }
        }
    }
}
