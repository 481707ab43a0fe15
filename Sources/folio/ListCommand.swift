import ArgumentParser
import FolioCore

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles found: file, title, author and how many quotations each has."
    )

    @OptionGroup var library: LibraryArguments
    @Flag(help: "Print a JSON array of objects instead of lines.") var json = false
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let entries = library.loadArticles(in: try configOptions.settings()).map(ArticleListEntry.init)
        if json {
            print(try JSONOutput.string(entries))
            return
        }
        for entry in entries {
            let detail = entry.error.map { "error: \($0)" } ?? "\(entry.author ?? "unknown author")\t\(entry.quotes) quotes"
            print("\(entry.file)\t\(entry.title)\t\(detail)")
        }
    }
}
