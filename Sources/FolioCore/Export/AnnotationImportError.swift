/// Why an import file was refused, and where, so the reader can open it and fix that spot.
public struct AnnotationImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file the data came from, when the caller said.
    public var file: String?
    /// The JSON path of a value that parses but is missing or wrong, such as
    /// `articles[0].annotations[3].created` or `first.items[2].target.selector`; nil for a
    /// syntax error.
    public var path: String?
    /// 1-based line and column (counting Unicode scalars) of the syntax error or of the bad value; for a
    /// missing value, of the object that lacks it.
    public var line: Int?
    public var column: Int?
    public var reason: String

    public init(file: String? = nil, path: String? = nil, line: Int? = nil, column: Int? = nil, reason: String) {
        self.file = file
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    public var description: String {
        var place: [String] = []
        if let file { place.append(file) }
        if let line, let column { place.append("line \(line), column \(column)") }
        if let path { place.append(path.isEmpty ? "top level" : path) }
        return (place + [reason]).joined(separator: ": ")
    }
}
