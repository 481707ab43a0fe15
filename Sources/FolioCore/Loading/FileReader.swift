#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file's bytes only after checking, without opening it, that it is a regular file: a
/// FIFO or device would block or never end, and every failure becomes a reason a reader can act on.
enum FileReader {
    /// Files above this size are refused rather than loaded whole into memory.
    static let maxFileSize = 64 * 1024 * 1024

    enum Kind: Equatable {
        /// `modified` is the modification time in nanoseconds since 1970.
        case regular(size: Int, modified: Int64)
        case directory
        case other(String)
    }

    /// What the path names once symlinks are followed, or why it cannot be followed.
    static func kind(of path: String) -> Result<Kind, Failure> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(failure(errno, path: path)) }
        return .success(kind(of: info))
    }

    private static func kind(of info: stat) -> Kind {
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            let modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            return .regular(size: Int(info.st_size), modified: modified)
        case S_IFDIR: return .directory
        case S_IFIFO: return .other("is a named pipe (FIFO), not a file; reading it could wait forever")
        case S_IFSOCK: return .other("is a socket, not a file")
        case S_IFCHR: return .other("is a character device, not a file")
        case S_IFBLK: return .other("is a block device, not a file")
        default: return .other("is not a regular file")
        }
    }

    /// Device and inode of a path (symlinks followed), used to notice folder loops.
    static func identity(of path: String) -> FileIdentity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }

    /// The bytes of a regular file. Opened non-blocking and re-checked with fstat, so a file swapped
    /// for a FIFO between the check and the open still cannot hang the loader.
    static func bytes(at path: String) -> Result<[UInt8], Failure> {
        switch kind(of: path) {
        case .failure(let failure): return .failure(failure)
        case .success(.directory): return .failure(Failure(reason: "is a directory, not a file"))
        case .success(.other(let reason)): return .failure(Failure(reason: reason))
        case .success(.regular(let size, _)) where size > maxFileSize:
            return .failure(Failure(reason: "is too large to read as an article (\(size / 1_048_576) MB; the limit is \(maxFileSize / 1_048_576) MB)"))
        case .success(.regular):
            break
        }
        return withRegularFile(path) { descriptor, size in
            // Read straight into an array of the file's size (one byte more shows the end without a
            // second array); only a file that grew since the fstat goes on in chunks.
            let (firstRead, readError, ended) = readBytes(descriptor, upTo: size + 1)
            var bytes = firstRead
            if readError != 0 { return .failure(failure(readError, path: path)) }
            if ended { return .success(bytes) }
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    return .failure(failure(errno, path: path))
                }
                bytes.append(contentsOf: buffer[0..<count])
                if bytes.count > maxFileSize {
                    return .failure(Failure(reason: "grew past the \(maxFileSize / 1_048_576) MB limit while being read"))
                }
            }
            return .success(bytes)
        }
    }

    /// The first `count` bytes of a regular file (all of it when shorter) and the file's size,
    /// checked as `bytes(at:)` checks: the opening of a large article is shown before the rest
    /// of it is read.
    static func leadingBytes(at path: String, count: Int) -> Result<(bytes: [UInt8], fileSize: Int), Failure> {
        withRegularFile(path) { descriptor, size in
            let (bytes, readError, _) = readBytes(descriptor, upTo: max(0, count))
            if readError != 0 { return .failure(failure(readError, path: path)) }
            return .success((bytes, size))
        }
    }

    /// Opens a path for reading without blocking, checks with fstat that what was opened is a
    /// regular file (so a file swapped for a FIFO after it was checked still cannot hang a read),
    /// and hands `body` the descriptor and the file's size; the descriptor is closed after.
    private static func withRegularFile<Value>(
        _ path: String, _ body: (Int32, Int) -> Result<Value, Failure>
    ) -> Result<Value, Failure> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(failure(errno, path: path)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
            return .failure(Failure(reason: "stopped being a regular file while it was opened"))
        }
        return body(descriptor, Int(info.st_size))
    }

    /// Reads up to `capacity` bytes straight into an array of that size; `ended` says the file
    /// ended before the array was full, `error` is the errno of a failed read (0 otherwise).
    private static func readBytes(_ descriptor: Int32, upTo capacity: Int) -> (bytes: [UInt8], error: Int32, ended: Bool) {
        var readError: Int32 = 0
        var ended = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            initialized = 0
            while initialized < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                if count == 0 {
                    ended = true
                    return
                }
                if count < 0 {
                    if errno == EINTR { continue }
                    readError = errno
                    return
                }
                initialized += count
            }
        }
        return (bytes, readError, ended)
    }

    /// One name in a folder and what it is once symlinks are followed.
    struct Entry {
        var name: String
        var kind: Result<Kind, Failure>
    }

    /// The names in a folder that `include` accepts, unsorted, each with what `kind(of:)` would
    /// say of it: stated relative to the open folder (`fstatat`), so the kernel does not walk the
    /// whole path again for every file of a large library. The folder's own path is joined to a
    /// name only to explain a failure.
    static func entries(of folder: String, where include: (String) -> Bool) -> Result<[Entry], Failure> {
        guard let directory = opendir(folder) else { return .failure(failure(errno, path: folder)) }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var found: [Entry] = []
        while let entry = readdir(directory) {
            // The name is read where it lies: glibc packs entries by their real length, so copying
            // the declared 256-byte `d_name` out of the last entry would read past its buffer.
            let cName = (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self)
            let name = String(cString: cName)
            guard name != "." && name != "..", include(name) else { continue }
            var info = stat()
            if fstatat(descriptor, cName, &info, 0) == 0 {
                found.append(Entry(name: name, kind: .success(kind(of: info))))
            } else {
                let code = errno
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                found.append(Entry(name: name, kind: .failure(failure(code, path: path))))
            }
        }
        return .success(found)
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    struct Failure: Error, Equatable {
        var reason: String
    }

    static func failure(_ code: Int32, path: String) -> Failure {
        switch code {
        case ENOENT:
            return Failure(reason: isSymbolicLink(path)
                ? "is a symbolic link to something that does not exist"
                : "does not exist")
        case EACCES, EPERM: return Failure(reason: "permission denied: the file cannot be read by this user")
        case ELOOP: return Failure(reason: "is a loop of symbolic links")
        case ENOTDIR: return Failure(reason: "a part of the path is not a folder")
        case ENAMETOOLONG: return Failure(reason: "the path is too long")
        case EISDIR: return Failure(reason: "is a directory, not a file")
        default: return Failure(reason: String(cString: strerror(code)))
        }
    }
}

struct FileIdentity: Hashable {
    var device: UInt64
    var inode: UInt64
}
