/// The `clippings` format: Kindle's `My Clippings.txt`, which Readwise, Clippings.io, KOReader
/// and most note tools import.
///
/// Written like a Kindle writes it: a UTF-8 byte-order mark before the first entry and CRLF
/// line ends (importers accept either, but some only strip the BOM, so the file matches the
/// device exactly). Each highlight is an entry:
///
///     Title (Author)
///     - Your Highlight on Location 3-5 | Added on Monday, March 21, 2013 10:15:00 AM
///
///     highlighted text
///     ==========
///
/// and a note is a separate `- Your Note on Location 5 | …` entry after it, as Kindle does.
/// Locations are derived from scalar offsets at 150 per location (about what a Kindle counts):
/// `offset / 150 + 1`; a highlight spans the locations of its first and last scalar, its note
/// sits at the last. Color, tags and speaker have no place in this format and are left out.
/// A text line that is exactly `==========` gets a word joiner (U+2060) appended, so it cannot
/// end its entry early.
enum ClippingsExporter {
    static let scalarsPerLocation = 150
    static let separator = "=========="

    static func export(_ document: ExportDocument, options: ExportOptions) -> String {
        var out = ""
        for article in document.articles {
            let heading = heading(article.metadata)
            for annotation in article.annotationsInExportOrder {
                if out.isEmpty { out = "\u{FEFF}" }
                let position = annotation.anchor.position
                let first = location(position.start)
                let last = max(first, location(position.end - 1))
                appendEntry(
                    heading,
                    "- Your Highlight on Location \(first)-\(last) | Added on "
                        + ExportTimestamp.kindle(annotation.created, timeZone: options.timeZone),
                    annotation.anchor.quote.exact,
                    to: &out
                )
                if !annotation.note.allSatisfy({ $0.isWhitespace }) {
                    appendEntry(
                        heading,
                        "- Your Note on Location \(last) | Added on "
                            + ExportTimestamp.kindle(annotation.modified, timeZone: options.timeZone),
                        annotation.note,
                        to: &out
                    )
                }
            }
        }
        return out
    }

    static func location(_ offset: Int) -> Int {
        max(0, offset) / scalarsPerLocation + 1
    }

    /// `Title (Author)`, or the title alone when the author is unknown; one line.
    static func heading(_ metadata: ArticleMetadata) -> String {
        let title = oneLine(metadata.title)
        guard let author = metadata.author, !author.isEmpty else { return title }
        return "\(title) (\(oneLine(author)))"
    }

    /// The heading, the detail line, a blank line, the text's lines and the separator, each
    /// ended by CRLF.
    static func appendEntry(_ heading: String, _ detail: String, _ text: String, to out: inout String) {
        out += heading
        out += "\r\n"
        out += detail
        out += "\r\n\r\n"
        func append(_ line: Substring) {
            out += line
            if line == separator { out += "\u{2060}" }
            out += "\r\n"
        }
        if LineBreakRules.splitsLikeBytes(text) {
            for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                append(Substring(line))
            }
        } else {
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                append(line)
            }
        }
        out += separator
        out += "\r\n"
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
