/// Something the reader should know about how an article was read; shown, never fatal.
public struct ArticleWarning: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Kind: String, Sendable, Hashable, Codable {
        case invalidUTF8
        case controlCharacters
        case binaryContent
        case emptyFile
        case frontMatter
        case other
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}

/// Why a file could not be read as an article; carries the file and the reason for the user.
public struct ArticleLoadError: Error, Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
