/// The six export formats; raw values are the names `folio export --format` accepts.
public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
    case markdown
    case json
    case w3c
    case clippings
    case annotated
    case csv

    public var fileExtension: String {
        switch self {
        case .markdown, .annotated: "md"
        case .json: "json"
        case .w3c: "jsonld"
        case .clippings: "txt"
        case .csv: "csv"
        }
    }

    /// Renders the document; every format is a pure function of its input.
    public func export(_ document: ExportDocument, options: ExportOptions = ExportOptions()) -> String {
        switch self {
        case .markdown: MarkdownExporter.export(document, options: options)
        case .json: FolioJSONExporter.export(document)
        case .w3c: W3CExporter.export(document, options: options)
        case .clippings: ClippingsExporter.export(document, options: options)
        case .annotated: AnnotatedArticleExporter.export(document)
        case .csv: CSVExporter.export(document)
        }
    }
}
