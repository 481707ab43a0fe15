import Foundation

/// Why the annotation store could not be opened or changed, worded for the reader: each case
/// carries the store's path, because the fix is almost always something done to that file.
public enum StoreError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Another program holds a lock on the store for longer than the busy timeout.
    case locked(path: String)
    /// The file or its folder cannot be written; Folio can still open the store read-only.
    case readOnly(path: String, reason: String)
    /// The file is not a SQLite database, or is damaged. Folio never overwrites it.
    case corrupt(path: String, reason: String)
    /// The store was written by a Folio that knows a later schema than this build.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The folder for the store could not be created.
    case cannotCreateFolder(path: String, reason: String)
    /// An update or delete named an annotation the store does not hold.
    case annotationNotFound(path: String, id: UUID)
    /// Any other failure of the database, with SQLite's own explanation.
    case database(path: String, reason: String)

    public var path: String {
        switch self {
        case .locked(let path), .readOnly(let path, _), .corrupt(let path, _),
            .newerSchema(let path, _, _), .cannotCreateFolder(let path, _),
            .annotationNotFound(let path, _), .database(let path, _):
            return path
        }
    }

    public var description: String {
        switch self {
        case .locked(let path):
            return "\(path): the annotation store is locked by another program; close it and try again"
        case .readOnly(let path, let reason):
            return "\(path): cannot save annotations: \(reason)"
        case .corrupt(let path, let reason):
            return "\(path): the annotation store is damaged (\(reason)); it was left untouched — "
                + "move it aside or restore a backup, or use another store with --store"
        case .newerSchema(let path, let found, let supported):
            return "\(path): created by a newer Folio (store schema \(found), this Folio knows up to "
                + "\(supported)); update Folio to open it"
        case .cannotCreateFolder(let path, let reason):
            return "\(path): cannot create the folder for the annotation store: \(reason)"
        case .annotationNotFound(let path, let id):
            return "\(path): no annotation with id \(id.uuidString)"
        case .database(let path, let reason):
            return "\(path): annotation store error: \(reason)"
        }
    }
}
