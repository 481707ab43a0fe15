import ArgumentParser
import FolioCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Print the quotations found in articles, with their speakers and offsets."
    )

    @OptionGroup var library: LibraryArguments
    @Flag(help: "Print one flat JSON array of {file, text, speaker, kind, start, end}.") var json = false
    @Flag(help: "Group the quotations by speaker, most quoted first; with --json an array of {speaker, count, quotations}.")
    var bySpeaker = false
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        let articles = library.loadArticles(in: try configOptions.settings())
        if bySpeaker {
            try printBySpeaker(articles)
        } else {
            try printFlat(articles)
        }
        for article in articles {
            if let error = article.loadError { printError(error.description) }
        }
        if articles.contains(where: { $0.loadError != nil }) { throw ExitCode(1) }
    }

    private func printFlat(_ articles: [Article]) throws {
        let quotations = articles.flatMap { article in
            article.quotations.map { QuotationReport(file: article.file, quotation: $0) }
        }
        if json {
            print(try JSONOutput.string(quotations))
        } else {
            for quote in quotations {
                let speaker = quote.speaker ?? (quote.kind == .term ? "term" : "unknown speaker")
                print("\(quote.file):\(quote.start)-\(quote.end)\t“\(quote.text)”\t— \(speaker)")
            }
        }
    }

    /// "Ali Khamenei (7)", then each quotation indented with its file and offsets.
    private func printBySpeaker(_ articles: [Article]) throws {
        let index = SpeakerIndex(articles: articles)
        if json {
            print(try JSONOutput.string(index.groups.map(SpeakerReport.init)))
            return
        }
        for group in index.groups {
            print("\(group.speaker ?? "No speaker") (\(group.count))")
            for entry in group.entries {
                print("  “\(entry.text)”\t\(entry.file):\(entry.start)-\(entry.end)")
            }
        }
    }
}
