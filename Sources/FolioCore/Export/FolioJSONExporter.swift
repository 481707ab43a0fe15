import Foundation

/// The `json` format: Folio's own lossless export (schema in `JSON-SCHEMA.md`), the one to
/// back up and to import again. Keys are sorted and dates are milliseconds in UTC, so the same
/// document always gives the same bytes; `PrettyJSONWriter` writes them, pretty-printed.
enum FolioJSONExporter {
    static func export(_ document: ExportDocument) -> String {
        PrettyJSONWriter.document(file(document))
    }

    static func file(_ document: ExportDocument) -> FolioJSONSchema.File {
        FolioJSONSchema.File(
            format: FolioJSONSchema.formatName,
            version: FolioJSONSchema.version,
            articles: document.articles.map(article)
        )
    }

    static func article(_ article: ExportedArticle) -> FolioJSONSchema.Article {
        FolioJSONSchema.Article(
            file: article.file,
            path: article.relativePath,
            fingerprint: article.fingerprint,
            metadata: metadata(article.metadata),
            text: article.text,
            annotations: article.annotationsInExportOrder.map(annotation)
        )
    }

    static func metadata(_ metadata: ArticleMetadata) -> FolioJSONSchema.Metadata {
        FolioJSONSchema.Metadata(
            title: metadata.title, author: metadata.author, source: metadata.source,
            section: metadata.section, date: metadata.date, url: metadata.url,
            summary: metadata.summary, tags: metadata.tags
        )
    }

    static func annotation(_ annotation: Annotation) -> FolioJSONSchema.Annotation {
        FolioJSONSchema.Annotation(
            id: UUIDText.lowercase(annotation.id),
            articlePath: annotation.articlePath,
            articleFingerprint: annotation.articleFingerprint,
            quote: FolioJSONSchema.Quote(
                exact: annotation.anchor.quote.exact,
                prefix: annotation.anchor.quote.prefix,
                suffix: annotation.anchor.quote.suffix
            ),
            position: FolioJSONSchema.Position(start: annotation.anchor.position.start, end: annotation.anchor.position.end),
            anchoring: anchoring(annotation.anchoring),
            color: annotation.color.name,
            note: annotation.note,
            tags: annotation.tags,
            speaker: annotation.speaker,
            created: ExportTimestamp.iso8601(annotation.created),
            modified: ExportTimestamp.iso8601(annotation.modified)
        )
    }

    static func anchoring(_ anchoring: Anchoring) -> FolioJSONSchema.Anchoring {
        switch anchoring {
        case .exact: FolioJSONSchema.Anchoring(state: "exact")
        case .moved: FolioJSONSchema.Anchoring(state: "moved")
        case .approximate(let confidence):
            // JSON has no NaN or infinity; a confidence is a fraction in 0...1 anyway.
            FolioJSONSchema.Anchoring(state: "approximate", confidence: confidence.isFinite ? min(max(confidence, 0), 1) : 0)
        case .orphaned: FolioJSONSchema.Anchoring(state: "orphaned")
        }
    }
}
