import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that a reader of the destination sees either the old file or the complete
/// new one, never a half-written export: the bytes go to a temporary file in the same folder,
/// are flushed to the disk, and only then renamed over the destination.
///
/// Without `replacingExisting`, an existing destination is refused — checked by hard-linking the
/// temporary file into place, which fails if a file appeared in the meantime, so not even a race
/// can clobber one. A symbolic link at the destination is never followed: without
/// `replacingExisting` it is refused, with it the link itself is replaced and its target left
/// alone. The new file gets mode 0666 less the umask (0644 with the usual umask 022), like any
/// file a shell redirection creates.
public struct AtomicFileWriter: Sendable {
    public var replacingExisting: Bool

    public init(replacingExisting: Bool = false) {
        self.replacingExisting = replacingExisting
    }

    public func write(_ data: Data, to path: String) throws(FileWriteError) {
        try checkDestination(path)
        let temporary = try writeTemporary(data, beside: path)
        do {
            try moveIntoPlace(temporary, path)
        } catch {
            unlink(temporary)
            throw error
        }
        syncFolder(of: path)
    }

    private func checkDestination(_ path: String) throws(FileWriteError) {
        var status = stat()
        guard lstat(path, &status) == 0 else { return }
        switch status.st_mode & S_IFMT {
        case S_IFLNK:
            guard replacingExisting else {
                let target = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? "?"
                throw FileWriteError(path: path, kind: .symbolicLink(target: target))
            }
        case S_IFDIR:
            throw FileWriteError(path: path, kind: .folder)
        default:
            guard replacingExisting else { throw FileWriteError(path: path, kind: .exists) }
        }
    }

    /// Creates `.NAME.folio-UUID.tmp` next to `path` (exclusively, so nothing else is reused),
    /// writes and fsyncs it, and returns its path; removes it again on any failure.
    private func writeTemporary(_ data: Data, beside path: String) throws(FileWriteError) -> String {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).folio-\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw systemError(path) }
        var failure: FileWriteError?
        do {
            try FileHandle(fileDescriptor: descriptor, closeOnDealloc: false).write(contentsOf: data)
        } catch {
            failure = FileWriteError(path: path, kind: .system(reason: (error as NSError).localizedDescription))
        }
        if failure == nil, fsync(descriptor) != 0 { failure = systemError(path) }
        if close(descriptor) != 0, failure == nil { failure = systemError(path) }
        if let failure {
            unlink(temporary)
            throw failure
        }
        return temporary
    }

    private func moveIntoPlace(_ temporary: String, _ path: String) throws(FileWriteError) {
        if replacingExisting {
            guard rename(temporary, path) == 0 else { throw renameError(path) }
            return
        }
        if link(temporary, path) == 0 {
            unlink(temporary)
            return
        }
        switch errno {
        case EEXIST:
            try checkDestination(path)
            throw FileWriteError(path: path, kind: .exists)
        case EPERM, EOPNOTSUPP, EMLINK:
            // A file system without hard links (FAT, some network mounts): check, then rename.
            try checkDestination(path)
            guard rename(temporary, path) == 0 else { throw renameError(path) }
        default:
            throw systemError(path)
        }
    }

    private func renameError(_ path: String) -> FileWriteError {
        errno == EISDIR || errno == ENOTEMPTY ? FileWriteError(path: path, kind: .folder) : systemError(path)
    }

    /// Makes the rename itself durable; best effort, as some file systems cannot sync a folder.
    private func syncFolder(of path: String) {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    private func systemError(_ path: String) -> FileWriteError {
        FileWriteError(path: path, kind: .system(reason: String(cString: strerror(errno))))
    }
}
