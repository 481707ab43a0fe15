import Foundation

/// The `w3c` format: one `AnnotationCollection` whose embedded first page holds every
/// annotation, valid against the W3C Web Annotation test suite (see `W3CSchema` for where each
/// field goes). The collection's id is derived from the annotation ids, so the same document
/// always exports the same bytes.
enum W3CExporter {
    static func export(_ document: ExportDocument, options: ExportOptions) -> String {
        PrettyJSONWriter.document(
            collection(document, options: options),
            reservingCapacity: FolioJSONExporter.estimatedBytes(document, perAnnotation: 1_400)
        )
    }

    static func collection(_ document: ExportDocument, options: ExportOptions) -> W3CSchema.Collection {
        let items = document.articles.flatMap { article in
            let source = article.fileURL
            return article.annotationsInExportOrder.map { annotation($0, source: source) }
        }
        let id = collectionID(document)
        return W3CSchema.Collection(
            context: W3CSchema.context,
            id: id,
            type: "AnnotationCollection",
            label: options.collectionLabel,
            total: items.count,
            first: W3CSchema.Page(
                id: id + ":page:1",
                type: "AnnotationPage",
                partOf: W3CSchema.PartOf(id: id, label: options.collectionLabel, total: items.count),
                startIndex: 0,
                items: items
            ),
            folioVersion: W3CSchema.formatVersion,
            folioArticles: document.articles.map { article in
                W3CSchema.Article(
                    source: article.fileURL,
                    path: article.relativePath,
                    fingerprint: article.fingerprint,
                    metadata: FolioJSONExporter.metadata(article.metadata),
                    text: article.text
                )
            }
        )
    }

    static func collectionID(_ document: ExportDocument) -> String {
        let ids = document.articles.flatMap(\.annotations).map { UUIDText.lowercase($0.id) }.sorted()
        return "urn:folio:export:" + ContentFingerprint.of(Array(ids.joined(separator: ",").utf8))
    }

    /// One annotation on the article at `source`, the article's `file://` URL (computed once per
    /// article: building a URL for each of 100,000 annotations was a visible share of an export).
    static func annotation(_ annotation: Annotation, source: String) -> W3CSchema.Annotation {
        var bodies: [W3CSchema.TextualBody] = []
        if !annotation.note.isEmpty {
            bodies.append(W3CSchema.TextualBody(type: "TextualBody", value: annotation.note, format: "text/plain", purpose: "commenting"))
        }
        for tag in annotation.tags {
            bodies.append(W3CSchema.TextualBody(type: "TextualBody", value: tag, purpose: "tagging"))
        }
        if let speaker = annotation.speaker {
            bodies.append(W3CSchema.TextualBody(type: "TextualBody", value: speaker, purpose: "identifying"))
        }
        let quote = annotation.anchor.quote
        let position = annotation.anchor.position
        return W3CSchema.Annotation(
            context: W3CSchema.context,
            id: "urn:uuid:" + UUIDText.lowercase(annotation.id),
            type: "Annotation",
            motivation: annotation.note.isEmpty ? "highlighting" : "commenting",
            created: ExportTimestamp.iso8601(annotation.created),
            modified: ExportTimestamp.iso8601(annotation.modified),
            body: bodies.isEmpty ? nil : bodies,
            stylesheet: W3CSchema.Stylesheet(type: "CssStylesheet", value: cssRules[annotation.color] ?? css(annotation.color)),
            target: W3CSchema.Target(
                type: "SpecificResource",
                source: source,
                styleClass: styleClass(annotation.color),
                selector: [
                    W3CSchema.Selector(type: "TextQuoteSelector", exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix),
                    W3CSchema.Selector(type: "TextPositionSelector", start: position.start, end: position.end),
                ]
            ),
            articlePath: annotation.articlePath,
            articleFingerprint: annotation.articleFingerprint,
            anchoring: FolioJSONExporter.anchoring(annotation.anchoring)
        )
    }

    static func styleClass(_ color: HighlightColor) -> String { "folio-" + color.name }

    /// Every color's rule, built once rather than for each annotation.
    static let cssRules = Dictionary(uniqueKeysWithValues: HighlightColor.allCases.map { ($0, css($0)) })

    static func css(_ color: HighlightColor) -> String {
        ".\(styleClass(color)) { background-color: \(cssColors[color] ?? "#fff59d"); }"
    }

    static let cssColors: [HighlightColor: String] = [
        .yellow: "#fff59d", .green: "#c5e1a5", .blue: "#90caf9", .pink: "#f8bbd0", .purple: "#ce93d8",
    ]
}
