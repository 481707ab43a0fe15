import Ink

/// Reads a Markdown article: YAML front matter for metadata, the body with `SimpleMarkdownReader`
/// when it is plain enough and Ink otherwise.
///
/// The title comes from front matter, else from the first heading (then removed from the body so
/// it is not shown twice), else the loader falls back to the file name. Front matter that is not
/// valid YAML is reported and kept visible as a code block at the top of the body.
public struct MarkdownArticleParser: Sendable {
    /// Lines are indented at most this far before Ink sees them: Ink nests a list per indentation
    /// step recursively, so this bounds its recursion depth (16 levels at 2 spaces each).
    static let maxIndent = 32
    /// Link brackets open at once before Ink sees them: Ink reads a link's text by recursing into
    /// every "[" inside it, so deep nesting (a hostile "[[[[…") would overflow the stack, and it
    /// re-reads the rest of the paragraph at every level when a link does not close, so the time
    /// doubles with each unclosed level.
    static let maxBracketDepth = 4

    public init() {}

    public func parse(_ text: String) -> ParsedArticle {
        var metadata = ArticleMetadata(title: "")
        var warnings: [ArticleWarning] = []
        var body = text
        var leading: [Block] = []
        if let (yaml, rest) = FrontMatter.split(text) {
            body = rest
            switch FrontMatter.metadata(from: yaml) {
            case .success(let read):
                metadata = read
            case .failure(let failure):
                warnings.append(ArticleWarning(.frontMatter, failure.message))
                leading.append(Block(kind: .code, text: "---\n" + yaml + "\n---"))
            }
        } else if text.hasPrefix("---\n") {
            let fieldLike = text.split(separator: "\n", maxSplits: 2).dropFirst().first?.contains(":") ?? false
            if fieldLike {
                warnings.append(ArticleWarning(
                    .frontMatter, "Front matter has no closing \"---\" within \(FrontMatter.maxLines) lines; shown as text"
                ))
            }
        }
        var blocks = SimpleMarkdownReader.blocks(from: body) ?? Self.inkBlocks(body)
        if let first = blocks.firstIndex(where: { if case .heading = $0.kind { return true } else { return false } }) {
            if metadata.title.isEmpty {
                metadata.title = blocks[first].text
                blocks.remove(at: first)
            } else if first == 0, blocks[0].text.lowercased() == metadata.title.lowercased() {
                blocks.remove(at: 0)
            }
        }
        return ParsedArticle(metadata: metadata, body: leading + blocks, warnings: warnings)
    }

    /// The body's blocks as Ink renders it to HTML and `HTMLBlockBuilder` reads that back.
    static func inkBlocks(_ body: String) -> [Block] {
        // An empty comment first stops Ink from reading a leading "---" block as its own metadata.
        let html = MarkdownParser().html(from: "<!-- -->\n" + boundingBrackets(boundingIndentation(body)))
        return HTMLBlockBuilder.blocks(fromHTML: html)
    }

    /// Whether `text` has more than `length` spaces in a row, read on bytes.
    static func hasSpaceRun(longerThan length: Int, in text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            run = byte == 0x20 ? run + 1 : 0
            if run > length { return true }
        }
        return false
    }

    /// Clamps every line's leading spaces to `maxIndent`.
    static func boundingIndentation(_ text: String) -> String {
        guard hasSpaceRun(longerThan: maxIndent, in: text) else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            let indent = line.prefix(while: { $0 == " " }).count
            return indent > maxIndent ? line.dropFirst(indent - maxIndent) : line
        }.joined(separator: "\n")
    }

    /// Escapes every "[" opened beyond `maxBracketDepth` in a paragraph, so Ink shows it as text
    /// instead of recursing into it. Fenced code is left alone.
    static func boundingBrackets(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var open = 0
        var deepest = 0
        for scalar in scalars {
            if scalar == "[" { open += 1; deepest = max(deepest, open) } else if scalar == "]" { open = max(0, open - 1) }
        }
        guard deepest > maxBracketDepth else { return text }
        var result = String.UnicodeScalarView()
        var depth = 0
        var inFence = false
        var previous: Unicode.Scalar = "\n"
        var lineStart = true
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if lineStart, scalars[index...].starts(with: "```".unicodeScalars) { inFence.toggle() }
            if scalar == "\n", previous == "\n" { depth = 0 }
            if !inFence, previous != "\\" {
                if scalar == "[" {
                    depth += 1
                    if depth > maxBracketDepth { result.append("\\") }
                } else if scalar == "]" {
                    depth = max(0, depth - 1)
                }
            }
            result.append(scalar)
            lineStart = scalar == "\n"
            previous = scalar
            index = scalars.index(after: index)
        }
        return String(result)
    }
}
