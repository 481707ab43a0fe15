import TOMLKit

/// Turns a theme file's text into a `Theme`, refusing anything it does not understand.
/// The format is documented in `Themes/README.md`:
///
///     name = "gruvbox"
///     description = "Warm retro colors"
///     [reader-text]
///     fg = "#ebdbb2"
///     bg = "default"
///     attrs = ["bold"]
public enum ThemeParser {
    /// Parses `source`; `file` is only used to label errors. When a file has several problems,
    /// the one nearest its top is reported, so fixing errors in order converges.
    public static func parse(_ source: String, file: String) throws(ThemeError) -> Theme {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, reason: .syntax(error.description))
        } catch {
            throw ThemeError(file: file, line: nil, reason: .syntax(String(describing: error)))
        }
        var reader = DocumentReader(file: file, locator: TOMLLineLocator(source: source))
        return try reader.theme(from: document)
    }

    /// Walks one parsed document, collecting problems instead of stopping at the first, so the
    /// earliest one in the file can be reported whatever order TOMLKit lists keys in.
    private struct DocumentReader {
        let file: String
        let locator: TOMLLineLocator
        var problems: [ThemeError] = []

        mutating func theme(from document: TOMLTable) throws(ThemeError) -> Theme {
            var name: String?
            var nameSeen = false
            var description = ""
            var overrides: [Role: ThemeStyleOverride] = [:]
            for (key, value) in document {
                switch key {
                case "name":
                    nameSeen = true
                    if let text = value.string, !text.isEmpty {
                        name = text
                    } else {
                        refuse(.wrongType(key: key, expected: "a non-empty string"), at: locator.line(ofKey: key, inElement: nil))
                    }
                case "description":
                    if let text = value.string {
                        description = text
                    } else {
                        refuse(.wrongType(key: key, expected: "a string"), at: locator.line(ofKey: key, inElement: nil))
                    }
                default:
                    if let role = Role(themeElementName: key), let table = value.table {
                        overrides[role] = override(for: key, from: table)
                    } else if Role(themeElementName: key) != nil {
                        refuse(.wrongType(key: key, expected: "a table of fg, bg and attrs"), at: locator.line(ofElement: key))
                    } else if value.table != nil {
                        refuse(.unknownElement(key), at: locator.line(ofElement: key))
                    } else {
                        refuse(.unknownKey(key, element: nil), at: locator.line(ofKey: key, inElement: nil))
                    }
                }
            }
            if !nameSeen {
                refuse(.missingName, at: 1)
            }
            if let first = problems.min(by: { ($0.line ?? .max) < ($1.line ?? .max) }) {
                throw first
            }
            return Theme(name: name ?? "", description: description, overrides: overrides)
        }

        private mutating func override(for element: String, from table: TOMLTable) -> ThemeStyleOverride {
            var result = ThemeStyleOverride()
            for (key, value) in table {
                let line = locator.line(ofKey: key, inElement: element) ?? locator.line(ofElement: element)
                switch key {
                case "fg", "bg":
                    guard let color = color(from: value) else {
                        refuse(.badColor(shown(value), key: key, element: element), at: line)
                        continue
                    }
                    if key == "fg" { result.foreground = color } else { result.background = color }
                case "attrs":
                    result.attributes = attributes(from: value, element: element, line: line)
                default:
                    refuse(.unknownKey(key, element: element), at: line)
                }
            }
            return result
        }

        private func color(from value: TOMLValueConvertible) -> ThemeColor? {
            if let text = value.string { return ThemeColor(text: text) }
            if let index = value.int { return ThemeColor(index: index) }
            return nil
        }

        private mutating func attributes(from value: TOMLValueConvertible, element: String, line: Int?) -> Attributes? {
            guard let list = value.array else {
                refuse(.wrongType(key: "attrs", expected: "a list such as [\"bold\", \"italic\"]"), at: line)
                return nil
            }
            var attributes: Attributes = []
            for entry in list {
                if let word = entry.string, let known = Attributes.themeNames.first(where: { $0.name == word }) {
                    attributes.formUnion(known.attributes)
                } else {
                    refuse(.unknownAttribute(shown(entry), element: element), at: line)
                }
            }
            return attributes
        }

        /// A value as the user wrote it, quoted when it was a string.
        private func shown(_ value: TOMLValueConvertible) -> String {
            value.string.map { "\"\($0)\"" } ?? value.debugDescription
        }

        private mutating func refuse(_ reason: ThemeError.Reason, at line: Int?) {
            problems.append(ThemeError(file: file, line: line, reason: reason))
        }
    }
}
