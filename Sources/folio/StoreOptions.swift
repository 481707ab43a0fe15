import ArgumentParser
import FolioCore
import FolioUI

/// The `--store PATH` option shared by every command that reads or writes annotations.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(
        "The annotation database (default: the config's store, else $XDG_DATA_HOME/folio/annotations.sqlite).",
        valueName: "PATH"
    ))
    var path: String?

    /// `--store`, else the config's `store`, else the default under `$XDG_DATA_HOME`: every
    /// command reads and writes the same annotations the reader does.
    func resolvedPath(in config: FolioConfig) -> String {
        path ?? config.store ?? StorePath.default()
    }

    /// Opens the store for changes.
    func open(in config: FolioConfig) throws(StoreError) -> AnnotationStore {
        try AnnotationStore.open(path: resolvedPath(in: config))
    }

    /// Opens the store for changes if it can, else read-only, so listing works on a store the
    /// reader may only read.
    func openForReading(in config: FolioConfig) throws(StoreError) -> AnnotationStore {
        let path = resolvedPath(in: config)
        do {
            return try AnnotationStore.open(path: path)
        } catch .readOnly {
            return try AnnotationStore.openReadOnly(path: path)
        }
    }
}
