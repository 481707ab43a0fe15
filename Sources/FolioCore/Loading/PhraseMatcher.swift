/// Tells whether a text contains any of a fixed set of lowercase ASCII phrases, as
/// `text.lowercased()` would show them, in one pass over its UTF-8: the furniture tables are
/// searched on every line of a library, and searching phrase by phrase read each line dozens of
/// times.
///
/// A rolling window of the last four bytes (ASCII letters lowercased) is hashed into a small bit
/// filter of the phrases' openings; only where the filter hits is a phrase compared byte by byte.
/// Lowercasing never turns a non-ASCII scalar into ASCII except for KELVIN SIGN and CAPITAL I WITH
/// DOT ABOVE, so a text holding either is searched after a full `lowercased()` instead.
struct PhraseMatcher: Sendable {
    private let phrases: [[UInt8]]
    /// Each phrase's first four bytes as a big-endian window value.
    private let openings: [UInt32]
    private let filter: [UInt64]

    private static let filterBits = 4096

    init(_ phrases: [String]) {
        let bytes = phrases.map { Array($0.utf8) }
        precondition(bytes.allSatisfy { $0.count >= 4 && $0.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } },
                     "phrases are lowercase ASCII of four bytes or more")
        self.phrases = bytes
        openings = bytes.map { $0.prefix(4).reduce(UInt32(0)) { $0 << 8 | UInt32($1) } }
        var filter = [UInt64](repeating: 0, count: Self.filterBits / 64)
        for opening in openings {
            let bit = Self.slot(opening)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.filter = filter
    }

    @inline(__always) private static func slot(_ window: UInt32) -> Int {
        Int((window &* 0x9E37_79B1) >> 20)
    }

    @inline(__always) private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    func matches(_ text: String) -> Bool {
        var text = text
        let answer: Bool? = text.withUTF8 { matches(in: $0) }
        return answer ?? matches(in: Array(text.lowercased().utf8))
    }

    private func matches(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { matches(in: $0) } ?? false
    }

    /// nil when the text holds a scalar that lowercases to ASCII (the caller then lowercases it).
    private func matches(in bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        var window: UInt32 = 0
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == 0xC4 && index + 1 < count && bytes[index + 1] == 0xB0 { return nil }
            if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA { return nil }
            window = window << 8 | UInt32(Self.lowered(byte))
            index += 1
            guard index >= 4 else { continue }
            let bit = Self.slot(window)
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { continue }
            for (phraseIndex, opening) in openings.enumerated() where opening == window {
                if rest(of: phrases[phraseIndex], matchesAt: index, in: bytes) { return true }
            }
        }
        return false
    }

    /// Whether the phrase's bytes after its opening follow at `start`.
    private func rest(of phrase: [UInt8], matchesAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard start + phrase.count - 4 <= bytes.count else { return false }
        for offset in 4..<phrase.count where Self.lowered(bytes[start + offset - 4]) != phrase[offset] {
            return false
        }
        return true
    }
}
