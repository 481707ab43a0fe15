/// Turns article text into CommonMark that renders as the same characters and nothing more:
/// no heading, list, link, image, HTML, entity, code, emphasis, table or `==mark==` can come
/// out of text a reader highlighted.
///
/// Characters that start inline markup anywhere are backslash-escaped everywhere; characters
/// that only matter at the start of a line (`-`, `+`, `1.`, `1)`) are escaped there; leading
/// spaces become `&#32;` so an indented line never turns into a code block.
enum MarkdownEscaper {
    /// Escapes one line (no line breaks). `atLineStart` says whether the output begins a line.
    static func escapeLine<S: Sequence>(_ scalars: S, atLineStart: Bool) -> String where S.Element == Unicode.Scalar {
        var out = ""
        var leading = atLineStart
        var pendingDigits = ""
        for scalar in scalars {
            if leading {
                if pendingDigits.isEmpty, scalar == " " { out += "&#32;"; continue }
                if pendingDigits.isEmpty, scalar == "\t" { out += "&#9;"; continue }
                if scalar.properties.numericType == .decimal, scalar.isASCII {
                    pendingDigits.unicodeScalars.append(scalar)
                    continue
                }
                if !pendingDigits.isEmpty {
                    out += pendingDigits
                    leading = false
                    if scalar == "." || scalar == ")" {
                        out += "\\" + String(scalar)
                        pendingDigits = ""
                        continue
                    }
                    pendingDigits = ""
                } else if lineStartMarkers.contains(scalar) {
                    out += "\\" + String(scalar)
                    leading = false
                    continue
                }
                leading = false
            }
            if scalar == "\r" {
                // CommonMark ends a line at a bare CR too; as an entity it stays a character.
                out += "&#13;"
                continue
            }
            if alwaysEscaped.contains(scalar) {
                out += "\\"
            }
            out.unicodeScalars.append(scalar)
        }
        return out + pendingDigits
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

    /// Splits at runs of two or more line breaks; whitespace-only paragraphs are dropped.
    static func splitParagraphs(_ text: String) -> [Substring] {
        var result: [Substring] = []
        var rest = Substring(text)
        while let range = rest.range(of: "\n\n") {
            result.append(rest[..<range.lowerBound])
            rest = rest[range.upperBound...].drop(while: { $0 == "\n" })
        }
        result.append(rest)
        return result.filter { !$0.allSatisfy(\.isWhitespace) }
    }

    /// Inline markup starters: escaped wherever they occur (`!` needs no escape: it only makes an
    /// image before `[`, which always is escaped).
    static let alwaysEscaped: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "&", "#", "|", "~", "=",
    ]
    /// Block markers that only count at the start of a line.
    static let lineStartMarkers: Set<Unicode.Scalar> = ["-", "+"]
}
