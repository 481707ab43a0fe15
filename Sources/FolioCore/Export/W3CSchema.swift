/// The Codable shape of the `w3c` export: W3C Web Annotation Data Model JSON-LD.
///
/// Standard properties carry everything the model has a place for: the note is a `TextualBody`
/// with purpose `commenting`, each tag one with purpose `tagging`, the speaker one with purpose
/// `identifying` (it names who is speaking in the target), the color is the target's
/// `styleClass` (`folio-yellow`, …) defined by the annotation's CSS `stylesheet`, and the target
/// is the article's `file://` URL with a `TextQuoteSelector` and a `TextPositionSelector`.
/// What the model has no term for — the article's relative path, fingerprint, metadata and text,
/// and the anchoring state — goes in `folio:` properties, declared in the `@context` as the
/// model's extension rules ask, so the export can be imported back without loss.
enum W3CSchema {
    static let annoContext = "http://www.w3.org/ns/anno.jsonld"
    static let folioNamespace = "https://folio-reader.invalid/ns#"
    static let formatVersion = 1

    static let context: [ContextEntry] = [.iri(annoContext), .prefixes(["folio": folioNamespace])]

    struct Collection: Codable {
        var context: [ContextEntry]
        var id: String
        var type: String
        var label: String
        var total: Int
        var first: Page
        var folioVersion: Int
        var folioArticles: [Article]

        enum CodingKeys: String, CodingKey {
            case context = "@context", id, type, label, total, first
            case folioVersion = "folio:version", folioArticles = "folio:articles"
        }
    }

    /// An `@context` entry: the Web Annotation context IRI or the object declaring `folio:`.
    enum ContextEntry: Codable, Equatable {
        case iri(String)
        case prefixes([String: String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let iri = try? container.decode(String.self) {
                self = .iri(iri)
            } else {
                self = .prefixes(try container.decode([String: String].self))
            }
        }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .iri(let iri): try container.encode(iri)
            case .prefixes(let prefixes): try container.encode(prefixes)
            }
        }
    }

    struct Page: Codable {
        var id: String
        var type: String
        var partOf: PartOf
        var startIndex: Int
        var items: [Annotation]
    }

    /// The page's collection as an embedded object: the W3C test suite rejects a plain IRI here.
    struct PartOf: Codable {
        var id: String
        var label: String
        var total: Int
    }

    struct Article: Codable {
        var source: String
        var path: String
        var fingerprint: String
        var metadata: FolioJSONSchema.Metadata
        var text: String

        enum CodingKeys: String, CodingKey {
            case source = "folio:source", path = "folio:path", fingerprint = "folio:fingerprint"
            case metadata = "folio:metadata", text = "folio:text"
        }
    }

    struct Annotation: Codable {
        /// Repeated on every annotation so each one stands alone when a consumer pulls it out of
        /// the page; optional on import, where an embedded annotation inherits the collection's.
        var context: [ContextEntry]?
        var id: String
        var type: String
        var motivation: String
        var created: String
        var modified: String
        var body: [TextualBody]?
        var stylesheet: Stylesheet
        var target: Target
        var articlePath: String
        var articleFingerprint: String
        var anchoring: FolioJSONSchema.Anchoring

        enum CodingKeys: String, CodingKey {
            case context = "@context", id, type, motivation, created, modified, body, stylesheet, target
            case articlePath = "folio:articlePath", articleFingerprint = "folio:articleFingerprint"
            case anchoring = "folio:anchoring"
        }
    }

    struct TextualBody: Codable {
        var type: String
        var value: String
        var format: String?
        var purpose: String
    }

    struct Stylesheet: Codable {
        var type: String
        var value: String
    }

    struct Target: Codable {
        var type: String
        var source: String
        var styleClass: String
        var selector: [Selector]
    }

    /// Both selector kinds in one shape; `type` says which fields are set.
    struct Selector: Codable {
        var type: String
        var exact: String?
        var prefix: String?
        var suffix: String?
        var start: Int?
        var end: Int?
    }
}
