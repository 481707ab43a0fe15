/// Turns article text into CommonMark that renders as the same characters and nothing more:
/// no heading, list, link, image, HTML, entity, code, emphasis, table or `==mark==` can come
/// out of text a reader highlighted.
///
/// Characters that start inline markup anywhere are backslash-escaped everywhere; characters
/// that only matter at the start of a line (`-`, `+`, `1.`, `1)`) are escaped there; leading
/// spaces become `&#32;` so an indented line never turns into a code block.
///
/// Every character that needs escaping is ASCII, so escaping works on UTF-8 bytes: a byte of a
/// multi-byte character is never one of them. The Markdown export escapes 100,000 quotes that
/// way straight into its output bytes.
enum MarkdownEscaper {
    /// Escapes one line (no line breaks). `atLineStart` says whether the output begins a line.
    static func escapeLine<S: Sequence>(_ scalars: S, atLineStart: Bool) -> String where S.Element == Unicode.Scalar {
        var line: [UInt8] = []
        line.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars {
            UTF8.encode(scalar) { line.append($0) }
        }
        var out: [UInt8] = []
        line.withUnsafeBufferPointer { appendLine($0[...], atLineStart: atLineStart, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// `escapeLine` on the UTF-8 bytes of a line, appended to `out`.
    static func appendLine(_ line: Slice<UnsafeBufferPointer<UInt8>>, atLineStart: Bool, to out: inout [UInt8]) {
        var index = line.startIndex
        if atLineStart {
            while index < line.endIndex, line[index] == UInt8(ascii: " ") || line[index] == UInt8(ascii: "\t") {
                out.append(contentsOf: line[index] == UInt8(ascii: " ") ? entitySpace : entityTab)
                index += 1
            }
            let digits = index
            while index < line.endIndex, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(line[index]) {
                index += 1
            }
            if index > digits {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: line[digits..<index]))
                if index < line.endIndex, line[index] == UInt8(ascii: ".") || line[index] == UInt8(ascii: ")") {
                    out.append(contentsOf: [UInt8(ascii: "\\"), line[index]])
                    index += 1
                }
            } else if index < line.endIndex, line[index] == UInt8(ascii: "-") || line[index] == UInt8(ascii: "+") {
                out.append(contentsOf: [UInt8(ascii: "\\"), line[index]])
                index += 1
            }
        }
        var run = index
        while index < line.endIndex {
            let byte = line[index]
            if byte == UInt8(ascii: "\r") {
                // CommonMark ends a line at a bare CR too; as an entity it stays a character.
                out.append(contentsOf: UnsafeBufferPointer(rebasing: line[run..<index]))
                out.append(contentsOf: entityCarriageReturn)
                run = index + 1
            } else if isAlwaysEscaped(byte) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: line[run..<index]))
                out.append(UInt8(ascii: "\\"))
                run = index
            }
            index += 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: line[run..<line.endIndex]))
    }

    /// Escapes text that may hold line breaks: lines are joined by hard breaks (`\` at line end).
    static func escapeLines(_ text: some StringProtocol, atLineStart: Bool = true) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            escapeLine(line.unicodeScalars, atLineStart: atLineStart || index > 0)
        }
    }

    /// Paragraphs (separated by blank lines in the text) of escaped lines. A line break at a
    /// paragraph's start or end is dropped: a hard break there would render as a literal `\`.
    static func paragraphs(_ text: String) -> [[String]] {
        splitParagraphs(text).map { paragraph in
            var paragraph = paragraph.drop(while: { $0 == "\n" })
            while paragraph.last == "\n" { paragraph = paragraph.dropLast() }
            return escapeLines(paragraph)
        }
    }

    /// One block quote, however many paragraphs: `>` alone on the lines between them.
    static func blockQuote(_ text: String) -> String {
        let paragraphs = paragraphs(text)
        guard !paragraphs.isEmpty else { return ">" }
        return paragraphs.map { lines in
            lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\\\n")
        }.joined(separator: "\n>\n")
    }

    /// Paragraphs as plain Markdown, each line break kept as a hard break.
    static func paragraphText(_ text: String) -> String {
        paragraphs(text).map { $0.joined(separator: "\\\n") }.joined(separator: "\n\n")
    }

    /// `blockQuote(text)` appended to `out`, straight from the text's bytes unless character
    /// rules could split it differently (see `LineBreakRules`).
    static func appendBlockQuote(_ text: String, to out: inout [UInt8]) {
        guard LineBreakRules.splitsLikeBytes(text) else {
            out.append(contentsOf: blockQuote(text).utf8)
            return
        }
        appendParagraphs(text, layout: .blockQuote, to: &out)
    }

    /// `paragraphText(text)` appended to `out`, from bytes as `appendBlockQuote` does.
    static func appendParagraphText(_ text: String, to out: inout [UInt8]) {
        guard LineBreakRules.splitsLikeBytes(text) else {
            out.append(contentsOf: paragraphText(text).utf8)
            return
        }
        appendParagraphs(text, layout: .plain, to: &out)
    }

    /// Splits at runs of two or more line breaks; whitespace-only paragraphs are dropped.
    static func splitParagraphs(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var rest = Substring(text)
        while let range = rest.range(of: "\n\n") {
            result.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...].drop(while: { $0 == "\n" })
        }
        result.append(rest)
        return result.filter { !$0.allSatisfy { $0.isWhitespace } }
    }

    // MARK: Paragraphs on bytes

    /// How `blockQuote` and `paragraphText` lay out paragraphs of escaped lines.
    private struct ParagraphLayout {
        var linePrefix: [UInt8]
        /// What an empty line becomes.
        var emptyLine: [UInt8]
        var paragraphSeparator: [UInt8]
        /// What text without a paragraph becomes.
        var nothing: [UInt8]

        static let blockQuote = ParagraphLayout(
            linePrefix: Array("> ".utf8), emptyLine: Array(">".utf8), paragraphSeparator: Array("\n>\n".utf8), nothing: Array(">".utf8)
        )
        static let plain = ParagraphLayout(linePrefix: [], emptyLine: [], paragraphSeparator: Array("\n\n".utf8), nothing: [])
    }

    /// `paragraphs` laid out as `layout` says, on the bytes of text `LineBreakRules` lets split as bytes.
    private static func appendParagraphs(_ text: String, layout: ParagraphLayout, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var wroteParagraph = false
            var rest = bytes[...]
            while !rest.isEmpty {
                let end = paragraphBreak(in: rest) ?? rest.endIndex
                var paragraph = rest[rest.startIndex..<end]
                rest = rest[end...]
                while rest.first == UInt8(ascii: "\n") { rest = rest.dropFirst() }
                guard !isBlank(paragraph) else { continue }
                while paragraph.first == UInt8(ascii: "\n") { paragraph = paragraph.dropFirst() }
                while paragraph.last == UInt8(ascii: "\n") { paragraph = paragraph.dropLast() }
                if wroteParagraph { out.append(contentsOf: layout.paragraphSeparator) }
                wroteParagraph = true
                var firstLine = true
                for line in paragraph.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
                    if !firstLine { out.append(contentsOf: hardBreak) }
                    firstLine = false
                    if line.isEmpty {
                        out.append(contentsOf: layout.emptyLine)
                    } else {
                        out.append(contentsOf: layout.linePrefix)
                        appendLine(line, atLineStart: true, to: &out)
                    }
                }
            }
            if !wroteParagraph { out.append(contentsOf: layout.nothing) }
        }
    }

    /// Where the next `\n\n` starts.
    private static func paragraphBreak(in bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "\n"), bytes[index + 1] == UInt8(ascii: "\n") { return index }
            index += 1
        }
        return nil
    }

    /// Whether every character is whitespace. A non-space ASCII byte settles it (it starts its
    /// own character, or follows a prepended mark that is no space either); otherwise the
    /// characters decide.
    private static func isBlank(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var onlyASCII = true
        for byte in bytes {
            switch byte {
            case 0x09...0x0D, UInt8(ascii: " "): continue
            case 0x80...: onlyASCII = false
            default: return false
            }
        }
        return onlyASCII || String(decoding: UnsafeBufferPointer(rebasing: bytes), as: UTF8.self).allSatisfy { $0.isWhitespace }
    }

    /// Inline markup starters: escaped wherever they occur (`!` needs no escape: it only makes an
    /// image before `[`, which always is escaped).
    private static func isAlwaysEscaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "`"), UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "["),
             UInt8(ascii: "]"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "#"),
             UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "="):
            true
        default:
            false
        }
    }

    private static let hardBreak = Array("\\\n".utf8)
    private static let entitySpace = Array("&#32;".utf8)
    private static let entityTab = Array("&#9;".utf8)
    private static let entityCarriageReturn = Array("&#13;".utf8)
}
