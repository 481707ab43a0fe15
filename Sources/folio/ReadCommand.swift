import ArgumentParser
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

    func run() throws {
        let backend: NCursesBackend
        do {
            let catalog = themes.catalog
            backend = try NCursesBackend(
                environment: ProcessInfo.processInfo.environment,
                theme: themes.load().theme,
                monochrome: (try? catalog.load("mono")) ?? .builtInMono
            )
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
        defer { backend.shutdown() }
        let articles = library.loadArticles()
        var state = AppState(articles: articles, size: backend.size)
        if library.opensSingleFile, !articles.isEmpty {
            _ = state.apply(.openArticle)
        }
        Program(state: state, backend: backend).run()
    }
}
