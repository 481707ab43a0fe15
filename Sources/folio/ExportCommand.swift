import ArgumentParser
import FolioCore
import Foundation

/// `folio export`: writes the reader's annotations in one of six formats, to standard output or,
/// atomically, to a file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotations as Markdown, JSON, W3C Web Annotations, CSV, Kindle clippings or annotated articles.",
        discussion: """
            Annotations are re-anchored in the current text of the articles under PATH (the \
            config's library when none is given); the store (--store, else the config's) is only \
            read, never changed. Annotations of articles \
            not found there are exported too, as orphans under the path and title the store \
            recorded for them, so an export is always a full backup.

            With -o, a relative FILE goes into the config's export-folder when one is set (the \
            folder is created if needed; start FILE with ./ for the current folder), else into \
            the current folder. The file is written to a temporary file beside it, flushed to disk and \
            renamed into place, so it is never left half-written. An existing file is replaced \
            only with --force. A symbolic link at FILE is never written through: it is refused, \
            or with --force replaced by the file (its target left untouched). The file gets mode \
            0666 less the umask.

            Exit status: 0 when something was exported; 1 when no annotation matches (nothing \
            is written), when the store cannot be read, or when FILE cannot be written (an \
            existing file is then left as it was).
            """
    )

    @OptionGroup var library: LibraryArguments

    @Option(help: "markdown, json, w3c, csv, clippings or annotated.")
    var format: ExportFormat = .markdown

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    @Flag(help: "Replace FILE if it exists (or the symbolic link at FILE).")
    var force = false

    @Option(help: ArgumentHelp("Only the annotations of this article (its path or path within the library).", valueName: "FILE"))
    var article: String?

    @Option(help: "Only annotations with this tag, or on an article with it (any case).")
    var tag: String?

    @Option(help: ArgumentHelp(
        "Only annotations created or changed since then: YYYY-MM-DD (local midnight) or an ISO 8601 date-time with zone.",
        valueName: "DATE"
    ))
    var since: String?

    @OptionGroup var store: StoreOptions
    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        if let since, ExportSinceDate.parse(since) == nil {
            throw ValidationError("--since \(since) is not a date: use YYYY-MM-DD or an ISO 8601 date-time such as 2026-11-20T09:30:00Z")
        }
        if force, output == nil {
            throw ValidationError("--force only applies with -o FILE")
        }
    }

    func run() throws {
        let config = try configOptions.settings()
        let storePath = store.resolvedPath(in: config)
        // Read-only, and never created: exporting from a store that is not there is a mistake to
        // report, not an empty export to produce.
        guard FileManager.default.fileExists(atPath: storePath) else {
            printError("folio: \(storePath): no annotation store here (annotate something first, or name one with --store)")
            throw ExitCode(1)
        }
        let opened: AnnotationStore
        do {
            opened = try AnnotationStore.openReadOnly(path: storePath)
        } catch {
            printError("folio: \(error.description)")
            throw ExitCode(1)
        }
        let articles = library.loadArticles(in: config)
        let document: ExportDocument
        do {
            document = try filter(for: articles).apply(to: ExportDocumentBuilder(store: opened).document(for: articles))
        } catch {
            printError("folio: \(error.description)")
            throw ExitCode(1)
        }
        guard document.annotationCount > 0 else {
            printError("folio: no annotations match; nothing exported")
            throw ExitCode(1)
        }
        let text = format.export(document, options: ExportOptions(timeZone: .current))
        guard let output else {
            print(text, terminator: "")
            return
        }
        let destination = ExportDestination(output: output, exportFolder: config.exportFolder)
        do {
            try destination.prepareFolder()
            try AtomicFileWriter(replacingExisting: force).write(Data(text.utf8), to: destination.path)
        } catch {
            printError("folio: \(error.description)")
            throw ExitCode(1)
        }
        printError("folio: exported \(document.annotationCount) annotations from \(document.articles.count) articles to \(destination.path)")
    }

    /// `--article` is matched against the path within the library and the loaded file path, so a
    /// path typed from here (`Articles/x.txt`) works as well as the one listings print (`x.txt`).
    private func filter(for articles: [Article]) -> ExportFilter {
        var articlePath = article
        if let wanted = article {
            let resolved = URL(fileURLWithPath: wanted).standardizedFileURL.resolvingSymlinksInPath().path
            let match = articles.first { loaded in
                URL(fileURLWithPath: loaded.file).standardizedFileURL.resolvingSymlinksInPath().path == resolved
            }
            articlePath = match?.relativePath ?? wanted
        }
        return ExportFilter(articlePath: articlePath, tag: tag, since: since.flatMap { ExportSinceDate.parse($0) })
    }
}
