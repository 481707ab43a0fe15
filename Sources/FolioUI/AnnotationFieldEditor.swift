import Foundation

/// The one-line editor open on a note or the tags of one annotation.
public struct AnnotationFieldEditor: Sendable, Hashable {
    public enum Field: Sendable, Hashable {
        case note
        case tags

        var label: String {
            switch self {
            case .note: "Note"
            case .tags: "Tags"
            }
        }
    }

    public var annotationID: UUID
    public var articleID: String
    public var field: Field
    public var line: LineEditor

    /// Tags as typed: separated by commas or spaces, empty ones dropped, each kept once.
    static func tags(from text: String) -> [String] {
        var seen = Set<String>()
        return text.split { $0 == "," || $0.isWhitespace }
            .map(String.init)
            .filter { seen.insert($0).inserted }
    }
}
