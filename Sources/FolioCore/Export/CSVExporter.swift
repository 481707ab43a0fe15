/// The `csv` format, laid out for Readwise's CSV import: RFC 4180 with CRLF record ends and
/// the header `Highlight,Title,Author,URL,Note,Location,Date`.
///
/// - `URL` is the article's own URL when known, else its `file://` URL.
/// - `Location` is the highlight's start offset in the cleaned text (Unicode scalars), so rows
///   sort in reading order; orphans keep their last known offset.
/// - `Date` is the creation time, `YYYY-MM-DD HH:MM:SS` in UTC.
/// - Line breaks inside a field are kept as they are (LF), inside quotes.
/// - No formula-injection guard: Readwise is not a spreadsheet, and prefixing `'` to a quote
///   that starts with `=`, `+`, `-` or `@` would change the highlight it imports. Open the file
///   in a spreadsheet only with cell-type detection off.
enum CSVExporter {
    static let header = ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date"]

    static func export(_ document: ExportDocument) -> String {
        var records = [header]
        for article in document.articles {
            for annotation in article.annotationsInExportOrder {
                records.append([
                    annotation.anchor.quote.exact,
                    article.metadata.title,
                    article.metadata.author ?? "",
                    article.metadata.url ?? article.fileURL,
                    annotation.note,
                    String(annotation.anchor.position.start),
                    ExportTimestamp.spreadsheet(annotation.created),
                ])
            }
        }
        return records.map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }

    /// Quotes a field when it holds a comma, a quote or a line break, doubling its quotes.
    static func field(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
