/// The `markdown` format: a readable digest of highlights, one section per article.
///
/// Layout per article: `# Title`; a line with author, source, date and a link to the file; the
/// article's tags; then each anchored highlight in reading order as one block quote, followed by
/// the speaker (`— Name`), the note, and a line with the color word and `#tag` words. Orphaned
/// highlights follow under `## Orphaned highlights`. All article and note text is escaped.
enum MarkdownExporter {
    static func export(_ document: ExportDocument, options: ExportOptions) -> String {
        let sections = document.articles.map { section(for: $0, options: options) }
        return sections.joined(separator: "\n\n") + "\n"
    }

    static func section(for article: ExportedArticle, options: ExportOptions) -> String {
        var blocks = ["# " + inline(article.metadata.title)]
        blocks.append(byline(article))
        if !article.metadata.tags.isEmpty {
            blocks.append("Tags: " + hashtags(article.metadata.tags))
        }
        for annotation in article.anchoredInDocumentOrder {
            blocks.append(contentsOf: highlight(annotation, options: options))
        }
        let orphans = article.orphans
        if !orphans.isEmpty {
            blocks.append("## Orphaned highlights")
            blocks.append("These no longer match the article's text; they are kept as they were.")
            for annotation in orphans {
                blocks.append(contentsOf: highlight(annotation, options: options))
            }
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Author · source · date · [file](file:///…), leaving out what the article does not say.
    static func byline(_ article: ExportedArticle) -> String {
        let metadata = article.metadata
        var parts = [metadata.author, metadata.source, metadata.date].compactMap { $0 }.map(inline)
        parts.append("[\(inline(article.relativePath))](<\(article.fileURL)>)")
        return parts.joined(separator: " · ")
    }

    static func highlight(_ annotation: Annotation, options: ExportOptions) -> [String] {
        var blocks = [MarkdownEscaper.blockQuote(annotation.anchor.quote.exact)]
        if let speaker = annotation.speaker, !speaker.isEmpty {
            blocks.append("— " + inline(speaker))
        }
        if !annotation.note.allSatisfy(\.isWhitespace) {
            blocks.append(MarkdownEscaper.paragraphText(annotation.note))
        }
        var details = [annotation.color.name]
        if !annotation.tags.isEmpty {
            details.append(hashtags(annotation.tags))
        }
        details.append(ExportTimestamp.readable(annotation.created, timeZone: options.timeZone))
        blocks.append(details.joined(separator: " · "))
        return blocks
    }

    /// `#tag` words; whitespace inside a tag (line breaks too) becomes `-` so each tag stays one
    /// word on one line.
    static func hashtags(_ tags: [String]) -> String {
        tags.map { tag in
            let word = tag.split(whereSeparator: \.isWhitespace).joined(separator: "-")
            return "#" + MarkdownEscaper.escapeLine(word.unicodeScalars, atLineStart: false)
        }.joined(separator: " ")
    }

    /// A one-line value (title, author, speaker): line breaks fold into spaces.
    static func inline(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return MarkdownEscaper.escapeLine(flat.unicodeScalars, atLineStart: true)
    }
}
