import ArgumentParser
import FolioCore

/// The `--store PATH` option shared by every command that reads or writes annotations.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("store"), help: ArgumentHelp(
        "The annotation database (default: $XDG_DATA_HOME/folio/annotations.sqlite).", valueName: "PATH"
    ))
    var path: String?

    var resolvedPath: String { path ?? StorePath.default() }

    /// Opens the store for changes.
    func open() throws(StoreError) -> AnnotationStore {
        try AnnotationStore.open(path: resolvedPath)
    }

    /// Opens the store for changes if it can, else read-only, so listing works on a store the
    /// reader may only read.
    func openForReading() throws(StoreError) -> AnnotationStore {
        do {
            return try AnnotationStore.open(path: resolvedPath)
        } catch .readOnly {
            return try AnnotationStore.openReadOnly(path: resolvedPath)
        }
    }
}
