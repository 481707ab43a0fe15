import Foundation
import Synchronization

/// Reads a library's files on a thread of its own, so the reader shows the list at once and
/// stays responsive while a large library is read: each file comes from the `ArticleCache`
/// when it has not changed, and is parsed (and cached) otherwise. Results arrive in batches,
/// each saying how far the work has got, for a progress line.
///
/// Quitting must not wait for a whole library: `cancel` stops the work after the file in hand,
/// and every batch is written to the cache in one transaction, so an interrupted run leaves the
/// cache consistent and the next run picks up where this one stopped.
public final class LibraryIndexer: Sendable {
    /// How far indexing has got, in files.
    public struct Progress: Sendable, Hashable {
        public var done: Int
        public var total: Int

        public init(done: Int, total: Int) {
            self.done = done
            self.total = total
        }

        public var isFinished: Bool { done >= total }
    }

    /// Articles read since the last batch (as `.summary`, or whole for a file that could not be
    /// read), and the progress after them.
    public struct Batch: Sendable {
        public var articles: [Article]
        public var progress: Progress
    }

    private let files: [LibraryFile]
    private let cache: ArticleCache?
    private let loader: ArticleLoader
    private let batchSize: Int
    private let cancelled = Atomic<Bool>(false)
    private let started = Atomic<Bool>(false)
    private let finished = DispatchSemaphore(value: 0)

    /// - Parameter batchSize: files per batch (and per cache transaction).
    public init(files: [LibraryFile], cache: ArticleCache?, loader: ArticleLoader = ArticleLoader(), batchSize: Int = 64) {
        self.files = files
        self.cache = cache
        self.loader = loader
        self.batchSize = max(1, batchSize)
    }

    /// How many files the work reads.
    public var total: Int { files.count }

    /// Starts the work on a new thread; `deliver` is called on that thread for each batch, the
    /// last one with `progress.isFinished` (also when there are no files).
    public func start(deliver: @escaping @Sendable (Batch) -> Void) {
        started.store(true, ordering: .sequentiallyConsistent)
        let thread = Thread { [self] in
            run(deliver: deliver)
            finished.signal()
        }
        thread.name = "folio-indexer"
        thread.qualityOfService = .utility
        thread.start()
    }

    /// The same work on the caller's thread, for tools and tests that want the result.
    public func run(deliver: (Batch) -> Void) {
        var done = 0
        var start = 0
        repeat {
            let chunk = Array(files[start..<min(files.count, start + batchSize)])
            let cached = cache?.summaries(for: chunk) ?? Array(repeating: nil, count: chunk.count)
            var articles: [Article] = []
            var parsed: [(file: LibraryFile, article: Article)] = []
            for (file, hit) in zip(chunk, cached) {
                if let hit {
                    articles.append(hit)
                    continue
                }
                if cancelled.load(ordering: .relaxed) { break }
                let article = loader.loadFile(file).summarized()
                articles.append(article)
                parsed.append((file, article))
            }
            cache?.save(parsed)
            done += articles.count
            if cancelled.load(ordering: .relaxed) { return }
            deliver(Batch(articles: articles, progress: Progress(done: done, total: files.count)))
            start += batchSize
        } while start < files.count
    }

    /// Asks the work to stop after the file in hand and waits for that up to `seconds`; true
    /// when it has stopped (or never started).
    @discardableResult
    public func cancel(waitingUpTo seconds: Double) -> Bool {
        cancelled.store(true, ordering: .relaxed)
        guard started.load(ordering: .sequentiallyConsistent) else { return true }
        return finished.wait(timeout: .now() + seconds) == .success
    }
}
