/// Where an article names its publication in its own words: a disclaimer ("…do not necessarily
/// reflect the views of Radio Farda") or a copyright line ("© 2024 Example News. All rights
/// reserved."). Read by hand on scalars, since it is tried on every paragraph.
enum SourceCredit {
    static let reflectBytes = Array("reflect".utf8)
    static let flectBytes = Array("flect".utf8)
    static let reflectedObjects = ["those", "the views", "the opinions", "the position"]

    /// "…reflect the views of Radio Farda." → "Radio Farda": one to five capitalized words after
    /// "reflect those / the views / the opinions / the position of".
    static func reflected(in text: String) -> Substring? {
        // "flect" first: "r" starts a match attempt at almost every word, "f" far less often.
        guard TextScan.contains(text, flectBytes), TextScan.contains(text, reflectBytes) else { return nil }
        var scanner = ScalarScanner(text)
        while !scanner.isAtEnd {
            let start = scanner.index
            if scanner.consume("reflect", foldingCase: true), let name = reflectedName(after: scanner) { return name }
            scanner.index = start
            scanner.advance()
        }
        return nil
    }

    private static func reflectedName(after reflect: ScalarScanner) -> Substring? {
        var scanner = reflect
        guard scanner.skipWhitespace() > 0, scanner.consume(oneOf: reflectedObjects, foldingCase: true) != nil,
              scanner.skipWhitespace() > 0, scanner.consume("of"), scanner.skipWhitespace() > 0 else { return nil }
        let start = scanner.index
        guard skipCapitalizedWord(&scanner) else { return nil }
        for _ in 0..<4 {
            var probe = scanner
            guard probe.skipWhitespace() > 0, skipCapitalizedWord(&probe) else { break }
            scanner = probe
        }
        return Substring(scanner.scalars[start..<scanner.index])
    }

    /// An uppercase letter, then letters and hyphens.
    private static func skipCapitalizedWord(_ scanner: inout ScalarScanner) -> Bool {
        guard let first = scanner.current, ScalarScanner.isUppercaseLetter(first) else { return false }
        scanner.advance()
        scanner.skip { ScalarScanner.isLetterOrMark($0) || $0 == "-" }
        return true
    }

    static let copyrightMarks = ["©", "(c)"]
    static let longestHolder = 51
    static let reservedClause = "all rights reserved"

    /// "© 2024 Example News. All rights reserved." → "Example News": the whole line is a
    /// copyright mark, an optional year, a holder of 2 to 51 letters, hyphens and spaces starting
    /// with a capital, and an optional "All rights reserved".
    static func copyrightHolder(in text: String) -> Substring? {
        // Only "©" (C2 A9), "(c)" and "copyright" in any case can open the line.
        guard let lead = text.utf8.first, lead == 0xC2 || lead == UInt8(ascii: "(") || lead | 0x20 == UInt8(ascii: "c")
        else { return nil }
        var scanner = ScalarScanner(text)
        guard scanner.consume(oneOf: copyrightMarks) != nil || scanner.consume("copyright", foldingCase: true) else {
            return nil
        }
        scanner.skipWhitespace()
        var year = scanner
        if year.skip(while: ScalarScanner.isDecimalDigit) == 4, year.skipWhitespace() > 0 { scanner = year }
        guard let first = scanner.current, ScalarScanner.isUppercaseLetter(first) else { return nil }
        let rest = scanner.rest
        var end = rest.index(after: rest.startIndex)
        for _ in 1...(longestHolder - 1) {
            guard end < rest.endIndex, isHolderCharacter(rest[end]) else { return nil }
            end = rest.index(after: end)
            if isCopyrightEnding(rest[end...]) { return rest[..<end] }
        }
        return nil
    }

    private static func isHolderCharacter(_ character: Character) -> Bool {
        character == " " || character == "-" || character.unicodeScalars.first.map(ScalarScanner.isLetterOrMark) == true
    }

    /// "", ".", " All rights reserved", ". All rights reserved."….
    private static func isCopyrightEnding(_ ending: Substring) -> Bool {
        var scanner = ScalarScanner(ending)
        _ = scanner.consume(".")
        if scanner.isAtEnd { return true }
        guard scanner.skipWhitespace() > 0, scanner.consume(reservedClause, foldingCase: true) else { return false }
        _ = scanner.consume(".")
        return scanner.isAtEnd
    }
}
