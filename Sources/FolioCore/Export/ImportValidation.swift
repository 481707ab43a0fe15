import Foundation

/// Checks shared by both import readers; each failure names the JSON path of the bad value.
enum ImportValidation {
    static func refuse(_ path: String, _ reason: String) -> AnnotationImportError {
        AnnotationImportError(path: path, reason: reason)
    }

    static func uuid(_ text: String, at path: String) throws(AnnotationImportError) -> UUID {
        guard let uuid = UUID(uuidString: text) else { throw refuse(path, "\"\(text)\" is not a UUID") }
        return uuid
    }

    static func date(_ text: String, at path: String) throws(AnnotationImportError) -> Date {
        guard let date = ExportTimestamp.parseISO8601(text) else {
            throw refuse(path, "\"\(text)\" is not an ISO 8601 date-time with a time zone")
        }
        return date
    }

    static func color(_ name: String, at path: String) throws(AnnotationImportError) -> HighlightColor {
        guard let color = HighlightColor(name: name) else {
            let names = HighlightColor.allCases.map(\.name).joined(separator: ", ")
            throw refuse(path, "unknown color \"\(name)\" (expected one of \(names))")
        }
        return color
    }

    static func anchoring(_ value: FolioJSONSchema.Anchoring, at path: String) throws(AnnotationImportError) -> Anchoring {
        switch value.state {
        case "exact": return .exact
        case "moved": return .moved
        case "orphaned": return .orphaned
        case "approximate":
            guard let confidence = value.confidence else {
                throw refuse(path + ".confidence", "missing field `confidence` for an approximate anchoring")
            }
            guard (0...1).contains(confidence) else {
                throw refuse(path + ".confidence", "confidence \(confidence) is outside 0...1")
            }
            return .approximate(confidence: confidence)
        default:
            throw refuse(path + ".state", "unknown anchoring state \"\(value.state)\" (expected exact, moved, approximate or orphaned)")
        }
    }

    /// Offsets must be an ordered pair; an anchored highlight must also lie inside its text
    /// (an orphan keeps old offsets that may not).
    static func position(_ start: Int, _ end: Int, textLength: Int, anchoring: Anchoring, at path: String) throws(AnnotationImportError) -> TextPositionSelector {
        guard start >= 0, start <= end else { throw refuse(path, "start \(start) and end \(end) are not an ordered pair of offsets") }
        if anchoring != .orphaned, end > textLength {
            throw refuse(path, "end \(end) is past the article text (\(textLength) scalars)")
        }
        return TextPositionSelector(start: start, end: end)
    }

    /// Refuses a second annotation with an id already seen, which would overwrite the first.
    static func unique(_ id: UUID, _ seen: inout Set<UUID>, at path: String) throws(AnnotationImportError) {
        guard seen.insert(id).inserted else { throw refuse(path, "duplicate annotation id \(id.uuidString.lowercased())") }
    }

    static func metadata(_ value: FolioJSONSchema.Metadata) -> ArticleMetadata {
        ArticleMetadata(
            title: value.title, author: value.author, source: value.source, section: value.section,
            date: value.date, url: value.url, summary: value.summary, tags: value.tags
        )
    }
}
