import Foundation

/// Turns a decoded `w3c` export back into values: the inverse of `W3CExporter`, refusing
/// anything it would not have written rather than guessing.
enum W3CReader {
    static func read(_ collection: W3CSchema.Collection) throws(AnnotationImportError) -> ExportDocument {
        guard collection.context.contains(.iri(W3CSchema.annoContext)) else {
            throw ImportValidation.refuse("@context", "missing \"\(W3CSchema.annoContext)\"")
        }
        var articles: [ExportedArticle] = []
        var articleBySource: [String: Int] = [:]
        for (index, value) in collection.folioArticles.enumerated() {
            let path = "folio:articles[\(index)]"
            guard let url = URL(string: value.source), url.isFileURL else {
                throw ImportValidation.refuse(path + ".folio:source", "\"\(value.source)\" is not a file:// URL")
            }
            guard articleBySource.updateValue(index, forKey: value.source) == nil else {
                throw ImportValidation.refuse(path + ".folio:source", "a second article with the source \(value.source)")
            }
            articles.append(ExportedArticle(
                file: url.path,
                relativePath: value.path,
                fingerprint: value.fingerprint,
                metadata: ImportValidation.metadata(value.metadata),
                text: value.text,
                annotations: []
            ))
        }
        var seen = Set<UUID>()
        for (index, item) in collection.first.items.enumerated() {
            let path = "first.items[\(index)]"
            guard let articleIndex = articleBySource[item.target.source] else {
                throw ImportValidation.refuse(path + ".target.source", "no entry in folio:articles has the source \(item.target.source)")
            }
            let annotation = try annotation(item, textLength: articles[articleIndex].text.unicodeScalars.count, at: path)
            try ImportValidation.unique(annotation.id, &seen, at: path + ".id")
            articles[articleIndex].annotations.append(annotation)
        }
        guard collection.total == collection.first.items.count else {
            throw ImportValidation.refuse("total", "total is \(collection.total) but the page holds \(collection.first.items.count) annotations")
        }
        return ExportDocument(articles: articles)
    }

    static func annotation(_ item: W3CSchema.Annotation, textLength: Int, at path: String) throws(AnnotationImportError) -> Annotation {
        if let context = item.context, !context.contains(.iri(W3CSchema.annoContext)) {
            throw ImportValidation.refuse(path + ".@context", "missing \"\(W3CSchema.annoContext)\"")
        }
        guard item.type == "Annotation" else { throw ImportValidation.refuse(path + ".type", "expected \"Annotation\", found \"\(item.type)\"") }
        let prefix = "urn:uuid:"
        guard item.id.hasPrefix(prefix) else { throw ImportValidation.refuse(path + ".id", "expected a urn:uuid: id, found \"\(item.id)\"") }
        let id = try ImportValidation.uuid(String(item.id.dropFirst(prefix.count)), at: path + ".id")

        var note: String?
        var speaker: String?
        var tags: [String] = []
        for (index, body) in (item.body ?? []).enumerated() {
            let bodyPath = "\(path).body[\(index)]"
            guard body.type == "TextualBody" else { throw ImportValidation.refuse(bodyPath + ".type", "expected \"TextualBody\"") }
            switch body.purpose {
            case "commenting":
                guard note == nil else { throw ImportValidation.refuse(bodyPath, "a second commenting body; Folio keeps one note") }
                note = body.value
            case "tagging":
                tags.append(body.value)
            case "identifying":
                guard speaker == nil else { throw ImportValidation.refuse(bodyPath, "a second identifying body; Folio keeps one speaker") }
                speaker = body.value
            default:
                throw ImportValidation.refuse(bodyPath + ".purpose", "unsupported body purpose \"\(body.purpose)\" (commenting, tagging or identifying)")
            }
        }

        let target = item.target
        let stylePrefix = "folio-"
        guard target.styleClass.hasPrefix(stylePrefix) else {
            throw ImportValidation.refuse(path + ".target.styleClass", "expected folio-<color>, found \"\(target.styleClass)\"")
        }
        let color = try ImportValidation.color(String(target.styleClass.dropFirst(stylePrefix.count)), at: path + ".target.styleClass")
        let selectorPath = path + ".target.selector"
        let quotes = target.selector.filter { $0.type == "TextQuoteSelector" }
        let positions = target.selector.filter { $0.type == "TextPositionSelector" }
        guard quotes.count == 1, let quote = quotes.first, let exact = quote.exact else {
            throw ImportValidation.refuse(selectorPath, "expected one TextQuoteSelector with `exact`")
        }
        guard positions.count == 1, let start = positions.first?.start, let end = positions.first?.end else {
            throw ImportValidation.refuse(selectorPath, "expected one TextPositionSelector with `start` and `end`")
        }
        let anchoring = try ImportValidation.anchoring(item.anchoring, at: path + ".folio:anchoring")
        return Annotation(
            id: id,
            articlePath: item.articlePath,
            articleFingerprint: item.articleFingerprint,
            anchor: TextAnchor(
                quote: TextQuoteSelector(exact: exact, prefix: quote.prefix ?? "", suffix: quote.suffix ?? ""),
                position: try ImportValidation.position(start, end, textLength: textLength, anchoring: anchoring, at: selectorPath)
            ),
            anchoring: anchoring,
            color: color,
            note: note ?? "",
            tags: tags,
            speaker: speaker,
            created: try ImportValidation.date(item.created, at: path + ".created"),
            modified: try ImportValidation.date(item.modified, at: path + ".modified")
        )
    }
}
