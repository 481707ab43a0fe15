/// Character classes the quote scanner and tokenizer ask about, with an ASCII fast path because
/// they run on every scalar of every article.
extension Unicode.Scalar {
    @inline(__always) var isWordCharacter: Bool {
        let v = value
        if v < 0x80 {
            // Bits set for 0-9, A-Z and a-z.
            let mask: UInt64 = v < 64 ? 0x03FF_0000_0000_0000 : 0x07FF_FFFE_07FF_FFFE
            return mask & (1 << UInt64(v & 63)) != 0
        }
        // Typographic punctuation (quotes, dashes, ellipsis) and CJK punctuation are the common
        // non-ASCII scalars in news text, and accented Latin letters (café, Zürich, Łódź) the
        // common non-ASCII letters; answering them without a property lookup is much faster.
        if v < 0x250 { return v >= 0xC0 ? v != 0xD7 && v != 0xF7 : v == 0xAA || v == 0xB5 || v == 0xBA }
        if (v >= 0x2000 && v <= 0x206F) || (v >= 0x3000 && v <= 0x303F) { return false }
        return properties.isAlphabetic || properties.generalCategory == .decimalNumber
    }

    @inline(__always) var isSpaceLike: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x2000 && v <= 0x206F { return v <= 0x200A || v == 0x2028 || v == 0x2029 || v == 0x202F || v == 0x205F }
        // The rest of Unicode's White_Space property, answered without a property lookup.
        return v == 0x85 || v == 0xA0 || v == 0x1680 || v == 0x3000
    }

    @inline(__always) var isUppercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        // Latin-1 capitals: À to Þ but ×.
        if v < 0x100 { return v >= 0xC0 && v <= 0xDE && v != 0xD7 }
        if v >= 0x2000 && v <= 0x206F { return false }
        return properties.isUppercase
    }

    @inline(__always) var isLowercaseLetter: Bool {
        let v = value
        if v < 0x80 { return v >= 0x61 && v <= 0x7A }
        // Latin-1 small letters: ß to ÿ but ÷, and ª µ º.
        if v < 0x100 { return v >= 0xDF ? v != 0xF7 : v == 0xAA || v == 0xB5 || v == 0xBA }
        if v >= 0x2000 && v <= 0x206F { return false }
        return properties.isLowercase
    }

    @inline(__always) var isDigit: Bool { value >= 0x30 && value <= 0x39 }

    /// Scalars after which an opening quotation mark may stand: brackets, dashes, slashes and
    /// other opening marks (“‘nested’ at the start”).
    var allowsFollowingOpeningMark: Bool {
        switch value {
        case 0x28, 0x5B, 0x7B, 0x2D, 0x2F, 0x2013, 0x2014, 0x3A, 0x201C, 0x201E, 0x2018, 0xAB, 0x2039,
            0x300C, 0x300E, 0x22, 0x27:
            true
        default: isSpaceLike
        }
    }
}
