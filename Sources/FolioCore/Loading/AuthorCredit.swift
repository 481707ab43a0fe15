/// The places a web-copied article names its writer, read by hand on scalars: "By X" bylines,
/// "…, writes X." credits and closing bios ("X is a political analyst…"). Each returns the
/// candidate name; whether it is a name is `PersonName`'s call.
enum AuthorCredit {
    static let bylineSeparators: Set<Unicode.Scalar> = [",", "|", "–", "—"]

    /// "By Kenji Watanabe, Tokyo | Reuters" → "Kenji Watanabe": after "by" and spaces, up to the
    /// first comma, bar or dash (spaces before it excluded), else to the end.
    static func byline(_ text: String) -> Substring? {
        var scanner = ScalarScanner(text)
        guard scanner.consume("by", foldingCase: true), scanner.skipWhitespace() > 0, !scanner.isAtEnd else { return nil }
        let start = scanner.index
        scanner.advance()
        while !scanner.isAtEnd {
            var probe = scanner
            probe.skipWhitespace()
            if let scalar = probe.current, bylineSeparators.contains(scalar) { break }
            scanner.advance()
        }
        return Substring(scanner.scalars[start..<scanner.index])
    }

    static let creditVerbs = ["writes", "reports", "argues"]

    /// "…the talks, writes Ali Vaez." → "Ali Vaez": a credit after the last comma, 3 to 61
    /// characters with no comma or period, ending the paragraph.
    static func writerCredit(_ text: String) -> Substring? {
        guard let comma = text.utf8.lastIndex(of: UInt8(ascii: ",")) else { return nil }
        var scanner = ScalarScanner(text[comma...])
        scanner.advance()
        guard scanner.skipWhitespace() > 0, scanner.consume(oneOf: creditVerbs) != nil, scanner.skipWhitespace() > 0,
              let first = scanner.current, ScalarScanner.isUppercaseLetter(first) else { return nil }
        var name = scanner.rest
        if name.hasSuffix(".") { name = name.dropLast() }
        let afterInitial = name.dropFirst()
        guard (2...60).contains(afterInitial.prefix(61).count), !afterInitial.contains(where: { $0 == "," || $0 == "." })
        else { return nil }
        return name
    }

    static let bioVerbs = [" is a ", " is an ", " is the ", " was a ", " was an ", " was the "]

    /// "Ali Vaez is a political analyst…" → "Ali Vaez": the shortest opening of 3 to 60
    /// characters followed by " is a", " was the"….
    static func closingBioName(_ text: String) -> Substring? {
        var end = text.startIndex
        for length in 1...60 {
            guard end < text.endIndex else { return nil }
            end = text.index(after: end)
            if length >= 3, bioVerbs.contains(where: { text[end...].utf8.starts(with: $0.utf8) }) {
                return text[..<end]
            }
        }
        return nil
    }
}
