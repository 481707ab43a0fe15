/// Why an import file was refused, and where, so the reader can open it and fix that spot.
public struct AnnotationImportError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Location: Sendable, Hashable {
        /// 1-based line and column (in characters) of a syntax error.
        case position(line: Int, column: Int)
        /// The JSON path of a value that parses but is missing or wrong, such as
        /// `articles[0].annotations[3].created` or `first.items[2].target.selector`.
        case path(String)
    }

    /// The file the data came from, when the caller said.
    public var file: String?
    public var location: Location
    public var reason: String

    public init(file: String? = nil, location: Location, reason: String) {
        self.file = file
        self.location = location
        self.reason = reason
    }

    public var description: String {
        let place = switch location {
        case .position(let line, let column): "line \(line), column \(column)"
        case .path(let path): path.isEmpty ? "top level" : path
        }
        return [file, place].compactMap { $0 }.joined(separator: ": ") + ": " + reason
    }
}
