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
        var out = ""
        appendRecord(header.map(field), to: &out)
        for article in document.articles {
            // The same for every row of the article; the file URL is costly to build.
            let title = field(article.metadata.title)
            let author = field(article.metadata.author ?? "")
            let url = field(article.metadata.url ?? article.fileURL)
            for annotation in article.annotationsInExportOrder {
                appendRecord([
                    field(annotation.anchor.quote.exact), title, author, url, field(annotation.note),
                    String(annotation.anchor.position.start), ExportTimestamp.spreadsheet(annotation.created),
                ], to: &out)
            }
        }
        return out
    }

    /// One record of fields already quoted by `field`, and its CRLF.
    private static func appendRecord(_ fields: [String], to out: inout String) {
        for (index, value) in fields.enumerated() {
            if index > 0 { out += "," }
            out += value
        }
        out += "\r\n"
    }

    /// Quotes a field when it holds a comma, a quote or a line break, doubling its quotes.
    static func field(_ value: String) -> String {
        var needsQuotes = false
        var hasQuote = false
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): hasQuote = true
            case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): needsQuotes = true
            default: continue
            }
        }
        guard needsQuotes || hasQuote else { return value }
        return "\"" + (hasQuote ? value.replacing("\"", with: "\"\"") : value) + "\""
    }
}
