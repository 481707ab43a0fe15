/// The `markdown` format: a readable digest of highlights, one section per article.
///
/// Layout per article: `# Title`; a line with author, source, date and a link to the file; the
/// article's tags; then each anchored highlight in reading order as one block quote, followed by
/// the speaker (`— Name`), the note, and a line with the color word and `#tag` words. Orphaned
/// highlights follow under `## Orphaned highlights`. All article and note text is escaped.
///
/// The document is written as UTF-8 bytes into one buffer, quotes and notes escaped straight
/// into it: building a string per line, block and highlight and joining them cost seconds at
/// 100,000 highlights.
enum MarkdownExporter {
    static func export(_ document: ExportDocument, options: ExportOptions) -> String {
        var out: [UInt8] = []
        // Quotes, notes and a details line, with room for escapes: one buffer, never regrown.
        out.reserveCapacity(document.articles.reduce(0) { total, article in
            article.annotations.reduce(total + 1_024) { $0 + 80 + $1.anchor.quote.exact.utf8.count * 9 / 8 + $1.note.utf8.count }
        })
        for (index, article) in document.articles.enumerated() {
            if index > 0 { out.append(contentsOf: blockSeparator) }
            section(for: article, options: options, to: &out)
        }
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }

    static func section(for article: ExportedArticle, options: ExportOptions, to out: inout [UInt8]) {
        out.append(contentsOf: "# ".utf8)
        out.append(contentsOf: inline(article.metadata.title).utf8)
        block(byline(article), to: &out)
        if !article.metadata.tags.isEmpty {
            block("Tags: " + hashtags(article.metadata.tags), to: &out)
        }
        for annotation in article.anchoredInDocumentOrder {
            highlight(annotation, options: options, to: &out)
        }
        let orphans = article.orphans
        if !orphans.isEmpty {
            block("## Orphaned highlights", to: &out)
            block("These no longer match the article's text; they are kept as they were.", to: &out)
            for annotation in orphans {
                highlight(annotation, options: options, to: &out)
            }
        }
    }

    /// Author · source · date · [file](file:///…), leaving out what the article does not say.
    static func byline(_ article: ExportedArticle) -> String {
        let metadata = article.metadata
        var parts = [metadata.author, metadata.source, metadata.date].compactMap { $0 }.map(inline)
        parts.append("[\(inline(article.relativePath))](<\(article.fileURL)>)")
        return parts.joined(separator: " · ")
    }

    /// The quote, the speaker, the note and the details line, each a block after what came before.
    static func highlight(_ annotation: Annotation, options: ExportOptions, to out: inout [UInt8]) {
        out.append(contentsOf: blockSeparator)
        MarkdownEscaper.appendBlockQuote(annotation.anchor.quote.exact, to: &out)
        if let speaker = annotation.speaker, !speaker.isEmpty {
            block("— " + inline(speaker), to: &out)
        }
        if !annotation.note.allSatisfy({ $0.isWhitespace }) {
            out.append(contentsOf: blockSeparator)
            MarkdownEscaper.appendParagraphText(annotation.note, to: &out)
        }
        block(annotation.color.name, to: &out)
        if !annotation.tags.isEmpty {
            out.append(contentsOf: detailSeparator)
            out.append(contentsOf: hashtags(annotation.tags).utf8)
        }
        out.append(contentsOf: detailSeparator)
        out.append(contentsOf: ExportTimestamp.readable(annotation.created, timeZone: options.timeZone).utf8)
    }

    /// A block after the one before it, a blank line between them.
    private static func block(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: blockSeparator)
        out.append(contentsOf: text.utf8)
    }

    private static let blockSeparator = Array("\n\n".utf8)
    private static let detailSeparator = Array(" · ".utf8)

    /// `#tag` words; whitespace inside a tag (line breaks too) becomes `-` so each tag stays one
    /// word on one line.
    static func hashtags(_ tags: [String]) -> String {
        tags.map { tag in
            let word = tag.split { $0.isWhitespace }.joined(separator: "-")
            return "#" + MarkdownEscaper.escapeLine(word.unicodeScalars, atLineStart: false)
        }.joined(separator: " ")
    }

    /// A one-line value (title, author, speaker): line breaks fold into spaces.
    static func inline(_ text: String) -> String {
        let flat = text.split { $0.isNewline }.joined(separator: " ")
        return MarkdownEscaper.escapeLine(flat.unicodeScalars, atLineStart: true)
    }
}
