import Foundation

/// The `json` format: Folio's own lossless export (schema in `JSON-SCHEMA.md`), the one to
/// back up and to import again. Keys are sorted and dates are milliseconds in UTC, so the same
/// document always gives the same bytes; `PrettyJSONWriter` writes them, pretty-printed.
enum FolioJSONExporter {
    static func export(_ document: ExportDocument) -> String {
        PrettyJSONWriter.document(file(document), reservingCapacity: estimatedBytes(document, perAnnotation: 700))
    }

    /// About how many bytes a JSON export of `document` takes, `perAnnotation` being the keys,
    /// layout and fixed values of one annotation: reserving that much up front spares the writer
    /// growing (and copying) its buffer a dozen times on the way to a 100 MB file.
    static func estimatedBytes(_ document: ExportDocument, perAnnotation: Int) -> Int {
        document.articles.reduce(0) { total, article in
            article.annotations.reduce(total + 1_024 + article.text.utf8.count) { total, annotation in
                let quote = annotation.anchor.quote
                return total + perAnnotation + quote.exact.utf8.count + quote.prefix.utf8.count + quote.suffix.utf8.count
                    + annotation.note.utf8.count + annotation.articlePath.utf8.count + annotation.articleFingerprint.utf8.count
                    + (annotation.speaker?.utf8.count ?? 0) + annotation.tags.reduce(0) { $0 + 16 + $1.utf8.count }
            }
        }
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
