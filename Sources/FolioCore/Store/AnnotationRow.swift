import Foundation
import GRDB

/// Maps an `Annotation` to and from a row of the `annotation` table joined with its `article`.
///
/// Rows are read through a cursor and decoded by column position: an export reads every
/// annotation in the store, and looking each column up by name in a copied row (GRDB lowercases
/// and compares names for every access) took most of the time of reading 100,000 of them.
enum AnnotationRow {
    /// The columns in the order `annotation(from:)` reads them by index.
    static let selectSQL = """
        SELECT annotation.id, article.relative_path, article.fingerprint,
            annotation.quote_exact, annotation.quote_prefix, annotation.quote_suffix,
            annotation.position_start, annotation.position_end, annotation.anchoring, annotation.confidence,
            annotation.color, annotation.note, annotation.tags, annotation.speaker,
            annotation.created, annotation.modified, annotation.article_id
        FROM annotation JOIN article ON article.id = annotation.article_id
        """

    /// The annotations `selectSQL` followed by `clauses` (a WHERE and/or ORDER BY) selects.
    /// An article's path and fingerprint are read once for a run of its annotations and shared.
    static func fetchAll(_ db: Database, _ clauses: String, arguments: StatementArguments = []) throws -> [Annotation] {
        let rows = try Row.fetchCursor(db, sql: selectSQL + " " + clauses, arguments: arguments)
        var annotations: [Annotation] = []
        var article: (id: Int64, path: String, fingerprint: String)?
        while let row = try rows.next() {
            let articleID = try row.decode(Int64.self, atIndex: 16)
            if article?.id != articleID {
                article = (articleID, try row.decode(String.self, atIndex: 1), try row.decode(String.self, atIndex: 2))
            }
            annotations.append(try annotation(from: row, articlePath: article!.path, articleFingerprint: article!.fingerprint))
        }
        return annotations
    }

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

    /// Decodes a row of `selectSQL`'s columns, by position, but for the article's path and
    /// fingerprint, which the caller has.
    static func annotation(from row: Row, articlePath: String, articleFingerprint: String) throws -> Annotation {
        let idText = try row.decode(String.self, atIndex: 0)
        guard let id = UUIDText.parse(idText) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "annotation id \(idText) is not a UUID")
        }
        let colorValue = try row.decode(Int.self, atIndex: 10)
        guard let color = HighlightColor(rawValue: colorValue) else {
            throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: "annotation \(idText) has color \(colorValue)")
        }
        return Annotation(
            id: id,
            articlePath: articlePath,
            articleFingerprint: articleFingerprint,
            anchor: TextAnchor(
                quote: TextQuoteSelector(
                    exact: try row.decode(String.self, atIndex: 3),
                    prefix: try row.decode(String.self, atIndex: 4),
                    suffix: try row.decode(String.self, atIndex: 5)
                ),
                position: TextPositionSelector(
                    start: try row.decode(Int.self, atIndex: 6),
                    end: try row.decode(Int.self, atIndex: 7)
                )
            ),
            anchoring: try decode(state: try row.decode(String.self, atIndex: 8), confidence: try row.decode(Double?.self, atIndex: 9)),
            color: color,
            note: try row.decode(String.self, atIndex: 11),
            tags: try tags(try row.decode(String.self, atIndex: 12)),
            speaker: try row.decode(String?.self, atIndex: 13),
            created: Date(timeIntervalSinceReferenceDate: try row.decode(Double.self, atIndex: 14)),
            modified: Date(timeIntervalSinceReferenceDate: try row.decode(Double.self, atIndex: 15))
        )
    }

    /// The tags column as `arguments` writes it. A JSON decoder per row took half the time of
    /// reading a store, so the compact `["a","b"]` without escapes that nearly every row holds is
    /// split directly: without a backslash no string can hold a quote, so every quote delimits.
    /// Anything else goes to the decoder.
    static func tags(_ json: String) throws -> [String] {
        if let tags = plainTags(Array(json.utf8)) { return tags }
        return try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    private static func plainTags(_ bytes: [UInt8]) -> [String]? {
        guard bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]"),
              !bytes.contains(UInt8(ascii: "\\")) else { return nil }
        if bytes.count == 2 { return [] }
        var tags: [String] = []
        var index = 1
        while true {
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""),
                  let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "\"")) else { return nil }
            let text = bytes[(index + 1)..<close]
            guard !text.contains(where: { $0 < 0x20 }) else { return nil }
            tags.append(String(decoding: text, as: UTF8.self))
            index = close + 1
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: "]") { return index == bytes.count - 1 ? tags : nil }
            guard bytes[index] == UInt8(ascii: ",") else { return nil }
            index += 1
        }
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
