/// The words of a paragraph as hashes, for telling whether two paragraphs say the same thing
/// without building a `String` per word: a word is a run of letters and digits (with their
/// combining marks), compared lowercased. Read on UTF-8 bytes, decoding only non-ASCII scalars.
enum ParagraphWords {
    /// The first three words' hashes, in order.
    struct Opening: Hashable {
        var first: UInt64 = 0
        var second: UInt64 = 0
        var third: UInt64 = 0
    }

    /// `text`'s opening, and how many words it has up to `limit` (reading stops there).
    static func opening(of text: String, countingUpTo limit: Int) -> (opening: Opening, count: Int) {
        var opening = Opening()
        var count = 0
        forEachWord(in: text) { hash in
            switch count {
            case 0: opening.first = hash
            case 1: opening.second = hash
            case 2: opening.third = hash
            default: break
            }
            count += 1
            return count < limit
        }
        return (opening, count)
    }

    /// The set of `text`'s word hashes.
    static func set(of text: String) -> Set<UInt64> {
        var set: Set<UInt64> = []
        forEachWord(in: text) { hash in
            set.insert(hash)
            return true
        }
        return set
    }

    /// How many words two paragraphs' sets share.
    static func overlap(_ one: Set<UInt64>, _ other: Set<UInt64>) -> Int {
        let (small, large) = one.count <= other.count ? (one, other) : (other, one)
        var shared = 0
        for word in small where large.contains(word) { shared += 1 }
        return shared
    }

    /// Calls `body` with each word's hash, in order, until it returns false.
    static func forEachWord(in text: String, _ body: (UInt64) -> Bool) {
        var text = text
        text.withUTF8 { bytes in
            var hash = emptyHash
            var inWord = false
            var index = 0
            @inline(__always) func add(_ value: UInt32) {
                hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
                inWord = true
            }
            var reading = true
            @inline(__always) func flush() {
                guard inWord else { return }
                reading = body(hash)
                hash = emptyHash
                inWord = false
            }
            while reading, index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x41...0x5A: add(UInt32(byte | 0x20))
                    case 0x61...0x7A, 0x30...0x39: add(UInt32(byte))
                    default: flush()
                    }
                    index += 1
                    continue
                }
                let (scalar, length) = decode(bytes, at: index)
                index += length
                let properties = scalar.properties
                if properties.isAlphabetic || properties.numericType != nil {
                    if properties.changesWhenLowercased {
                        for lower in properties.lowercaseMapping.unicodeScalars { add(lower.value) }
                    } else {
                        add(scalar.value)
                    }
                } else if inWord, properties.generalCategory == .nonspacingMark || properties.generalCategory == .spacingMark {
                    add(scalar.value)
                } else {
                    flush()
                }
            }
            if reading { flush() }
        }
    }

    /// The non-ASCII scalar starting at `index` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = UInt32(bytes[index])
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = lead & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// FNV-1a's offset basis; each scalar value is mixed in as one step.
    static let emptyHash: UInt64 = 0xcbf2_9ce4_8422_2325
}
