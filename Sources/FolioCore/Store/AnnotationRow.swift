import Foundation
import GRDB

/// Maps an `Annotation` to and from a row of the `annotation` table joined with its `article`.
enum AnnotationRow {
    static let selectSQL = """
        SELECT annotation.*, article.relative_path, article.fingerprint
        FROM annotation JOIN article ON article.id = annotation.article_id
        """

    static func arguments(_ annotation: Annotation, articleID: Int64) throws -> StatementArguments {
        let tags = String(decoding: try JSONEncoder().encode(annotation.tags), as: UTF8.self)
        let (state, confidence) = encode(annotation.anchoring)
        return [
            annotation.id.uuidString, articleID,
            annotation.anchor.quote.exact, annotation.anchor.quote.prefix, annotation.anchor.quote.suffix,
            annotation.anchor.position.start, annotation.anchor.position.end,
            state, confidence, annotation.color.rawValue, annotation.note, tags, annotation.speaker,
            annotation.created.timeIntervalSinceReferenceDate, annotation.modified.timeIntervalSinceReferenceDate,
        ]
    }

    static func annotation(from row: Row) throws -> Annotation {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "annotation id \(idText) is not a UUID")
        }
        let colorValue: Int = row["color"]
        guard let color = HighlightColor(rawValue: colorValue) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "annotation \(idText) has color \(colorValue)")
        }
        let tagsJSON: String = row["tags"]
        let tags = try JSONDecoder().decode([String].self, from: Data(tagsJSON.utf8))
        return Annotation(
            id: id,
            articlePath: row["relative_path"],
            articleFingerprint: row["fingerprint"],
            anchor: TextAnchor(
                quote: TextQuoteSelector(exact: row["quote_exact"], prefix: row["quote_prefix"], suffix: row["quote_suffix"]),
                position: TextPositionSelector(start: row["position_start"], end: row["position_end"])
            ),
            anchoring: try decode(state: row["anchoring"], confidence: row["confidence"]),
            color: color,
            note: row["note"],
            tags: tags,
            speaker: row["speaker"],
            created: Date(timeIntervalSinceReferenceDate: row["created"]),
            modified: Date(timeIntervalSinceReferenceDate: row["modified"])
        )
    }

    private static func encode(_ anchoring: Anchoring) -> (String, Double?) {
        switch anchoring {
        case .exact: return ("exact", nil)
        case .moved: return ("moved", nil)
        case .approximate(let confidence): return ("approximate", confidence)
        case .orphaned: return ("orphaned", nil)
        }
    }

    private static func decode(state: String, confidence: Double?) throws -> Anchoring {
        switch state {
        case "exact": return .exact
        case "moved": return .moved
        case "approximate": return .approximate(confidence: confidence ?? 0)
        case "orphaned": return .orphaned
        default: throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "unknown anchoring state \(state)")
        }
    }
}
