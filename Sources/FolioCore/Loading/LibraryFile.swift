/// One file of a library as found on disk, before it is read: enough to list it, to look it up
/// in the `ArticleCache`, and to load it later.
public struct LibraryFile: Sendable, Hashable {
    /// The path as found (the folder named, joined with the names below it).
    public var path: String
    /// The path relative to the folder it was found in; the file name for a file named directly.
    public var relativePath: String
    /// Why the entry cannot be an article (a dangling link, a loop, a FIFO…); nil for a regular file.
    public var problem: String?
    /// Size in bytes and modification time in nanoseconds since 1970, from one `stat`: together
    /// with the path they say whether a cached reading of the file is still good.
    public var size: Int64
    public var modified: Int64

    public init(path: String, relativePath: String, problem: String? = nil, size: Int64 = 0, modified: Int64 = 0) {
        self.path = path
        self.relativePath = relativePath
        self.problem = problem
        self.size = size
        self.modified = modified
    }
}
