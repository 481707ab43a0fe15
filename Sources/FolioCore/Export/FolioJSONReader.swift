import Foundation

/// Turns a decoded `json` export into values, refusing the first invalid field.
enum FolioJSONReader {
    static func read(_ file: FolioJSONSchema.File) throws(AnnotationImportError) -> ExportDocument {
        var seen = Set<UUID>()
        var articles: [ExportedArticle] = []
        for (articleIndex, article) in file.articles.enumerated() {
            let textLength = article.text.unicodeScalars.count
            var annotations: [Annotation] = []
            for (index, value) in article.annotations.enumerated() {
                let path = "articles[\(articleIndex)].annotations[\(index)]"
                let id = try ImportValidation.uuid(value.id, at: path + ".id")
                try ImportValidation.unique(id, &seen, at: path + ".id")
                let anchoring = try ImportValidation.anchoring(value.anchoring, at: path + ".anchoring")
                let position = try ImportValidation.position(
                    value.position.start, value.position.end, textLength: textLength, anchoring: anchoring, at: path + ".position"
                )
                annotations.append(Annotation(
                    id: id,
                    articlePath: value.articlePath,
                    articleFingerprint: value.articleFingerprint,
                    anchor: TextAnchor(
                        quote: TextQuoteSelector(exact: value.quote.exact, prefix: value.quote.prefix, suffix: value.quote.suffix),
                        position: position
                    ),
                    anchoring: anchoring,
                    color: try ImportValidation.color(value.color, at: path + ".color"),
                    note: value.note,
                    tags: value.tags,
                    speaker: value.speaker,
                    created: try ImportValidation.date(value.created, at: path + ".created"),
                    modified: try ImportValidation.date(value.modified, at: path + ".modified")
                ))
            }
            articles.append(ExportedArticle(
                file: article.file,
                relativePath: article.path,
                fingerprint: article.fingerprint,
                metadata: ImportValidation.metadata(article.metadata),
                text: article.text,
                annotations: annotations
            ))
        }
        return ExportDocument(articles: articles)
    }
}
