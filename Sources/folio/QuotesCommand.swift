import ArgumentParser
import FolioCore

struct QuotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Print the quotations found in articles, with their speakers and offsets."
    )

    @Argument(help: "Article files or folders.", completion: .file())
    var paths: [String]
    @Flag(help: "Print one flat JSON array of {file, text, speaker, kind, start, end}.") var json = false

    func run() throws {
        let articles = ArticleLoader().load(paths: paths)
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
        for article in articles {
            if let error = article.loadError { printError(error.description) }
        }
        if articles.contains(where: { $0.loadError != nil }) { throw ExitCode(1) }
    }
}
