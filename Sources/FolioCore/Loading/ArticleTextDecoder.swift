/// Turns a file's bytes into the text the parsers see: one encoding (UTF-8, or UTF-16 when the
/// file starts with its byte order mark), "\n" line ends, and tabs expanded to spaces.
///
/// Tab stops are every 4 columns (counted in scalars), matching Markdown's indentation unit, so
/// indented code and nested lists keep their shape.
public enum ArticleTextDecoder {
    public static let tabWidth = 4

    public struct Decoded: Sendable, Hashable {
        public var text: String
        public var warnings: [ArticleWarning]
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        var warnings: [ArticleWarning] = []
        let decoded: String
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            decoded = decodeUTF16(bytes.dropFirst(2), bigEndian: bytes[0] == 0xFE)
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            if let valid = String(validating: body, as: UTF8.self) {
                decoded = valid
            } else {
                decoded = String(decoding: body, as: UTF8.self)
                let offset = (firstInvalidUTF8Offset(in: body) ?? 0) + body.startIndex
                let bad = decoded.unicodeScalars.reduce(0) { $0 + ($1 == "\u{FFFD}" ? 1 : 0) }
                warnings.append(ArticleWarning(
                    .invalidUTF8,
                    "Not valid UTF-8: first bad byte sequence at byte offset \(offset); \(bad) replacement character(s) (\u{FFFD}) shown"
                ))
            }
        }
        let text = normalizeLayout(decoded)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) {
            warnings.append(ArticleWarning(.emptyFile, bytes.isEmpty ? "The file is empty" : "The file holds only blank space"))
        }
        return Decoded(text: text, warnings: warnings)
    }

    /// Byte offset (from the start of `bytes`' indices) of the first ill-formed UTF-8 sequence.
    static func firstInvalidUTF8Offset(in bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let lead = bytes[i]
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch lead {
            case 0x00...0x7F: i += 1; continue
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return i - bytes.startIndex
            }
            guard i + length <= end else { return i - bytes.startIndex }
            for k in 1..<length {
                let byte = bytes[i + k]
                let (low, high) = k == 1 ? (lower, upper) : (0x80, 0xBF)
                guard byte >= low && byte <= high else { return i - bytes.startIndex }
            }
            i += length
        }
        return nil
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, bigEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let (a, b) = (UInt16(bytes[i]), UInt16(bytes[i + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// CRLF and lone CR become LF; tabs become spaces up to the next tab stop.
    static func normalizeLayout(_ text: String) -> String {
        guard TextScan.contains(text, [0x0D]) || TextScan.contains(text, [0x09]) else { return text }
        let scalars = text.unicodeScalars
        var output = String.UnicodeScalarView()
        output.reserveCapacity(scalars.count)
        var column = 0
        var previousWasCR = false
        for scalar in scalars {
            switch scalar {
            case "\r":
                output.append("\n")
                column = 0
                previousWasCR = true
                continue
            case "\n":
                if !previousWasCR { output.append("\n") }
                column = 0
            case "\t":
                let spaces = tabWidth - column % tabWidth
                output.append(contentsOf: String(repeating: " ", count: spaces).unicodeScalars)
                column += spaces
            default:
                output.append(scalar)
                column += 1
            }
            previousWasCR = false
        }
        return String(output)
    }
}
