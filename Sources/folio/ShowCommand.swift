import ArgumentParser
import FolioCore
import FolioUI

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print an article as the reader shows it: cleaned and wrapped, raw, or as JSON."
    )

    @Argument(help: "The article file (a path within the configured library works too).", completion: .file())
    var file: String
    @Option(help: "Wrap at this many terminal cells.") var width = 80
    @Flag(help: "Print the file as read, with page furniture, instead of the cleaned article.") var raw = false
    @Flag(help: "Print {file, title, author, source, section, date, summary, tags, warnings, paragraphs, text}.")
    var json = false
    @OptionGroup var configOptions: ConfigOptions

    func validate() throws {
        guard width >= 10 else { throw ValidationError("--width must be at least 10 cells") }
    }

    func run() throws {
        let library = try configOptions.settings().library
        let article: Article
        do {
            article = try ArticleArgument.load(file, library: library)
        } catch {
            printError("folio: \(error)")
            throw ExitCode(1)
        }
        if json {
            print(try JSONOutput.string(ArticleReport(article)))
            return
        }
        for line in ArticleTextRenderer(width: width).lines(for: article, raw: raw) {
            print(line)
        }
        for warning in article.warnings {
            printError("folio: \(article.file): \(warning.message)")
        }
    }
}
