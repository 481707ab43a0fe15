/// When text may be cut at line breaks by its bytes and still come apart where its `Character`s
/// would, so an export can split 100,000 quotes without walking their grapheme clusters.
///
/// The exports split lines with `split(separator: "\n")` on characters and find paragraph
/// breaks with Foundation's `range(of: "\n\n")`. A CR makes `\r\n` one character that is no
/// line break, and a combining mark (or the like) after a line break stops `range(of:)` from
/// matching there; text with neither — nearly every highlight — splits the same way by bytes.
enum LineBreakRules {
    static func splitsLikeBytes(_ text: String) -> Bool {
        var afterLineBreak = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" { return false }
            if afterLineBreak, !scalar.isASCII, mayAttach(scalar) { return false }
            afterLineBreak = scalar == "\n"
        }
        return true
    }

    /// Whether a scalar may join the character before it (marks, extenders, joiners, modifiers).
    private static func mayAttach(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format: return true
        default:
            return properties.isGraphemeExtend || properties.isEmojiModifier
                || properties.canonicalCombiningClass != .notReordered || properties.isVariationSelector
        }
    }
}
