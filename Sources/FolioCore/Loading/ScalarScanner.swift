/// A cursor over the scalars of a short piece of text, for the hand-written matchers that read
/// bylines, tag lines and credits (they run on every article, where compiling a `Regex` per call
/// cost more than the parse itself).
///
/// Whitespace is what `\s` means in a regex (`Unicode.Scalar.Properties.isWhitespace`); literals
/// are compared exactly, or with ASCII letters folded when asked.
struct ScalarScanner {
    let scalars: Substring.UnicodeScalarView
    var index: String.Index

    init(_ text: Substring) {
        scalars = text.unicodeScalars
        index = scalars.startIndex
    }

    init(_ text: String) {
        self.init(text[...])
    }

    var isAtEnd: Bool { index >= scalars.endIndex }

    var current: Unicode.Scalar? { isAtEnd ? nil : scalars[index] }

    /// The text from the cursor to the end.
    var rest: Substring { Substring(scalars[index...]) }

    mutating func advance() {
        index = scalars.index(after: index)
    }

    /// Skips whitespace; returns how many scalars were skipped.
    @discardableResult
    mutating func skipWhitespace() -> Int {
        var count = 0
        while let scalar = current, scalar.properties.isWhitespace {
            advance()
            count += 1
        }
        return count
    }

    /// Consumes `literal` when the text continues with it; ASCII letters in `literal` must be
    /// lowercase when `foldingCase`, and then match either case.
    mutating func consume(_ literal: String, foldingCase: Bool = false) -> Bool {
        var probe = index
        for expected in literal.unicodeScalars {
            guard probe < scalars.endIndex else { return false }
            let actual = scalars[probe]
            let folded = foldingCase && actual.value >= 0x41 && actual.value <= 0x5A
                ? Unicode.Scalar(actual.value | 0x20)! : actual
            guard folded == expected else { return false }
            probe = scalars.index(after: probe)
        }
        index = probe
        return true
    }

    /// Consumes the first of `literals` the text continues with; returns it.
    mutating func consume(oneOf literals: [String], foldingCase: Bool = false) -> String? {
        literals.first { consume($0, foldingCase: foldingCase) }
    }

    /// Consumes a run of scalars satisfying `predicate`; returns how many.
    @discardableResult
    mutating func skip(while predicate: (Unicode.Scalar) -> Bool) -> Int {
        var count = 0
        while let scalar = current, predicate(scalar) {
            advance()
            count += 1
        }
        return count
    }

    static func isUppercaseLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .uppercaseLetter
    }

    /// `\p{L}`, plus the combining marks a decomposed letter carries (a regex reads "é" as one
    /// character whether or not it is precomposed).
    static func isLetterOrMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.numericType == .decimal
    }
}
