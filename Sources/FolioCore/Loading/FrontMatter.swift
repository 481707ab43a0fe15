import Yams

/// The YAML block between "---" lines at the top of a Markdown file, read into article metadata.
///
/// Bounded so a hostile or broken file cannot stall loading: at most `maxLines` lines and
/// `maxNesting` levels of brackets or indentation; beyond that it is reported and shown as text.
struct FrontMatter {
    static let maxLines = 500
    static let maxBytes = 64 * 1024
    static let maxNesting = 32

    /// The YAML text and the Markdown after it, or nil when the file has no front matter block.
    static func split(_ text: String) -> (yaml: String, body: String)? {
        guard text.hasPrefix("---\n") else { return nil }
        // Lines are found on bytes: only the front matter's lines are read, not the whole article's.
        let bytes = text.utf8
        let yamlStart = bytes.index(bytes.startIndex, offsetBy: 4)
        var lineStart = yamlStart
        for _ in 0..<maxLines {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let line = bytes[lineStart..<lineEnd]
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) {
                let yaml = lineStart == yamlStart ? "" : String(text[yamlStart..<bytes.index(before: lineStart)])
                let rest = lineEnd == bytes.endIndex ? "" : String(text[bytes.index(after: lineEnd)...])
                return (yaml, rest)
            }
            guard lineEnd < bytes.endIndex else { return nil }
            lineStart = bytes.index(after: lineEnd)
        }
        return nil
    }

    enum Failure: Error, Equatable {
        case tooLarge
        case tooDeep
        case notAMapping
        case invalid(String)

        var message: String {
            switch self {
            case .tooLarge: return "Front matter is larger than \(FrontMatter.maxBytes / 1024) KB; shown as text"
            case .tooDeep: return "Front matter nests deeper than \(FrontMatter.maxNesting) levels; shown as text"
            case .notAMapping: return "Front matter is not a list of \"key: value\" fields; shown as text"
            case .invalid(let reason): return "Front matter is not valid YAML (\(reason)); shown as text"
            }
        }
    }

    /// A field's value as the metadata reads it.
    enum Value: Equatable {
        case scalar(String)
        /// A sequence's scalar items (items that are not scalars are left out).
        case list([String])
        /// A mapping, or anything else that is neither text nor a list.
        case other
    }

    /// Reads the fields Folio knows: title, author(s), source, section, date, url, summary, tags.
    static func metadata(from yaml: String) -> Result<ArticleMetadata, Failure> {
        guard yaml.utf8.count <= maxBytes else { return .failure(.tooLarge) }
        if let simple = SimpleFrontMatter.fields(yaml) { return .success(metadata(fields: simple)) }
        return yamsFields(yaml).map(metadata(fields:))
    }

    /// The fields as Yams composes them, in order; none for an empty document.
    static func yamsFields(_ yaml: String) -> Result<[(key: String, value: Value)], Failure> {
        guard nesting(of: yaml) <= maxNesting else { return .failure(.tooDeep) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch {
            let reason = "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"
            return .failure(.invalid(reason))
        }
        guard let node else { return .success([]) }
        guard let mapping = node.mapping else { return .failure(.notAMapping) }
        return .success(mapping.compactMap { key, value in
            guard let name = key.scalar?.string else { return nil }
            if let scalar = value.scalar?.string { return (name, .scalar(scalar)) }
            if let sequence = value.sequence { return (name, .list(sequence.compactMap { $0.scalar?.string })) }
            return (name, .other)
        })
    }

    static func metadata(fields list: [(key: String, value: Value)]) -> ArticleMetadata {
        var fields: [String: Value] = [:]
        for (key, value) in list {
            let name = key.lowercased()
            if fields[name] == nil { fields[name] = value }
        }
        func text(_ names: String...) -> String? {
            for name in names {
                guard let value = fields[name] else { continue }
                if case .scalar(let scalar) = value, !scalar.isEmpty { return scalar }
                let items = Self.list(value)
                if !items.isEmpty { return items.joined(separator: ", ") }
            }
            return nil
        }
        var metadata = ArticleMetadata(title: text("title") ?? "")
        metadata.author = text("author", "authors", "byline")
        metadata.source = text("source", "publication", "publisher", "site")
        metadata.section = text("section", "category", "column")
        metadata.date = text("date", "published", "pubdate")
        metadata.url = text("url", "link", "canonical")
        metadata.summary = text("summary", "description", "subtitle", "dek")
        metadata.tags = (fields["tags"] ?? fields["keywords"] ?? fields["topics"]).map(Self.list) ?? []
        return metadata
    }

    /// A list of scalars, or a comma-separated string, as trimmed items.
    static func list(_ value: Value) -> [String] {
        switch value {
        case .scalar(let scalar): scalar.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        case .list(let items): items.filter { !$0.isEmpty }
        case .other: []
        }
    }

    /// Deepest bracket nesting or indentation level (counted in 2-space steps), checked before the
    /// recursive YAML composer sees the text.
    static func nesting(of yaml: String) -> Int {
        var depth = 0
        var deepest = 0
        var column = 0
        var atLineStart = true
        for scalar in yaml.unicodeScalars {
            switch scalar {
            case "[", "{": depth += 1; deepest = max(deepest, depth)
            case "]", "}": depth = max(0, depth - 1)
            case "\n": atLineStart = true; column = 0; continue
            case " " where atLineStart: column += 1; deepest = max(deepest, column / 2); continue
            default: break
            }
            atLineStart = false
        }
        return deepest
    }
}
