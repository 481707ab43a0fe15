/// The Codable shape of Folio's `json` export, version 1, kept apart from the model types so a
/// change to `Annotation` can never silently change the file format. Documented field by field
/// in `JSON-SCHEMA.md` next to this file.
enum FolioJSONSchema {
    static let formatName = "folio-annotations"
    static let version = 1

    /// Only what is needed to refuse a file before reading the rest of it.
    struct Header: Codable {
        var format: String
        var version: Int
    }

    struct File: Codable {
        var format: String
        var version: Int
        var articles: [Article]
    }

    struct Article: Codable {
        var file: String
        var path: String
        var fingerprint: String
        var metadata: Metadata
        var text: String
        var annotations: [Annotation]
    }

    struct Metadata: Codable {
        var title: String
        var author: String?
        var source: String?
        var section: String?
        var date: String?
        var url: String?
        var summary: String?
        var tags: [String]
    }

    struct Annotation: Codable {
        var id: String
        var articlePath: String
        var articleFingerprint: String
        var quote: Quote
        var position: Position
        var anchoring: Anchoring
        var color: String
        var note: String
        var tags: [String]
        var speaker: String?
        var created: String
        var modified: String
    }

    struct Quote: Codable {
        var exact: String
        var prefix: String
        var suffix: String
    }

    struct Position: Codable {
        var start: Int
        var end: Int
    }

    struct Anchoring: Codable {
        var state: String
        var confidence: Double?
    }
}
