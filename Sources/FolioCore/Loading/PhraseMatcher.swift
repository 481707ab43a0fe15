/// Tells whether a text contains any of a fixed set of lowercase ASCII phrases, as
/// `text.lowercased()` would show them, reading its UTF-8 once: the furniture tables are searched
/// on every line of a library, and searching phrase by phrase read each line dozens of times.
///
/// Wu–Manber with three-byte blocks hashed to 12 bits (a 4 KB jump table that stays in cache): the window is as long as the shortest
/// phrase, and the block at its end says how far the window may jump (usually most of its length)
/// or, where it ends some phrase's opening, which phrases to compare there. (Two-byte blocks jumped
/// little: the common pairs of English, "e " or "th", end an opening of some phrase at nearly
/// every position.) ASCII letters are lowercased as they are read.
/// Lowercasing never turns a non-ASCII scalar into ASCII except for KELVIN SIGN and CAPITAL I WITH
/// DOT ABOVE, so a text holding either is searched after a full `lowercased()` instead.
struct PhraseMatcher: Sendable {
    private let phrases: [[UInt8]]
    /// The length of the shortest phrase: the window every jump keeps.
    private let window: Int
    /// For each block hash, how far the window's end may move when it ends with that block; a
    /// hash shared by two blocks only makes a jump shorter.
    private let shifts: [UInt8]
    /// Each phrase's block hash at the end of the window (bytes `window - 3` to `window - 1`).
    private let endBlocks: [Int]
    /// The length of the longest phrase, in bytes.
    let longestPhrase: Int

    init(_ phrases: [String]) {
        let bytes = phrases.map { Array($0.utf8) }
        precondition(!bytes.isEmpty && bytes.allSatisfy { $0.count >= 3 && $0.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) } },
                     "phrases are lowercase ASCII of three bytes or more")
        self.phrases = bytes
        let window = bytes.map(\.count).min()!
        self.window = window
        longestPhrase = bytes.map(\.count).max()!
        var shifts = [UInt8](repeating: UInt8(min(window - 2, 255)), count: 4_096)
        for phrase in bytes {
            for end in 2..<window {
                let block = Self.block(phrase[end - 2], phrase[end - 1], phrase[end])
                shifts[block] = min(shifts[block], UInt8(min(window - 1 - end, 255)))
            }
        }
        self.shifts = shifts
        endBlocks = bytes.map { Self.block($0[window - 3], $0[window - 2], $0[window - 1]) }
    }

    @inline(__always) private static func block(_ first: UInt8, _ second: UInt8, _ third: UInt8) -> Int {
        (Int(first) << 8 ^ Int(second) << 4 ^ Int(third)) & 0xFFF
    }

    @inline(__always) private static func lowered(_ byte: UInt8) -> UInt8 {
        byte &- 0x41 < 26 ? byte | 0x20 : byte
    }

    static let dottedCapitalI: [UInt8] = [0xC4, 0xB0]
    static let kelvinSign: [UInt8] = [0xE2, 0x84, 0xAA]
    static let kelvinTail: [UInt8] = [0x84, 0xAA]

    func matches(_ text: String) -> Bool {
        var text = text
        guard Self.needsLowercasing(text) else { return text.withUTF8(matches(in:)) }
        return Array(text.lowercased().utf8).withUnsafeBufferPointer(matches(in:))
    }

    private static func needsLowercasing(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // The Kelvin sign's last two bytes first: its lead byte E2 also opens every ’ “ ” and —.
            TextScan.contains(bytes, dottedCapitalI)
                || TextScan.contains(bytes, kelvinTail) && TextScan.contains(bytes, kelvinSign)
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
                let block = Self.block(Self.lowered(bytes[end - 2]), Self.lowered(bytes[end - 1]), Self.lowered(bytes[end]))
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
