import ArgumentParser
import FolioCore

/// `folio annotations [PATH ...]`: lists annotations, re-anchored in the named articles' current
/// text (and saved, so they follow edits and renames), or all stored ones as last anchored:
/// the store holds annotations of articles that have since left the library, and this is where
/// the user finds them.
struct AnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotations",
        abstract: "List annotations, of the given articles or of all."
    )

    @Argument(help: "Article files or folders; all annotations in the store when none.")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of text.")
    var json = false

    @OptionGroup var store: StoreOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let opened = try store.openForReading(in: try configOptions.settings())
        let annotations: [Annotation]
        if paths.isEmpty {
            annotations = try opened.allAnnotations()
        } else {
            let service = AnnotationService(store: opened)
            var found: [Annotation] = []
            for article in ArticleLoader().load(paths: paths) where article.loadError == nil {
                found += try service.annotations(for: article)
            }
            annotations = found
        }
        let listing = AnnotationListing(annotations)
        print(json ? try listing.json() : listing.text())
    }
}
