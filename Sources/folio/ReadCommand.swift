import ArgumentParser
import CMemoryTuning
import FolioCore
import FolioTerminal
import FolioUI
import Foundation

struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Open the three-pane reader (the default when no subcommand is given)."
    )

    @OptionGroup var library: LibraryArguments
    @OptionGroup var themes: ThemeOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        // Before anything large is allocated: see CMemoryTuning.h.
        folio_map_large_allocations()
        let configResult = try configOptions.loadNamedFile()
        let config = configResult.config
        let catalog = themes.catalog
        let themeResult = themes.load(configured: config.theme)
        let monochrome = (try? catalog.load("mono")) ?? .builtInMono
        let backend: NCursesBackend
        do {
            backend = try NCursesBackend(
                environment: ProcessInfo.processInfo.environment,
                theme: themeResult.theme,
                monochrome: monochrome,
                mouse: config.mouse
            )
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        defer { backend.shutdown() }
        var messages = [backend.glyphs.notice].compactMap { $0 }
        if let summary = configResult.summary { messages.append(summary) }
        if let error = themeResult.error { messages.append("Theme: \(error.description); using default") }
        let annotations: AnnotationStore?
        var storeProblem: String?
        do {
            annotations = try store.openForReading(in: config)
            if annotations?.isReadOnly == true { messages.append("The annotation store is read-only: highlights cannot be saved") }
        } catch {
            annotations = nil
            let problem = "annotations unavailable, reading only: \(error.description)"
            storeProblem = problem
            messages.append(problem)
        }
        let loading = LibraryLoading(
            paths: library.resolvedPaths(in: config),
            readsWhole: library.opensSingleFile,
            // A single file is read, not listed: the cache would only cost its opening.
            cache: library.opensSingleFile ? nil
                : annotations.flatMap { $0.isReadOnly ? nil : ArticleCache.open(path: ArticleCache.path(besideStore: $0.path)) }
        )
        let articles = loading.articles
        defer { loading.stop() }
        let inbox = ActionInbox()
        var themeName = themeResult.requested
        let handler = StoreEffectHandler(
            store: annotations, unavailableReason: storeProblem, articles: articles,
            exportFolder: config.exportFolder ?? ExportPath.default(),
            themeCycler: {
                let next = catalog.next(after: themeName)
                themeName = next.requested
                backend.apply(theme: next.theme, monochrome: monochrome)
                if let error = next.error { return "Theme \(next.requested): \(error.description); using default" }
                return "Theme: \(next.requested)"
            },
            inbox: inbox
        )
        let program = Program(
            state: AppState(articles: articles, size: backend.size, readingWidth: config.readingWidth,
                            sidebarVisible: config.sidebar),
            backend: backend, keyMap: KeyMap(config: config), effectHandler: handler, inbox: inbox
        )
        loading.start(posting: inbox, program: program)
        if library.opensSingleFile, !articles.isEmpty {
            program.dispatch(.openArticle)
        }
        if !messages.isEmpty {
            program.dispatch(.showMessage(messages.joined(separator: " · ")))
        }
        program.run()
    }
}
