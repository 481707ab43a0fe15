/// Tells whether a text contains any of a fixed set of lowercase ASCII phrases, as
/// `text.lowercased()` would show them, reading its UTF-8 once: the furniture tables are searched
/// on every line of a library, and searching phrase by phrase read each line dozens of times.
///
/// Wu–Manber with two-byte blocks: the window is as long as the shortest phrase, and the block at
/// its end says how far the window may jump (usually most of its length) or, where it ends some
/// phrase's opening, which phrases to compare there. ASCII letters are lowercased as they are read.
/// Lowercasing never turns a non-ASCII scalar into ASCII except for KELVIN SIGN and CAPITAL I WITH
/// DOT ABOVE, so a text holding either is searched after a full `lowercased()` instead.
struct PhraseMatcher: Sendable {
    private let phrases: [[UInt8]]
    /// The length of the shortest phrase: the window every jump keeps.
    private let window: Int
    /// For each two-byte block, how far the window's end may move when it ends with that block.
    private let shifts: [UInt8]
    /// Each phrase's block at the end of the window (bytes `window - 2` and `window - 1`).
    private let endBlocks: [Int]
    /// The length of the longest phrase, in bytes.
    let longestPhrase: Int

    init(_ phrases: [String]) {
        let bytes = phrases.map { Array($0.utf8) }
        precondition(!bytes.isEmpty && bytes.allSatisfy { $0.count >= 2 && $0.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } },
                     "phrases are lowercase ASCII of two bytes or more")
        self.phrases = bytes
        let window = bytes.map(\.count).min()!
        self.window = window
        longestPhrase = bytes.map(\.count).max()!
        var shifts = [UInt8](repeating: UInt8(min(window - 1, 255)), count: 65_536)
        for phrase in bytes {
            for end in 1..<window {
                let block = Int(phrase[end - 1]) << 8 | Int(phrase[end])
                shifts[block] = min(shifts[block], UInt8(min(window - 1 - end, 255)))
            }
        }
        self.shifts = shifts
        endBlocks = bytes.map { Int($0[window - 2]) << 8 | Int($0[window - 1]) }
    }

    @inline(__always) private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    static let dottedCapitalI: [UInt8] = [0xC4, 0xB0]
    static let kelvinSign: [UInt8] = [0xE2, 0x84, 0xAA]

    func matches(_ text: String) -> Bool {
        var text = text
        guard Self.needsLowercasing(text) else { return text.withUTF8(matches(in:)) }
        return Array(text.lowercased().utf8).withUnsafeBufferPointer(matches(in:))
    }

    private static func needsLowercasing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            TextScan.contains(bytes, dottedCapitalI) || TextScan.contains(bytes, kelvinSign)
        }
    }

    /// Whether a phrase starts at or after UTF-8 offset `start` (clamped to the text); a text that
    /// needs a full `lowercased()` is searched whole, its offsets being different once lowercased.
    func matches(_ text: String, from start: Int) -> Bool {
        guard !Self.needsLowercasing(text) else { return matches(text) }
        var text = text
        // A search from inside a scalar finds nothing there: phrases are ASCII, continuation bytes are not.
        return text.withUTF8 { matches(in: UnsafeBufferPointer(rebasing: $0[min(max(0, start), $0.count)...])) }
    }

    private func matches(in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        var end = window - 1
        return shifts.withUnsafeBufferPointer { shifts in
            while end < count {
                let block = Int(Self.lowered(bytes[end - 1])) << 8 | Int(Self.lowered(bytes[end]))
                let shift = Int(shifts[block])
                if shift > 0 {
                    end += shift
                    continue
                }
                let start = end - (window - 1)
                for (index, phrase) in phrases.enumerated() where endBlocks[index] == block {
                    if phrase.count <= count - start, Self.phrase(phrase, isAt: start, in: bytes) { return true }
                }
                end += 1
            }
            return false
        }
    }

    private static func phrase(_ phrase: [UInt8], isAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for offset in 0..<phrase.count where lowered(bytes[start + offset]) != phrase[offset] {
            return false
        }
        return true
    }
}
