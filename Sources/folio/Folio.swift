import ArgumentParser

@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Read articles kept as local files, and quote them.",
        discussion: """
            With no subcommand, opens the three-pane reader on the given files and folders \
            (when none are given, the config's library: ./Articles unless set). The other \
            subcommands work without a terminal and read the same config.
            """,
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, QuotesCommand.self,
            AnnotateCommand.self, AnnotationsCommand.self, DeleteAnnotationCommand.self,
            ExportCommand.self, ImportCommand.self, ThemesCommand.self,
            ConfigCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
