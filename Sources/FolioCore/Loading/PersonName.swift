/// Whether a byline fragment is a person's name: two to four capitalized words, with particles
/// such as "al" or "van" allowed after the first ("Omar al Hassan", "Maria de la Cruz").
enum PersonName {
    static let particles: Set<Substring> = ["al", "el", "bin", "van", "von", "de", "da", "di", "du", "la", "le"]

    /// The whole of `text` is one name (no surrounding space).
    static func matches(_ text: Substring) -> Bool {
        var scanner = ScalarScanner(text)
        var words = 0
        while true {
            let start = scanner.index
            scanner.skip { !$0.properties.isWhitespace }
            let word = Substring(scanner.scalars[start..<scanner.index])
            guard isCapitalizedWord(word) || words > 0 && particles.contains(word) else { return false }
            words += 1
            guard words <= 4 else { return false }
            if scanner.isAtEnd { return words >= 2 }
            scanner.skipWhitespace()
            if scanner.isAtEnd { return false }
        }
    }

    /// "Ali Vaez and Sara Bjørnstad", "A. Smith, B. Jones": several names joined by commas or "and".
    static func isList(_ text: Substring) -> Bool {
        let parts = listParts(text)
        return parts.count > 1 && parts.allSatisfy(matches)
    }

    /// `text` split at "," (with the spaces after it) and at " and ", empty parts left out.
    static func listParts(_ text: Substring) -> [Substring] {
        var parts: [Substring] = []
        var scanner = ScalarScanner(text)
        var partStart = scanner.index
        func close(at end: String.Index) {
            if partStart < end { parts.append(Substring(scanner.scalars[partStart..<end])) }
        }
        while let scalar = scanner.current {
            let separatorStart = scanner.index
            if scalar == "," {
                scanner.advance()
                scanner.skipWhitespace()
            } else if scalar.properties.isWhitespace {
                scanner.skipWhitespace()
                var probe = scanner
                guard probe.consume("and"), probe.skipWhitespace() > 0 else { continue }
                scanner = probe
            } else {
                scanner.advance()
                continue
            }
            close(at: separatorStart)
            partStart = scanner.index
        }
        close(at: scanner.index)
        return parts
    }

    /// An uppercase letter followed by letters, apostrophes, periods and hyphens.
    static func isCapitalizedWord(_ word: Substring) -> Bool {
        let scalars = word.unicodeScalars
        guard let first = scalars.first, ScalarScanner.isUppercaseLetter(first) else { return false }
        return scalars.dropFirst().allSatisfy { scalar in
            ScalarScanner.isLetterOrMark(scalar) || scalar == "’" || scalar == "'" || scalar == "." || scalar == "-"
        }
    }
}
