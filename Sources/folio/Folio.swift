import ArgumentParser
import FolioCore

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Read articles kept as local files, and quote them."
    )

    func run() throws {}
}
