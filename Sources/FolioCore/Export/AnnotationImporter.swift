import Foundation

/// Reads Folio's own `json` and `w3c` exports back into an `ExportDocument`.
///
/// The whole file is parsed and checked before anything is returned, so a caller can insert
/// the result in one transaction and never leaves a library half-imported. A refusal says
/// where: line and column for broken JSON, the JSON path for a missing or wrong value.
public enum AnnotationImporter {
    /// Which export a file is, told apart by its top-level keys.
    public enum Format: String, Sendable, Hashable {
        case json
        case w3c
    }

    /// Parses, validates and converts `data`; `file` only labels errors. A refusal carries the
    /// line and column and, for a value that parses but is wrong, its JSON path.
    public static func importDocument(from data: Data, file: String? = nil) throws(AnnotationImportError) -> ExportDocument {
        let bytes = [UInt8](data)
        if let failure = JSONSyntaxChecker.firstError(in: bytes) {
            let (line, column) = JSONSyntaxChecker.lineAndColumn(of: failure.offset, in: bytes)
            throw AnnotationImportError(file: file, line: line, column: column, reason: failure.reason)
        }
        do {
            switch try format(of: data) {
            case .json: return try FolioJSONReader.read(decode(FolioJSONSchema.File.self, from: data))
            case .w3c: return try W3CReader.read(decode(W3CSchema.Collection.self, from: data))
            }
        } catch {
            var error = error
            error.file = file
            if let path = error.path,
               let offset = JSONSyntaxChecker.offset(of: JSONSyntaxChecker.components(of: path), in: bytes) {
                (error.line, error.column) = JSONSyntaxChecker.lineAndColumn(of: offset, in: bytes)
            }
            throw error
        }
    }

    /// Tells the two formats apart and refuses other JSON and other versions up front, so a
    /// wrong file gets one clear reason instead of a list of missing fields.
    public static func format(of data: Data) throws(AnnotationImportError) -> Format {
        let probe = try decode(Probe.self, from: data)
        if let format = probe.format {
            guard format == FolioJSONSchema.formatName else {
                throw AnnotationImportError(path: "format", reason: "unknown format \"\(format)\"; expected \"\(FolioJSONSchema.formatName)\"")
            }
            try requireVersion(probe.version, key: "version", supported: FolioJSONSchema.version)
            return .json
        }
        if probe.type == "AnnotationCollection" {
            try requireVersion(probe.folioVersion, key: "folio:version", supported: W3CSchema.formatVersion)
            return .w3c
        }
        throw AnnotationImportError(
            path: "",
            reason: "not a Folio export: expected \"format\": \"\(FolioJSONSchema.formatName)\" or a W3C AnnotationCollection"
        )
    }

    private static func requireVersion(_ version: Int?, key: String, supported: Int) throws(AnnotationImportError) {
        guard let version else {
            throw AnnotationImportError(path: key, reason: "missing field `\(key)`")
        }
        guard version == supported else {
            throw AnnotationImportError(path: key, reason: "unsupported version \(version); this Folio reads version \(supported)")
        }
    }

    private struct Probe: Decodable {
        var format: String?
        var version: Int?
        var type: String?
        var folioVersion: Int?

        enum CodingKeys: String, CodingKey {
            case format, version, type, folioVersion = "folio:version"
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            format = try? container.decode(String.self, forKey: .format)
            version = try? container.decode(Int.self, forKey: .version)
            type = try? container.decode(String.self, forKey: .type)
            folioVersion = try? container.decode(Int.self, forKey: .folioVersion)
        }
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data) throws(AnnotationImportError) -> T {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw importError(error)
        } catch {
            throw AnnotationImportError(path: "", reason: "\(error)")
        }
    }

    static func importError(_ error: DecodingError) -> AnnotationImportError {
        switch error {
        case .keyNotFound(let key, let context):
            AnnotationImportError(path: path(context.codingPath + [key]), reason: "missing field `\(key.stringValue)`")
        case .typeMismatch(let type, let context):
            AnnotationImportError(path: path(context.codingPath), reason: "expected \(describe(type))")
        case .valueNotFound(let type, let context):
            AnnotationImportError(path: path(context.codingPath), reason: "null where \(describe(type)) is required")
        case .dataCorrupted(let context):
            AnnotationImportError(path: path(context.codingPath), reason: context.debugDescription)
        @unknown default:
            AnnotationImportError(path: "", reason: "\(error)")
        }
    }

    /// `articles[0].annotations[3].quote`, the way a reader finds the spot in an editor.
    static func path(_ keys: [any CodingKey]) -> String {
        keys.reduce(into: "") { result, key in
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += (result.isEmpty ? "" : ".") + key.stringValue
            }
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        default: String(describing: type).contains("Array") ? "an array" : "an object"
        }
    }
}
