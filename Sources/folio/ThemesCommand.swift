import ArgumentParser
import FolioUI

struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "themes",
        abstract: "List the themes Folio can use, where each comes from, and any error in them."
    )

    @OptionGroup var themes: ThemeOptions

    func run() throws {
        let catalog = themes.catalog
        var broken = false
        for entry in catalog.entries() {
            let origin = entry.url?.path ?? "built in"
            do {
                let theme = try catalog.load(entry)
                print("\(entry.name)\t\(theme.description)\t\(origin)")
            } catch {
                broken = true
                print("\(entry.name)\tbroken: \(error.description)\t\(origin)")
            }
        }
        if broken { throw ExitCode(1) }
    }
}
