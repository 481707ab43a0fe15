import ArgumentParser
import FolioCore
import Foundation

/// `folio annotate FILE --quote TEXT`: highlights a passage without opening the reader, for
/// scripts; prints only the new annotation's id, after it has been saved.
///
/// The id is written straight to the file descriptor in one `write`, not through stdio's buffer:
/// a script reading a pipe sees it the moment the commit returns, and a process killed right
/// after the commit has either acknowledged the highlight completely or not at all.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Highlight a passage of an article, with an optional note and tags.",
        discussion: "The quote must match the article's text exactly. Prints the new annotation's id."
    )

    @Argument(help: "The article file (a path within the configured library works too).")
    var file: String

    @Option(help: "The exact text to highlight.")
    var quote: String

    @Option(help: "A note on the highlight.")
    var note: String = ""

    @Option(name: .customLong("tag"), help: "A tag; repeat for several.")
    var tags: [String] = []

    @Option(help: "Highlight color, 1–5 or yellow, green, blue, pink, purple.")
    var color: HighlightColor = .yellow

    @Option(help: "Which occurrence to highlight (1-based) when the quote occurs more than once.")
    var occurrence: Int?

    @OptionGroup var store: StoreOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let config = try configOptions.settings()
        let article = try ArticleArgument.load(file, library: config.library)
        let style = HighlightStyle(color: color, note: note, tags: tags)
        let annotation = try Highlighter().annotation(quoting: quote, occurrence: occurrence, in: article, style: style)
        try store.open(in: config).insert(annotation)
        FileHandle.standardOutput.write(Data((annotation.id.uuidString + "\n").utf8))
    }
}
