/// A kind of quotation mark pair. A quotation opened with one family closes only with that
/// family's closing mark, which is what lets nested quotes of another family stay inside it.
enum QuoteFamily: Sendable, Hashable {
    /// “ ”
    case curlyDouble
    /// „ “ (German) or „ ” (Polish)
    case lowDouble
    /// " "
    case straightDouble
    /// ‘ ’
    case curlySingle
    /// ' '
    case straightSingle
    /// « »
    case guillemet
    /// » « (German, Danish)
    case reversedGuillemet
    /// ‹ ›
    case singleGuillemet
    /// 「 」
    case corner
    /// 『 』
    case whiteCorner

    /// Single marks double as apostrophes, so they need context to be trusted.
    var isSingle: Bool { self == .curlySingle || self == .straightSingle }

    /// The family a scalar opens when it stands in an opening position.
    static func opened(by scalar: Unicode.Scalar) -> QuoteFamily? {
        switch scalar.value {
        case 0x201C: .curlyDouble
        case 0x201E: .lowDouble
        case 0x22: .straightDouble
        case 0x2018: .curlySingle
        case 0x27: .straightSingle
        case 0xAB: .guillemet
        case 0xBB: .reversedGuillemet
        case 0x2039: .singleGuillemet
        case 0x300C: .corner
        case 0x300E: .whiteCorner
        default: nil
        }
    }

    /// Whether a scalar can close a quotation of this family.
    func isClosed(by scalar: Unicode.Scalar) -> Bool {
        switch self {
        case .curlyDouble: scalar.value == 0x201D
        case .lowDouble: scalar.value == 0x201C || scalar.value == 0x201D
        case .straightDouble: scalar.value == 0x22
        case .curlySingle: scalar.value == 0x2019
        case .straightSingle: scalar.value == 0x27
        case .guillemet: scalar.value == 0xBB
        case .reversedGuillemet: scalar.value == 0xAB
        case .singleGuillemet: scalar.value == 0x203A
        case .corner: scalar.value == 0x300D
        case .whiteCorner: scalar.value == 0x300F
        }
    }

    /// Marks whose direction is unambiguous can open anywhere; the others (straight marks, single
    /// marks that double as apostrophes, and » which closes French quotes) need an opening position.
    var needsOpeningPosition: Bool {
        switch self {
        case .straightDouble, .straightSingle, .curlySingle, .reversedGuillemet: true
        default: false
        }
    }

    /// Whether a scalar is any quotation mark at all; the scanner's fast path skips everything else.
    @inline(__always) static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v == 0x22 || v == 0x27 }
        return switch v {
        case 0x22, 0x27, 0xAB, 0xBB, 0x2018, 0x2019, 0x201C, 0x201D, 0x201E, 0x2039, 0x203A,
            0x300C, 0x300D, 0x300E, 0x300F:
            true
        default: false
        }
    }
}
