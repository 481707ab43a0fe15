import Testing
@testable import FolioCore

/// The character classes answer most scalars from value ranges instead of Unicode properties;
/// every scalar up to the end of the CJK punctuation block must get the property's answer.
@Suite struct ScalarClassTests {
    static let scalars = (0..<0x3100).compactMap(Unicode.Scalar.init)

    /// CJK symbols and punctuation (U+3000–303F) all count as punctuation, deliberately: the
    /// iteration marks and Hangzhou numerals among them never make a word in news text.
    @Test func wordCharacterIsAlphabeticOrDecimalDigit() {
        for scalar in Self.scalars where !(0x3000...0x303F).contains(scalar.value) {
            let expected = scalar.properties.isAlphabetic || scalar.properties.generalCategory == .decimalNumber
            #expect(scalar.isWordCharacter == expected, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func casesFollowTheUnicodeProperties() {
        for scalar in Self.scalars {
            #expect(scalar.isUppercaseLetter == scalar.properties.isUppercase, "U+\(String(scalar.value, radix: 16))")
            #expect(scalar.isLowercaseLetter == scalar.properties.isLowercase, "U+\(String(scalar.value, radix: 16))")
        }
    }

    @Test func spaceLikeIsWhiteSpace() {
        for scalar in Self.scalars {
            #expect(scalar.isSpaceLike == scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16))")
        }
    }
}
