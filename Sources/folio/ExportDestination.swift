import FolioCore
import Foundation

/// Where `folio export -o FILE` writes: the same folder the reader's export menu uses when the
/// config sets `export-folder`, so exports end up together whichever way they were made.
///
/// An absolute FILE, or one starting with `./` or `../`, is taken as written: that is how a
/// user says "here" when an export folder is set. Without `export-folder`, FILE is relative to
/// the current folder as any shell user expects (the reader's own default folder under
/// `$XDG_DATA_HOME` is for files it names itself, not for a name typed here).
struct ExportDestination {
    /// The file to write.
    let path: String
    /// The export folder `path` is in, when FILE was put there; created before writing.
    let folder: String?

    init(output: String, exportFolder: String?) {
        let explicit = output.hasPrefix("/") || output.hasPrefix("./") || output.hasPrefix("../")
        if let exportFolder, !explicit {
            path = (exportFolder as NSString).appendingPathComponent(output)
            folder = exportFolder
        } else {
            path = output
            folder = nil
        }
    }

    /// Creates the export folder if it is missing, as the reader does; a folder inside it that
    /// FILE names must exist already, like any other path given to `-o`.
    func prepareFolder() throws(FileWriteError) {
        guard let folder else { return }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(path: folder, kind: .system(reason: "cannot create the export folder: \((error as NSError).localizedDescription)"))
        }
    }
}
