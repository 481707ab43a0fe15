import FolioCore
import Foundation

/// Carries out the reader's effects against the annotation store, synchronously: a save is
/// committed (durably) before its answer tells the state to show "Saved".
///
/// Without a store (it could not be opened: locked, damaged, from a newer Folio) the reader
/// still works read-only; every change is refused with the reason, so nothing is shown as saved
/// that was not.
public final class StoreEffectHandler: EffectHandler {
    private let store: AnnotationStore?
    private let unavailableReason: String
    private var articles: [Article]
    // MARK: - Reader comforts and export
    private let exportFolder: ExportFolder
    private let themeCycler: (() -> String)?
    /// Where work done off the program loop (exports) reports back; nil runs it in place.
    private let inbox: ActionInbox?
    private let clock: () -> Date
    // MARK: - Live reload
    /// What each watched file looked like when last checked, by `Article.file`.
    private var fileStamps: [String: FileStamp] = [:]
    /// Files already reported gone, so the status line says it once rather than every second.
    private var missingFiles: Set<String> = []
    // MARK: - Library loading
    /// Positions in `articles` by `Article.id`, to take in articles read in the background.
    private let articleIndexByID: [String: Int]
    /// Highlight counts and read marks as last read from the store. A library read in the
    /// background asks for them with every batch, so they are read once and forgotten whenever
    /// this handler writes what they count.
    private var tallies: (counts: HighlightCounts, read: Set<HighlightCounts.Key>)?

    /// - Parameters:
    ///   - exportFolder: where `e` writes exports (see `ExportPath.default`).
    ///   - themeCycler: switches the terminal to the next theme and says which, for `T`; the
    ///     handler cannot reach the terminal itself.
    ///   - clock: the time export files are named for.
    public init(store: AnnotationStore?, unavailableReason: String? = nil, articles: [Article],
                exportFolder: String = ExportPath.default(), themeCycler: (() -> String)? = nil,
                clock: @escaping () -> Date = Date.init, inbox: ActionInbox? = nil) {
        self.store = store
        self.unavailableReason = unavailableReason ?? "no annotation store is open"
        self.articles = articles
        self.exportFolder = ExportFolder(path: exportFolder)
        self.themeCycler = themeCycler
        self.clock = clock
        self.inbox = inbox
        // MARK: - Live reload
        // One `stat` per file, next to the full read the loader just did: later checks compare
        // against what the articles were read from.
        for article in articles where article.loadError == nil && article.hasBody {
            fileStamps[article.file] = FileStamp(path: article.file)
        }
        articleIndexByID = articles.positionsByID()
    }

    public func perform(_ effect: Effect) -> Action? {
        switch effect {
        case .quit:
            return nil
        case .loadHighlightCounts:
            guard let counts = storeTallies()?.counts else { return nil }
            var byArticle: [String: Int] = [:]
            for article in articles {
                byArticle[article.id] = counts.count(forArticlePath: article.relativePath, fingerprint: article.fingerprint)
            }
            return .highlightCountsLoaded(byArticle)
        case .loadAnnotations(let article):
            // A whole article read on another thread reaches this handler's list here.
            if article.isComplete { replace(article) }
            guard let store else { return .annotationsLoadFailed(articleID: article.id, reason: unavailableReason) }
            do {
                let annotations = try AnnotationService(store: store).annotations(for: article)
                if !store.isReadOnly, article.loadError == nil {
                    try store.noteArticleSeen(path: article.relativePath, fingerprint: article.fingerprint, title: article.title)
                }
                return .annotationsLoaded(articleID: article.id, annotations)
            } catch {
                return .annotationsLoadFailed(articleID: article.id, reason: error.description)
            }
        case .saveAnnotation(let annotation):
            tallies = nil
            guard let store else { return .persistFailed(annotation.id, reason: unavailableReason) }
            do {
                if try store.annotation(id: annotation.id) == nil {
                    try store.insert(annotation)
                } else {
                    try store.update(annotation)
                }
                return .persisted(annotation.id)
            } catch {
                return .persistFailed(annotation.id, reason: error.description)
            }
        case .deleteAnnotation(let id):
            tallies = nil
            guard let store else { return .persistFailed(id, reason: unavailableReason) }
            do {
                try store.delete(id: id)
                return .persisted(id)
            } catch {
                return .persistFailed(id, reason: error.description)
            }
        // MARK: - Reader comforts and export
        case .export(let format, let articleIDs):
            return export(format: format, articleIDs: articleIDs)
        case .saveReadingPosition(let articleID, let offset):
            return storeWrite("save the reading position", articleID: articleID) { store, article throws(StoreError) in
                try store.saveReadingPosition(path: article.relativePath, offset: offset)
            }
        case .loadReadingPosition(let articleID):
            guard let store, let article = article(articleID),
                  let offset = try? store.readingPosition(path: article.relativePath) else { return nil }
            return .readingPositionLoaded(articleID: articleID, offset: offset)
        case .loadReadStates:
            guard let read = storeTallies()?.read else { return nil }
            let ids = articles.filter { read.contains(HighlightCounts.Key(relativePath: $0.relativePath, fingerprint: $0.fingerprint)) }
            return .readStatesLoaded(Set(ids.map(\.id)))
        case .saveReadState(let articleID, let read):
            tallies = nil
            return storeWrite("remember what was read", articleID: articleID) { store, article throws(StoreError) in
                // Read marks are keyed by the fingerprint: an article still being read whole has
                // none yet, and the state asks again when it arrives.
                guard !article.fingerprint.isEmpty else { return }
                try store.setRead(read, path: article.relativePath, fingerprint: article.fingerprint)
            }
        case .cycleTheme:
            return .showMessage(themeCycler?() ?? "Themes cannot be changed here")
        // MARK: - Finding things
        case .searchAnnotations(let query):
            return searchAnnotations(query)
        // MARK: - Live reload
        case .checkForChanges(let article):
            return reloadIfChanged(article)
        // MARK: - Library loading
        case .loadArticleBody(let article):
            return loadBody(of: article)
        case .noteIndexedArticles(let indexed):
            return note(indexed)
        case .loadRawText(let article):
            return Self.rawText(of: article)
        }
    }
}

// MARK: - Reader comforts and export
extension StoreEffectHandler {
    private func article(_ id: String) -> Article? {
        articleIndexByID[id].map { articles[$0] }
    }

    /// A bookkeeping write (reading position, read mark): skipped without a writable store —
    /// the reader was told at start that nothing is saved — and reported only when it fails.
    private func storeWrite(
        _ purpose: String, articleID: String, _ body: (AnnotationStore, Article) throws(StoreError) -> Void
    ) -> Action? {
        guard let store, !store.isReadOnly, let article = article(articleID) else { return nil }
        do {
            try body(store, article)
            return nil
        } catch {
            return .showMessage("Could not \(purpose): \(error.description)")
        }
    }

    /// Exports on a thread of its own when there is an inbox to report back to — the status
    /// line shows the progress meanwhile — and in place otherwise.
    private func export(format: ExportFormat, articleIDs: [String]?) -> Action {
        guard let store else { return .showMessage("Cannot export: \(unavailableReason)") }
        let chosen = articleIDs.map { ids in articles.filter { ids.contains($0.id) } } ?? articles
        let job = ExportJob(store: store, articles: chosen, isChoice: articleIDs != nil, format: format,
                            folder: exportFolder, date: clock())
        guard let inbox else { return .showMessage(job.run()) }
        inbox.workStarted()
        let thread = Thread {
            var reported = -1
            let message = job.run { done, total in
                let percent = total == 0 ? 100 : done * 100 / total
                guard percent != reported else { return }
                reported = percent
                inbox.post(.backgroundProgress("exporting \(percent)%"))
            }
            inbox.post(.backgroundProgress(nil))
            inbox.post(.showMessage(message))
            inbox.workFinished()
        }
        thread.name = "folio-export"
        thread.start()
        return .backgroundProgress("exporting 0%")
    }
}

// MARK: - Finding things
extension StoreEffectHandler {
    /// Every stored annotation matching `query`, attached to the article of this session it
    /// belongs to (by path, else by content fingerprint, so moved files still open), those in
    /// open articles first in list and text order.
    private func searchAnnotations(_ query: String) -> Action {
        guard let store else { return .showMessage("Cannot search highlights: \(unavailableReason)") }
        guard let search = TextSearch(query) else { return .annotationSearchResults(query: query, []) }
        do {
            let byPath = Dictionary(articles.enumerated().map { ($0.element.relativePath, $0.offset) }, uniquingKeysWith: { first, _ in first })
            let byFingerprint = Dictionary(articles.enumerated().map { ($0.element.fingerprint, $0.offset) },
                                           uniquingKeysWith: { first, _ in first })
            let hits = try store.allAnnotations().filter(search.matches).map { annotation in
                (index: byPath[annotation.articlePath] ?? byFingerprint[annotation.articleFingerprint], annotation: annotation)
            }
            let ordered = hits.sorted { lhs, rhs in
                (lhs.index ?? Int.max, lhs.annotation.anchor.position.start) < (rhs.index ?? Int.max, rhs.annotation.anchor.position.start)
            }
            return .annotationSearchResults(query: query, ordered.map {
                AnnotationSearchHit(articleID: $0.index.map { articles[$0].id }, annotation: $0.annotation)
            })
        } catch {
            return .showMessage("Cannot search highlights: \(error.description)")
        }
    }
}

// MARK: - Live reload
extension StoreEffectHandler {
    /// Reads the article's file again when its size or modification time moved since the
    /// handler was made or last looked. A file without a stamp (it could not be examined then)
    /// is read and compared by content fingerprint.
    private func reloadIfChanged(_ article: Article) -> Action? {
        let path = article.file
        guard let stamp = FileStamp(path: path) else {
            guard missingFiles.insert(path).inserted else { return nil }
            return .showMessage("\(article.relativePath) is no longer readable on disk; showing the text as it was loaded")
        }
        missingFiles.remove(path)
        guard fileStamps.updateValue(stamp, forKey: path) != stamp else { return nil }
        var reloaded = ArticleLoader().loadFile(at: path, root: nil)
        if let error = reloaded.loadError {
            // An article that failed to load shows why already; only a new failure is news.
            guard article.loadError == nil else { return nil }
            return .showMessage("Could not reload \(article.relativePath): \(error.reason); showing the text as it was loaded")
        }
        guard reloaded.fingerprint != article.fingerprint else { return nil }
        reloaded.relativePath = article.relativePath
        replace(reloaded)
        return .articleReloaded(reloaded)
    }
}

// MARK: - Library loading
extension StoreEffectHandler {
    private func replace(_ article: Article) {
        if let index = articleIndexByID[article.id] { articles[index] = article }
    }

    /// Reads the whole article, and from then on watches its file for changes. A large file,
    /// when there is an inbox to report to, shows its opening at once while another thread reads
    /// the whole (see `ArticleLoader.opening`); its stamp is taken before that read starts, so a
    /// change made meanwhile is still noticed.
    private func loadBody(of article: Article) -> Action {
        let stamp = FileStamp(path: article.file)
        let loader = ArticleLoader()
        let (file, relativePath) = (article.file, article.relativePath)
        if let inbox, let opening = loader.opening(at: file, relativePath: relativePath) {
            if let stamp { fileStamps[file] = stamp }
            inbox.workStarted()
            let thread = Thread {
                inbox.post(.articleBodyLoaded(loader.loadFile(at: file, relativePath: relativePath)))
                inbox.workFinished()
            }
            thread.name = "folio-article-reader"
            thread.start()
            return .articleBodyLoaded(opening)
        }
        let loaded = loader.loadFile(at: file, relativePath: relativePath)
        if let stamp, loaded.loadError == nil { fileStamps[file] = stamp }
        replace(loaded)
        return .articleBodyLoaded(loaded)
    }

    /// The raw text of a large article, read again from its file.
    static func rawText(of article: Article) -> Action {
        guard let text = ArticleLoader().rawText(at: article.file) else {
            return .showMessage("Could not read \(article.relativePath) again for the raw view")
        }
        return .rawTextLoaded(articleID: article.id, text)
    }

    /// Highlight counts and read marks of articles just indexed (their fingerprints are new).
    private func note(_ indexed: [Article]) -> Action? {
        indexed.forEach(replace)
        guard let (counts, read) = storeTallies() else { return nil }
        var byArticle: [String: Int] = [:]
        var readIDs: Set<String> = []
        for article in indexed {
            byArticle[article.id] = counts.count(forArticlePath: article.relativePath, fingerprint: article.fingerprint)
            if read.contains(HighlightCounts.Key(relativePath: article.relativePath, fingerprint: article.fingerprint)) {
                readIDs.insert(article.id)
            }
        }
        return .indexedArticlesNoted(highlightCounts: byArticle, read: readIDs)
    }

    private func storeTallies() -> (counts: HighlightCounts, read: Set<HighlightCounts.Key>)? {
        if let tallies { return tallies }
        guard let store, let counts = try? store.highlightCounts(), let read = try? store.readArticles() else { return nil }
        tallies = (counts, read)
        return tallies
    }
}
