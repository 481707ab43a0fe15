/// Why an export file was not written, naming the file: in every case the destination is as it
/// was before the attempt and no temporary file is left beside it.
public struct FileWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        /// A file is already there and replacing it was not asked for.
        case exists
        /// The destination is a symbolic link, which an export never writes through.
        case symbolicLink(target: String)
        /// The destination is a folder.
        case folder
        /// The system refused: no such folder, no permission, disk full…
        case system(reason: String)
    }

    public var path: String
    public var kind: Kind

    public init(path: String, kind: Kind) {
        self.path = path
        self.kind = kind
    }

    public var description: String {
        switch kind {
        case .exists:
            "\(path): already exists; use --force to replace it"
        case .symbolicLink(let target):
            "\(path): is a symbolic link to \(target); not writing through it (--force replaces the link itself, leaving \(target) alone)"
        case .folder:
            "\(path): is a folder"
        case .system(let reason):
            "\(path): cannot write: \(reason)"
        }
    }
}
