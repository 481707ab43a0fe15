import FolioCore
import FolioUI

/// How the reader gets its articles: a single file is read whole at once (it opens straight
/// away) unless it is large, when opening it reads its opening first and the whole in the
/// background; a library is listed from what discovery and the article cache know, and read on
/// a background thread whose batches reach the program through its inbox.
struct LibraryLoading {
    /// The articles the reader starts with: whole, or placeholders and cached listings.
    let articles: [Article]
    private let indexer: LibraryIndexer?

    init(paths: [String], readsWhole: Bool, cache: ArticleCache?) {
        let loader = ArticleLoader()
        if readsWhole {
            articles = loader.discover(paths: paths).map { file in
                file.problem == nil && file.size > Int64(ArticleLoader.openingThreshold) ? .placeholder(for: file) : loader.loadFile(file)
            }
            indexer = nil
            return
        }
        let listing = LibraryListing(paths: paths, cache: cache, loader: loader)
        articles = listing.articles
        indexer = LibraryIndexer(files: listing.readableFiles, cache: cache, loader: loader)
    }

    /// Starts reading in the background and shows that it has started.
    func start(posting inbox: ActionInbox, program: Program) {
        guard let indexer else { return }
        program.dispatch(.libraryIndexed([], progress: LibraryIndexer.Progress(done: 0, total: indexer.total)))
        inbox.workStarted()
        indexer.start { batch in
            inbox.post(.libraryIndexed(batch.articles, progress: batch.progress))
            if batch.progress.isFinished { inbox.workFinished() }
        }
    }

    /// Stops the background reading when the reader quits: after the file in hand, waiting at
    /// most a moment (a batch not yet written to the cache is simply read again next time).
    func stop() {
        indexer?.cancel(waitingUpTo: 0.5)
    }
}
