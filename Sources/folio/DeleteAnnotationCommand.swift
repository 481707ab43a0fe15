import ArgumentParser
import FolioCore
import Foundation

/// `folio delete-annotation ID`: removes one annotation, by the id `annotate` or `annotations`
/// printed.
struct DeleteAnnotationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete-annotation",
        abstract: "Delete an annotation by its id."
    )

    @Argument(help: "The annotation's id, as `folio annotations` prints it.")
    var id: String

    @OptionGroup var store: StoreOptions
    @OptionGroup var configOptions: ConfigOptions

    func run() throws {
        guard let uuid = UUID(uuidString: id) else {
            throw ValidationError("\(id) is not an annotation id (expected a UUID such as 8C0E…-…)")
        }
        try store.open(in: try configOptions.settings()).delete(id: uuid)
        print("Deleted annotation \(uuid.uuidString)")
    }
}
