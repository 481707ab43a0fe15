import Ink

/// Reads a Markdown article: YAML front matter for metadata, Ink for the body.
///
/// The title comes from front matter, else from the first heading (then removed from the body so
/// it is not shown twice), else the loader falls back to the file name. Front matter that is not
/// valid YAML is reported and kept visible as a code block at the top of the body.
public struct MarkdownArticleParser: Sendable {
    /// Lines are indented at most this far before Ink sees them: Ink nests a list per indentation
    /// step recursively, so this bounds its recursion depth (16 levels at 2 spaces each).
    static let maxIndent = 32

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
        // An empty comment first stops Ink from reading a leading "---" block as its own metadata.
        let html = MarkdownParser().html(from: "<!-- -->\n" + Self.boundingIndentation(body))
        var blocks = HTMLBlockBuilder.blocks(fromHTML: html)
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
}
