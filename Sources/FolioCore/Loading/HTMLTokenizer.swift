/// Splits HTML (as Ink writes it, plus whatever raw HTML a Markdown author typed) into tags and
/// text, decoding entities. Forgiving like a browser: a stray "<" is text, and an unclosed tag or
/// comment ends the input instead of failing.
struct HTMLTokenizer {
    enum Token: Equatable {
        case text(String)
        case open(name: String, attributes: [String: String])
        case close(name: String)
    }

    static func tokens(in html: String) -> [Token] {
        let scalars = Array(html.unicodeScalars)
        var tokens: [Token] = []
        var text = String.UnicodeScalarView()
        var index = 0

        func flushText() {
            guard !text.isEmpty else { return }
            tokens.append(.text(HTMLEntities.decode(String(text))))
            text = String.UnicodeScalarView()
        }

        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "<", index + 1 < scalars.count else {
                text.append(scalar)
                index += 1
                continue
            }
            let next = scalars[index + 1]
            if next == "!" || next == "?" {
                flushText()
                index = skipDeclaration(scalars, from: index)
            } else if next == "/" || next.properties.isAlphabetic {
                guard let (token, end) = tag(scalars, from: index) else {
                    text.append(scalar)
                    index += 1
                    continue
                }
                flushText()
                tokens.append(token)
                index = end
            } else {
                text.append(scalar)
                index += 1
            }
        }
        flushText()
        return tokens
    }

    /// Skips "<!-- … -->", "<!DOCTYPE …>" or "<? … ?>"; returns the index after it.
    static func skipDeclaration(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let isComment = start + 3 < s.count && s[start + 2] == "-" && s[start + 3] == "-"
        var index = start + 2
        while index < s.count {
            if isComment {
                if s[index] == ">", index >= start + 5, s[index - 1] == "-", s[index - 2] == "-" { return index + 1 }
            } else if s[index] == ">" {
                return index + 1
            }
            index += 1
        }
        return s.count
    }

    /// Reads a tag starting at "<"; nil when it is not a well-formed tag (then "<" is text).
    static func tag(_ s: [Unicode.Scalar], from start: Int) -> (Token, Int)? {
        var index = start + 1
        let closing = s[index] == "/"
        if closing { index += 1 }
        var name = ""
        while index < s.count, s[index].properties.isAlphabetic || ("0"..."9").contains(s[index]) || s[index] == "-" {
            name.unicodeScalars.append(s[index])
            index += 1
        }
        guard !name.isEmpty else { return nil }
        var attributes: [String: String] = [:]
        while index < s.count {
            let scalar = s[index]
            if scalar == ">" {
                let lower = name.lowercased()
                return (closing ? .close(name: lower) : .open(name: lower, attributes: attributes), index + 1)
            }
            if scalar.properties.isWhitespace || scalar == "/" {
                index += 1
                continue
            }
            var key = ""
            while index < s.count, !s[index].properties.isWhitespace, !"=>/".unicodeScalars.contains(s[index]) {
                key.unicodeScalars.append(s[index])
                index += 1
            }
            guard !key.isEmpty else { return nil }
            var value = ""
            if index < s.count, s[index] == "=" {
                index += 1
                if index < s.count, s[index] == "\"" || s[index] == "'" {
                    let quote = s[index]
                    index += 1
                    while index < s.count, s[index] != quote {
                        value.unicodeScalars.append(s[index])
                        index += 1
                    }
                    index += 1
                } else {
                    while index < s.count, !s[index].properties.isWhitespace, s[index] != ">" {
                        value.unicodeScalars.append(s[index])
                        index += 1
                    }
                }
            }
            attributes[key.lowercased()] = HTMLEntities.decode(value)
        }
        return nil
    }
}
