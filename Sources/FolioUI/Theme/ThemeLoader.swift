import Foundation

/// Reads a theme file from disk; separate from `ThemeParser` so the parser stays testable on strings.
public enum ThemeLoader {
    public static func load(from url: URL) throws(ThemeError) -> Theme {
        let source: String
        do {
            source = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw ThemeError(file: url.path, line: nil, reason: .unreadable(error.localizedDescription))
        }
        return try ThemeParser.parse(source, file: url.path)
    }
}
