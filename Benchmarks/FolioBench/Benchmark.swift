import FolioCore
import FolioUI
import Foundation

/// The performance issue's measurements, one method per target row, on data from `BenchCorpus`.
final class Benchmark {
    let scale: BenchScale
    let corpus: BenchCorpus
    /// The `folio` executable for the `less` comparison.
    let folioBinary: String
    let screen = Size(width: 120, height: 40)
    /// Skips the tmux comparison with `less` (the smoke test's choice: it needs no terminal).
    var skipsTmux = false
    /// Runs only some rows, so one part can be profiled without the minutes the others take:
    /// the export rows on just the articles they annotate, or the long article's rows.
    var only: Part?

    enum Part: String {
        case export
        case article
    }
    private(set) var rows: [BenchRow] = []
    private var libraryBytes = 0
    private var longArticleBytes = 0

    static let megabyte = 1_048_576.0

    init(scale: BenchScale, corpus: BenchCorpus, folioBinary: String) {
        self.scale = scale
        self.corpus = corpus
        self.folioBinary = folioBinary
    }

    func run() throws {
        switch only {
        case .export:
            _ = try corpus.writeLibrary(articleCount: min(scale.articleCount, Self.annotatedArticleCount))
            say(BenchRow.header)
            try step("export") { try exports(ArticleLoader().load(paths: [corpus.libraryFolder.path])) }
            return
        case .article:
            longArticleBytes = try corpus.writeLongArticle(bytes: scale.longArticleBytes)
            say(BenchRow.header)
            try longArticleRows()
            return
        case nil:
            break
        }
        libraryBytes = try corpus.writeLibrary(articleCount: scale.articleCount)
        longArticleBytes = try corpus.writeLongArticle(bytes: scale.longArticleBytes)
        say(String(format: "data: %d articles, %.1f MB; long article %.1f MB; %d highlights; %d run(s) each",
                     scale.articleCount, Double(libraryBytes) / Self.megabyte,
                     Double(longArticleBytes) / Self.megabyte, scale.highlightCount, scale.runs))
        say(BenchRow.header)
        let articles = try step("index throughput") { try indexThroughput() }
        try step("first screen (library)") { try libraryFirstScreen() }
        try step("reopen unchanged library") { try reopenLibrary() }
        try longArticleRows()
        try step("export") { try exports(articles) }
        try step("peak memory") { try libraryPeakMemory() }
    }

    /// The rows about the long article: opening it, against `less`, keys, commits and memory.
    @discardableResult
    private func longArticleRows() throws -> Program {
        let program = try step("open long article") { try openLongArticle() }
        try step("open long article vs less") { try compareWithLess() }
        try step("keystroke") { try keystrokes(program) }
        try step("highlight commit") { try highlightCommits(program.state.openedArticle!) }
        try step("peak memory") { try articlePeakMemory() }
        return program
    }

    /// Runs one scenario; a failure becomes a MISS row saying why rather than ending the run.
    @discardableResult
    private func step<T>(_ name: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            emit(BenchRow(name: name, median: "-", target: "-", passed: false, note: "failed: \(error)"))
            throw error
        }
    }

    private func emit(_ row: BenchRow) {
        rows.append(row)
        say(row.line())
    }

    private func megabytesPerSecond(_ bytes: Int, milliseconds: Double) -> Double {
        Double(bytes) / Self.megabyte / (milliseconds / 1_000)
    }

    // MARK: Library

    /// Loads and indexes the whole library (metadata and quotations of every article) on one core,
    /// then times the quote detector alone so the loading pipeline's own speed is known too.
    private func indexThroughput() throws -> [Article] {
        var total = BenchSamples()
        var detection = BenchSamples()
        var articles: [Article] = []
        for _ in 0..<scale.runs {
            total.add(measureMilliseconds { articles = ArticleLoader().load(paths: [corpus.libraryFolder.path]) })
            let detector = QuoteDetector()
            var found = 0
            detection.add(measureMilliseconds {
                for article in articles { found += detector.detect(in: article.blocks).count }
            })
            guard found == articles.reduce(0, { $0 + $1.quotations.count }) else {
                throw BenchFailure(description: "the detector found different quotations on a second pass")
            }
        }
        let failed = articles.filter { $0.loadError != nil }.count
        guard articles.count == scale.articleCount, failed == 0 else {
            throw BenchFailure(description: "loaded \(articles.count) articles, \(failed) failed")
        }
        let rate = megabytesPerSecond(libraryBytes, milliseconds: total.median)
        emit(BenchRow(name: "index: load + quotations, 1 core", median: String(format: "%.1f MB/s", rate),
                      target: "≥ 50 MB/s", passed: rate >= 50))
        let pipeline = megabytesPerSecond(libraryBytes, milliseconds: max(total.median - detection.median, 0.001))
        emit(BenchRow(name: "  loading pipeline alone (decode…parse)", median: String(format: "%.1f MB/s", pipeline),
                      target: "≥ 50 MB/s", passed: pipeline >= 50))
        let quotes = articles.reduce(0) { $0 + $1.quotations.count }
        let detector = megabytesPerSecond(libraryBytes, milliseconds: max(detection.median, 0.001))
        emit(BenchRow(name: "  quote detector alone", median: String(format: "%.0f MB/s", detector),
                      target: "-", passed: nil, note: "\(quotes) quotations found"))
        return articles
    }

    /// From nothing to the first frame of the three-pane reader with the whole library listed,
    /// as `folio FOLDER` does it: discovery, the cache's listings (none on the first run), the
    /// state and one frame. The files are read afterwards in the background; how long that
    /// takes is printed too.
    private func libraryFirstScreen() throws {
        var samples = BenchSamples()
        var background = BenchSamples()
        var phases: [FramePhases] = []
        for _ in 0..<scale.runs {
            try? FileManager.default.removeItem(at: cacheFolder)
            try FileManager.default.createDirectory(at: cacheFolder, withIntermediateDirectories: true)
            let cache = ArticleCache.open(path: cachePath)
            // The frame's state is released after the clock stops: freeing it is not part of showing it.
            var frame = FramePhases()
            samples.add(measureMilliseconds { frame = firstFrame(cache: cache) })
            guard frame.listed == 0 || scale.articleCount == 0 else {
                throw BenchFailure(description: "a cold cache listed \(frame.listed) articles")
            }
            phases.append(frame)
            background.add(measureMilliseconds {
                LibraryIndexer(files: ArticleLoader().discover(paths: [corpus.libraryFolder.path]), cache: cache).run { _ in }
            })
        }
        emit(BenchRow(name: "first screen, \(scale.articleCount)-article library", median: formatMilliseconds(samples.median),
                      target: "≤ 200 ms", passed: samples.median <= 200,
                      note: "cold cache, list fills in; " + FramePhases.median(of: phases).note))
        emit(BenchRow(name: "  whole library read in the background", median: formatMilliseconds(background.median),
                      target: "-", passed: nil, note: "parsed and cached"))
    }

    /// The same with the cache the first screen left: every article listed with its title,
    /// author and counts, none parsed. The note splits the median run into its phases.
    private func reopenLibrary() throws {
        let cache = ArticleCache.open(path: cachePath)
        var samples = BenchSamples()
        var phases: [FramePhases] = []
        for _ in 0..<max(scale.runs, 3) {
            var frame = FramePhases()
            samples.add(measureMilliseconds { frame = firstFrame(cache: cache) })
            guard frame.listed == frame.total else {
                throw BenchFailure(description: "the cache listed \(frame.listed) of \(frame.total) articles")
            }
            phases.append(frame)
        }
        let median = FramePhases.median(of: phases)
        emit(BenchRow(name: "reopen unchanged library (complete list)", median: formatMilliseconds(samples.median),
                      target: "≤ 100 ms", passed: samples.median <= 100,
                      note: "from the article cache: " + median.note))
    }

    private var cacheFolder: URL { corpus.root.appendingPathComponent("cache") }
    private var cachePath: String { cacheFolder.appendingPathComponent("article-cache.sqlite").path }

    /// Where the time of one first frame goes, and how many articles the cache listed.
    private struct FramePhases {
        /// The whole `LibraryListing`: discovery and the cache read side by side, then matching.
        var listing = 0.0
        var discovery = 0.0
        var cacheRead = 0.0
        var matching = 0.0
        var frame = 0.0
        var listed = 0
        var total = 0
        /// The listing and the program showing the frame, kept so that they are freed outside
        /// the measurement.
        var libraryListing: LibraryListing?
        var program: Program?

        var sum: Double { listing + frame }

        /// The run whose total is the median, so its phases add up to a real run.
        static func median(of runs: [FramePhases]) -> FramePhases {
            runs.isEmpty ? FramePhases() : runs.sorted { $0.sum < $1.sum }[runs.count / 2]
        }

        var note: String {
            String(format: "listing %.0f (discovery %.0f ‖ cache %.0f, matching %.0f), first frame %.0f ms",
                   listing, discovery, cacheRead, matching, frame)
        }
    }

    /// The library listed as the app lists it (`LibraryListing`), then the first frame.
    private func firstFrame(cache: ArticleCache?) -> FramePhases {
        var phases = FramePhases()
        var made: LibraryListing?
        phases.listing = measureMilliseconds {
            made = LibraryListing(paths: [corpus.libraryFolder.path], cache: cache)
        }
        guard let listing = made else { return phases }
        phases.libraryListing = listing
        phases.frame = measureMilliseconds {
            let program = Program(state: AppState(articles: listing.articles, size: screen), backend: TestBackend(size: screen))
            _ = program.render()
            phases.program = program
        }
        func milliseconds(_ duration: Duration) -> Double {
            Double(duration.components.seconds) * 1_000 + Double(duration.components.attoseconds) / 1e15
        }
        phases.discovery = milliseconds(listing.timings.discovery)
        phases.cacheRead = milliseconds(listing.timings.cacheRead)
        phases.matching = milliseconds(listing.timings.matching)
        phases.listed = listing.cachedCount
        phases.total = listing.files.count
        return phases
    }

    // MARK: Long article

    /// Draws the reader's first screen on the long article as `folio FILE` does (its opening,
    /// see `ArticleLoader.opening`), then reads it whole and draws that, as the reader's thread
    /// does next; the keystroke rows go on in the whole article.
    private func openLongArticle() throws -> Program {
        var opening = BenchSamples()
        var whole = BenchSamples()
        var program: Program?
        let path = corpus.longArticle.path
        let name = corpus.longArticle.lastPathComponent
        func firstScreen(_ article: Article) -> Program {
            var state = AppState(articles: [article], size: screen)
            _ = state.apply(.openArticle)
            let opened = Program(state: state, backend: TestBackend(size: screen))
            _ = opened.render()
            return opened
        }
        for _ in 0..<scale.runs {
            var first: Program?
            opening.add(measureMilliseconds {
                first = firstScreen(ArticleLoader().opening(at: path, relativePath: name) ?? ArticleLoader().loadFile(at: path, relativePath: name))
            })
            guard let first, first.render().textLines().joined().contains("Benchmark Harbour") else {
                throw BenchFailure(description: "the long article's first screen does not show its title")
            }
            whole.add(measureMilliseconds { program = firstScreen(ArticleLoader().loadFile(at: path, relativePath: name)) })
        }
        guard let program, program.state.openedArticle?.isComplete == true else {
            throw BenchFailure(description: "the long article was not read whole")
        }
        emit(BenchRow(name: String(format: "open %.1f MB article: first screen, in process", Double(longArticleBytes) / Self.megabyte),
                      median: formatMilliseconds(opening.median), target: "-", passed: nil, note: "its opening"))
        emit(BenchRow(name: "  whole article read and drawn (background)", median: formatMilliseconds(whole.median),
                      target: "-", passed: nil))
        return program
    }

    /// `folio FILE` against `less FILE` in the same tmux pane size, first screen to first screen.
    private func compareWithLess() throws {
        if skipsTmux {
            emit(BenchRow(name: "  folio FILE vs less FILE (tmux)", median: "-", target: "≤ 3× less", passed: nil, note: "skipped: --no-tmux"))
            return
        }
        guard TmuxScreenTimer.isAvailable else {
            emit(BenchRow(name: "open long article vs less", median: "-", target: "≤ 3× less", passed: false, note: "tmux is not installed"))
            return
        }
        let timer = TmuxScreenTimer()
        let scratch = corpus.root.appendingPathComponent("home").path
        var less = BenchSamples()
        var folio = BenchSamples()
        for _ in 0..<max(scale.runs, 3) {
            less.add(try timer.firstScreen(command: ["less", corpus.longArticle.path], marker: BenchCorpus.longArticleTitle))
            folio.add(try timer.firstScreen(
                command: [folioBinary, corpus.longArticle.path], marker: "Benchmark Harbour",
                environment: ["HOME": scratch, "XDG_DATA_HOME": scratch, "XDG_CONFIG_HOME": scratch]
            ))
        }
        let ratio = folio.median / less.median
        emit(BenchRow(name: "  less FILE, first screen (tmux)", median: formatMilliseconds(less.median),
                      p99: formatMilliseconds(less.p99), target: "-", passed: nil))
        emit(BenchRow(name: "  folio FILE, first screen (tmux)", median: formatMilliseconds(folio.median),
                      p99: formatMilliseconds(folio.p99), target: "≤ 3× less", passed: ratio <= 3,
                      note: String(format: "%.1f× less", ratio)))
    }

    /// The keys the issue names, in the open long article, each handled and redrawn: scrolling
    /// by lines and pages, `]` to the next quotation and `h` highlighting it. The article starts
    /// with highlights loaded from a real store, and every `h` is saved through the app's
    /// `StoreEffectHandler` to that on-disk store; the durable write itself is left out of the
    /// keystroke's time (the highlight commit row measures it) and reported on a row of its own.
    private func keystrokes(_ opened: Program) throws {
        guard let article = opened.state.openedArticle else { throw BenchFailure(description: "no article is open") }
        let store = try freshStore(named: "keystroke-store.sqlite")
        let maker = HighlightMaker(article: article)
        for index in 0..<max(1, scale.highlightCount / 100) { try store.insert(maker.annotation(index)) }
        let handler = TimedEffectHandler(StoreEffectHandler(
            store: store, articles: [article], exportFolder: corpus.root.appendingPathComponent("exports").path
        ))
        let program = Program(state: opened.state, backend: TestBackend(size: screen), effectHandler: handler)
        if let loaded = handler.perform(.loadAnnotations(article)) { program.dispatch(loaded) }
        let seeded = program.state.annotations[article.id]?.count ?? 0
        _ = handler.takeElapsed()

        let keys: [Key] = [
            .character("j"), .character("j"), .character("j"), .character(" "), .character("k"), .control("d"),
            .character("]"), .character("h"),
        ]
        var samples = BenchSamples()
        var highlightWithWrite = BenchSamples()
        for index in 0..<scale.keystrokes {
            let key = keys[index % keys.count]
            let total = measureMilliseconds {
                program.handle(.key(key))
                _ = program.render()
            }
            let write = handler.takeElapsed()
            samples.add(total - write)
            if key == .character("h") { highlightWithWrite.add(total) }
        }
        let added = (program.state.annotations[article.id]?.count ?? 0) - seeded
        guard added > 0, program.state.pendingChanges.isEmpty, try store.allAnnotations().count == seeded + added else {
            throw BenchFailure(description: "h saved \(added) highlights, \(program.state.pendingChanges.count) still pending")
        }
        emit(BenchRow(name: "keystroke in long article (handle + draw)", median: formatMilliseconds(samples.median),
                      p99: formatMilliseconds(samples.p99), target: "p99 ≤ 5 ms", passed: samples.p99 <= 5,
                      note: "j j j space k ^D ] h, \(seeded) highlights loaded, \(added) added; store write excluded"))
        emit(BenchRow(name: "  h with its durable store write", median: formatMilliseconds(highlightWithWrite.median),
                      p99: formatMilliseconds(highlightWithWrite.p99), target: "-", passed: nil))
    }

    // MARK: Store and export

    /// An empty store in the data folder: one left by an earlier run with `--keep` would already
    /// hold the highlights this run makes.
    private func freshStore(named name: String) throws -> AnnotationStore {
        let path = corpus.root.appendingPathComponent(name).path
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        return try AnnotationStore.open(path: path)
    }

    /// Highlights committed one by one to an on-disk store (WAL, synchronous=FULL, as the app does).
    private func highlightCommits(_ article: Article) throws {
        let store = try freshStore(named: "commit-store.sqlite")
        let maker = HighlightMaker(article: article)
        var samples = BenchSamples()
        for index in 0..<scale.commits {
            let annotation = maker.annotation(index)
            samples.add(try measureMilliseconds { try store.insert(annotation) })
        }
        emit(BenchRow(name: "highlight commit (AnnotationStore.insert)", median: formatMilliseconds(samples.median),
                      p99: formatMilliseconds(samples.p99), target: "p99 ≤ 10 ms", passed: samples.p99 <= 10))
    }

    /// How many articles the export rows spread their highlights over.
    static let annotatedArticleCount = 100

    /// Reads every highlight from a store and renders it in each format. Markdown and Folio JSON
    /// carry the issue's target; the other formats are timed so none of them is left pathological.
    /// The store read alone is timed too, so the rows say how much of each is the store's.
    private func exports(_ articles: [Article]) throws {
        let store = try AnnotationStore.openInMemory()
        let annotated = Array(articles.prefix(Self.annotatedArticleCount))
        let perArticle = scale.highlightCount / annotated.count
        for article in annotated {
            let maker = HighlightMaker(article: article)
            try store.upsertAll((0..<perArticle).map(maker.annotation))
        }
        let count = perArticle * annotated.count
        // Processor time too: on a shared machine it says what the code costs when the clock
        // also counts waiting for a core.
        func processorMilliseconds() -> Double { Double(clock()) * 1_000 / Double(CLOCKS_PER_SEC) }
        var reads = BenchSamples()
        var readsCPU = BenchSamples()
        for _ in 0..<scale.runs {
            var read = 0
            let cpu = processorMilliseconds()
            reads.add(try measureMilliseconds { read = try store.allAnnotations().count })
            readsCPU.add(processorMilliseconds() - cpu)
            guard read == count else { throw BenchFailure(description: "read \(read) of \(count) highlights from the store") }
        }
        emit(BenchRow(name: "  read \(count) highlights from the store", median: formatMilliseconds(reads.median),
                      target: "-", passed: nil, note: "cpu " + formatMilliseconds(readsCPU.median)))
        let targeted: Set<ExportFormat> = [.markdown, .json]
        for format in [ExportFormat.markdown, .json, .w3c, .csv, .clippings, .annotated] {
            var samples = BenchSamples()
            var processor = BenchSamples()
            var size = 0
            for _ in 0..<scale.runs {
                let cpu = processorMilliseconds()
                defer { processor.add(processorMilliseconds() - cpu) }
                samples.add(try measureMilliseconds {
                    let byPath = Dictionary(grouping: try store.allAnnotations()) { $0.articlePath }
                    let document = ExportDocument(articles: annotated.map {
                        ExportedArticle(article: $0, annotations: byPath[$0.relativePath] ?? [])
                    })
                    size = format.export(document).utf8.count
                })
            }
            let isTargeted = targeted.contains(format)
            emit(BenchRow(name: "\(isTargeted ? "" : "  ")export \(count) highlights, \(format.rawValue)",
                          median: formatMilliseconds(samples.median), target: isTargeted ? "≤ 1 s" : "-",
                          passed: isTargeted ? samples.median <= 1_000 : nil,
                          note: String(format: "%.1f MB, cpu ", Double(size) / Self.megabyte) + formatMilliseconds(processor.median)))
        }
    }

    // MARK: Memory

    private func libraryPeakMemory() throws {
        let library = try medianPeak(["--child", "library", corpus.libraryFolder.path])
        let libraryLimit = 150 * 1_048_576
        emit(BenchRow(name: "peak memory, \(scale.articleCount)-article library", median: Self.formatBytes(library),
                      target: "≤ 150 MB", passed: library <= libraryLimit))
    }

    private func articlePeakMemory() throws {
        let long = try medianPeak(["--child", "article", corpus.longArticle.path])
        emit(BenchRow(name: "peak memory, long article open", median: Self.formatBytes(long),
                      target: "≤ 5× file", passed: long <= 5 * longArticleBytes,
                      note: String(format: "%.1f× file", Double(long) / Double(longArticleBytes))))
    }

    /// The median peak of `scale.runs` child processes running one scenario.
    private func medianPeak(_ arguments: [String]) throws -> Int {
        let peaks = try (0..<max(1, scale.runs)).map { _ in try PeakMemory.ofChild(arguments) }.sorted()
        return peaks[peaks.count / 2]
    }

    static func formatBytes(_ bytes: Int) -> String {
        String(format: "%.0f MB", Double(bytes) / megabyte)
    }

    /// The child side of `peakMemory`: loads and draws one scenario, then prints VmHWM in bytes.
    static func childPeakMemory(scenario: String, path: String) throws -> Int {
        let size = Size(width: 120, height: 40)
        switch scenario {
        case "library":
            // What the reader holds once the background reading has finished: every article as
            // a summary (metadata, text, quotations), none open.
            var articles = ArticleLoader().discover(paths: [path]).map(Article.placeholder)
            LibraryIndexer(files: ArticleLoader().discover(paths: [path]), cache: nil).run { batch in
                for (offset, article) in batch.articles.enumerated() { articles[batch.progress.done - batch.articles.count + offset] = article }
            }
            _ = Program(state: AppState(articles: articles, size: size), backend: TestBackend(size: size)).render()
        case "article":
            var state = AppState(articles: [ArticleLoader().loadFile(at: path, root: nil)], size: size)
            _ = state.apply(.openArticle)
            _ = Program(state: state, backend: TestBackend(size: size)).render()
        default:
            throw BenchFailure(description: "unknown child scenario \(scenario)")
        }
        guard let peak = PeakMemory.ofThisProcess() else { throw BenchFailure(description: "no VmHWM in /proc/self/status") }
        return peak
    }
}
