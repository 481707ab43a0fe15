/// Finds the line of a table or key in TOML source text. TOMLKit reports lines for syntax errors
/// only; a theme that parses but says something wrong (an unknown element, a bad color) still
/// deserves an error pointing at its line, so this scans the text for where the key was written.
/// It understands the forms a theme uses: `[table]` headers, `key = value` inside them, dotted
/// keys (`table.key = …`) and inline tables (`table = { key = … }`).
struct TOMLLineLocator {
    private enum Statement {
        case header([String])
        case key([String], text: Substring)
    }

    private let statements: [(line: Int, statement: Statement)]

    init(source: String) {
        var statements: [(Int, Statement)] = []
        for (index, rawLine) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let code = TOMLLineLocator.strippingComment(rawLine).trimmingSpaces()
            if code.hasPrefix("[") {
                let inner = code.drop(while: { $0 == "[" }).prefix(while: { $0 != "]" })
                statements.append((index + 1, .header(TOMLLineLocator.keyPath(inner))))
            } else if let equals = code.firstIndex(of: "=") {
                statements.append((index + 1, .key(TOMLLineLocator.keyPath(code[..<equals]), text: code)))
            }
        }
        self.statements = statements
    }

    /// The line where the table `element` is opened or assigned at the top level.
    func line(ofElement element: String) -> Int? {
        var table: [String] = []
        for (line, statement) in statements {
            switch statement {
            case .header(let path):
                if path == [element] { return line }
                table = path
            case .key(let path, _):
                if table.isEmpty, path.first == element { return line }
            }
        }
        return nil
    }

    /// The line where `key` is set: at the top level when `element` is nil, else in that element's table.
    func line(ofKey key: String, inElement element: String?) -> Int? {
        let owner = element.map { [$0] } ?? []
        var table: [String] = []
        for (line, statement) in statements {
            switch statement {
            case .header(let path):
                if path == owner + [key] { return line }
                table = path
            case .key(let path, let text):
                if table == owner, path.first == key { return line }
                if table.isEmpty, Array(path.prefix(owner.count + 1)) == owner + [key] { return line }
                if table.isEmpty, !owner.isEmpty, path == owner,
                   TOMLLineLocator.inlineTable(text, setsKey: key) {
                    return line
                }
            }
        }
        return nil
    }

    /// The line without its `#` comment, leaving `#` inside strings (colors are `"#rrggbb"`) alone.
    private static func strippingComment(_ line: Substring) -> Substring {
        var quote: Character?
        var escaped = false
        for index in line.indices {
            let character = line[index]
            if let open = quote {
                if escaped {
                    escaped = false
                } else if character == "\\" && open == "\"" {
                    escaped = true
                } else if character == open {
                    quote = nil
                }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" {
                return line[..<index]
            }
        }
        return line
    }

    /// `a."b c".d` → ["a", "b c", "d"].
    private static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "." {
                parts.append(current)
                current = ""
            } else if character != " " && character != "\t" {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    private static func inlineTable(_ text: Substring, setsKey key: String) -> Bool {
        guard let brace = text.firstIndex(of: "{") else { return false }
        let body = text[text.index(after: brace)...]
        return body.split(separator: ",").contains { entry in
            guard let equals = entry.firstIndex(of: "=") else { return false }
            return keyPath(entry[..<equals]).first == key
        }
    }
}

private extension Substring {
    func trimmingSpaces() -> Substring {
        let isText: (Character) -> Bool = { $0 != " " && $0 != "\t" && $0 != "\r" }
        guard let first = firstIndex(where: isText), let last = lastIndex(where: isText) else {
            return self[endIndex...]
        }
        return self[first...last]
    }
}
