/// The `annotated` format: the whole cleaned article as Markdown, marked up the way the reader
/// marked it: highlighted text between `==` marks, each note a footnote.
///
/// Overlapping highlights are merged into one marked run (Markdown cannot nest `==`), and each
/// noted highlight gets its footnote reference where it ends, so no note is lost. A run never
/// crosses a paragraph break: it is closed before the break and reopened after it. The first
/// paragraph (the title) becomes the `#` heading. Orphaned highlights, which have no place in
/// the text any more, are listed after the article.
enum AnnotatedArticleExporter {
    static func export(_ document: ExportDocument) -> String {
        var footnoteNumber = 0
        let sections = document.articles.map { article in
            section(for: article, footnoteNumber: &footnoteNumber)
        }
        return sections.joined(separator: "\n\n---\n\n") + "\n"
    }

    static func section(for article: ExportedArticle, footnoteNumber: inout Int) -> String {
        let text = Array(article.text.unicodeScalars)
        let anchored = article.anchoredInDocumentOrder.map { annotation in
            let start = min(max(annotation.anchor.position.start, 0), text.count)
            return (annotation, start, min(max(annotation.anchor.position.end, start), text.count))
        }
        var marked = Array(repeating: false, count: text.count)
        for (_, start, end) in anchored {
            for index in start..<end { marked[index] = true }
        }
        let paragraphs = paragraphRanges(text)
        var references: [Int: [Int]] = [:]
        var footnotes: [String] = []
        let noted = anchored.filter { !$0.0.note.allSatisfy { $0.isWhitespace } }
            .sorted { ($0.2, $0.1) < ($1.2, $1.1) }
        for (annotation, _, end) in noted {
            footnoteNumber += 1
            references[referencePosition(end, in: paragraphs), default: []].append(footnoteNumber)
            footnotes.append(footnote(footnoteNumber, annotation.note))
        }

        var blocks: [String] = []
        for (paragraphIndex, range) in paragraphs.enumerated() {
            var line = paragraphIndex == 0 ? "# " : ""
            var atLineStart = true
            var inRun = false
            var index = range.lowerBound
            while true {
                if let numbers = references[index] {
                    if inRun, index == range.upperBound || !marked[index] || text[index] == "\n" {
                        line += "=="
                        inRun = false
                    }
                    line += numbers.map { "[^\($0)]" }.joined()
                    atLineStart = false
                }
                guard index < range.upperBound else { break }
                if text[index] == "\n" {
                    if inRun { line += "=="; inRun = false }
                    // A heading is one line: a break in the title folds into a space. A break
                    // ending the text is dropped: a hard break there would show as a `\`.
                    if index + 1 < range.upperBound {
                        line += paragraphIndex == 0 ? " " : "\\\n"
                    }
                    atLineStart = paragraphIndex != 0
                    index += 1
                    continue
                }
                if marked[index] != inRun {
                    line += "=="
                    inRun = marked[index]
                    atLineStart = false
                }
                var chunkEnd = index + 1
                while chunkEnd < range.upperBound, marked[chunkEnd] == inRun, text[chunkEnd] != "\n",
                      references[chunkEnd] == nil {
                    chunkEnd += 1
                }
                line += MarkdownEscaper.escapeLine(text[index..<chunkEnd], atLineStart: atLineStart)
                atLineStart = false
                index = chunkEnd
            }
            if inRun { line += "==" }
            blocks.append(line)
        }

        let orphans = article.orphans
        if !orphans.isEmpty {
            blocks.append("## Orphaned highlights")
            for annotation in orphans {
                blocks.append(MarkdownEscaper.blockQuote(annotation.anchor.quote.exact))
                if !annotation.note.allSatisfy({ $0.isWhitespace }) {
                    blocks.append(MarkdownEscaper.paragraphText(annotation.note))
                }
            }
        }
        return (blocks + footnotes).joined(separator: "\n\n")
    }

    /// Scalar ranges of the paragraphs: runs of two or more line breaks separate them.
    static func paragraphRanges(_ text: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < text.count {
            if text[index] == "\n", index + 1 < text.count, text[index + 1] == "\n" {
                ranges.append(start..<index)
                while index < text.count, text[index] == "\n" { index += 1 }
                start = index
            } else {
                index += 1
            }
        }
        ranges.append(start..<text.count)
        return ranges
    }

    /// Where a footnote reference for a highlight ending at `end` goes: inside the last paragraph
    /// that starts before it, so a highlight ending on a paragraph break is noted where it ends.
    static func referencePosition(_ end: Int, in paragraphs: [Range<Int>]) -> Int {
        guard let paragraph = paragraphs.last(where: { $0.lowerBound < end }) ?? paragraphs.first else { return end }
        return min(max(end, paragraph.lowerBound), paragraph.upperBound)
    }

    /// `[^n]: note`, all one paragraph: line and paragraph breaks in the note become hard breaks
    /// and the following lines are lazy continuations, not indented. Indented lines would turn
    /// into a code block wherever the first line reads as a link reference definition (in any
    /// CommonMark reader without footnotes), and a blank line would end the footnote.
    static func footnote(_ number: Int, _ note: String) -> String {
        "[^\(number)]: " + MarkdownEscaper.paragraphs(note).joined().joined(separator: "\\\n")
    }
}
