import ArgumentParser
import FolioCore
import Foundation

/// `folio import FILE`: reads a `json` or `w3c` export back into the store, for restoring a
/// backup or moving annotations between machines.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import annotations from a Folio JSON or W3C export.",
        discussion: """
            Annotations are matched by id: importing a file twice adds nothing twice, and an \
            annotation already stored is replaced only by a copy modified later. Each is \
            re-anchored in the current text of its article when that article is found under PATH \
            (./Articles when none is given); one that no longer fits is kept as an orphan, and \
            one whose article is not found is stored as the file has it.

            The whole file is checked before anything is stored, and everything is stored in one \
            transaction: an invalid file is refused with the line and column of the error and \
            the store is left exactly as it was. Prints "imported N, updated M, unchanged K".
            """
    )

    @Argument(help: "The export to read.", completion: .file())
    var file: String

    @Option(help: "Refuse the file unless it is this format: json or w3c (default: either).")
    var format: AnnotationImporter.Format?

    @OptionGroup var library: LibraryArguments

    @OptionGroup var store: StoreOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let config = try configOptions.settings()
        let document: ExportDocument
        do {
            document = try read()
        } catch {
            printError("folio: \(error.description)")
            throw ExitCode(1)
        }
        let plan = ImportPlan(document: document, articles: library.loadArticles(in: config))
        let summary: ImportSummary
        do {
            summary = ImportSummary(try store.open(in: config).upsertAll(plan.annotations))
        } catch {
            printError("folio: \(error.description)")
            throw ExitCode(1)
        }
        print(summary.description)
        if plan.orphanedCount > 0 {
            printError("folio: \(plan.orphanedCount) no longer fit their article's current text; kept as orphans")
        }
        if plan.unmatchedCount > 0 {
            printError("folio: \(plan.unmatchedCount) belong to articles not found under \(library.resolvedPaths(in: config).joined(separator: " ")); stored as the file has them")
        }
    }

    private func read() throws(AnnotationImportError) -> ExportDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw AnnotationImportError(file: file, reason: "cannot read: \((error as NSError).localizedDescription)")
        }
        let document = try AnnotationImporter.importDocument(from: data, file: file)
        if let format {
            let found = try AnnotationImporter.format(of: data)
            guard found == format else {
                throw AnnotationImportError(file: file, reason: "this is a \(found.rawValue) export, not \(format.rawValue)")
            }
        }
        return document
    }
}
