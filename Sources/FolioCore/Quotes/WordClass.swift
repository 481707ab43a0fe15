/// The word lists a lowercased word belongs to, looked up once per token: the attribution
/// patterns ask about the same few words many times, and one hash per word is far cheaper than
/// one per question.
struct WordClass: OptionSet {
    let rawValue: UInt32

    static let sentenceWord = WordClass(rawValue: 1 << 0)
    static let title = WordClass(rawValue: 1 << 1)
    static let nonPerson = WordClass(rawValue: 1 << 2)
    static let particle = WordClass(rawValue: 1 << 3)
    static let pronoun = WordClass(rawValue: 1 << 4)
    static let preposition = WordClass(rawValue: 1 << 5)
    static let verbModifier = WordClass(rawValue: 1 << 6)
    static let clauseBreak = WordClass(rawValue: 1 << 7)
    static let abbreviation = WordClass(rawValue: 1 << 8)
    static let speechVerb = WordClass(rawValue: 1 << 9)
    static let participle = WordClass(rawValue: 1 << 10)
    static let namingVerb = WordClass(rawValue: 1 << 11)
    static let takesAddressee = WordClass(rawValue: 1 << 12)
    static let determiner = WordClass(rawValue: 1 << 13)
    static let namingFiller = WordClass(rawValue: 1 << 14)
    static let relativePronoun = WordClass(rawValue: 1 << 15)
    // Single words the patterns look for.
    static let according = WordClass(rawValue: 1 << 16)
    static let to = WordClass(rawValue: 1 << 17)
    static let or = WordClass(rawValue: 1 << 18)
    static let that = WordClass(rawValue: 1 << 19)

    /// A speech verb other than a naming one: it can introduce the quotation after its sentence.
    var introduces: Bool { contains(.speechVerb) && !contains(.namingVerb) }

    /// The classes of a lowercased word.
    static func of(_ lowercased: String) -> WordClass {
        var word = lowercased
        return word.withUTF8 { table.classes(of: $0) }
    }

    /// The classes of a word as written, lowercased the way `String.lowercased()` does it (each
    /// scalar's lowercase mapping), without building a string: this runs for most words of an
    /// article. Only a word whose hash is in the table is compared byte by byte.
    static func of(_ scalars: ArraySlice<Unicode.Scalar>) -> WordClass {
        scalars.withUnsafeBufferPointer(of)
    }

    static func of(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> WordClass {
        let table = Self.table
        let longest = table.longestWord
        // Every scalar takes a byte at least, so a longer word is in no list.
        guard scalars.count <= longest else { return [] }
        var hash = seed
        var length = 0
        var isASCII = true
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 {
                hash = Self.hash(hash, UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
                length += 1
                continue
            }
            isASCII = false
            // Typographic punctuation (Iran’s) and Latin-1 letters are answered without a
            // property lookup: the first never changes case, the second's capitals lowercase by 0x20.
            let lowered: Unicode.Scalar
            if v >= 0x2000 && v <= 0x206F {
                lowered = scalar
            } else if v < 0x100 {
                lowered = v >= 0xC0 && v <= 0xDE && v != 0xD7 ? Unicode.Scalar(UInt8(v + 0x20)) : scalar
            } else {
                let properties = scalar.properties
                guard properties.changesWhenLowercased else {
                    lowered = scalar
                    for byte in UTF8.encode(lowered)! { hash = Self.hash(hash, byte) }
                    length += UTF8.width(lowered)
                    guard length <= longest else { return [] }
                    continue
                }
                for lower in properties.lowercaseMapping.unicodeScalars {
                    for byte in UTF8.encode(lower)! { hash = Self.hash(hash, byte) }
                    length += UTF8.width(lower)
                }
                guard length <= longest else { return [] }
                continue
            }
            for byte in UTF8.encode(lowered)! { hash = Self.hash(hash, byte) }
            length += UTF8.width(lowered)
            guard length <= longest else { return [] }
        }
        guard let slot = table.slot(holding: hash) else { return [] }
        guard isASCII else { return of(ContextTokens.string(scalars, lowercased: true)) }
        return table.classes(inSlot: slot, ifKeyIs: scalars)
    }

    /// FNV-1a over a word's lowercased UTF-8, one byte at a time from `seed`.
    static var seed: UInt64 { WordTable.seed }

    @inline(__always) static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        WordTable.hash(hash, byte)
    }

    /// Read once by a caller that looks up many words: a static is checked for initialisation at every use.
    static let table: WordTable = {
        var classes: [String: WordClass] = [
            "according": .according, "to": .to, "or": .or, "that": .that,
        ]
        let lists: [(Set<String>, WordClass)] = [
            (NameWords.sentenceWords, .sentenceWord), (NameWords.titles, .title),
            (NameWords.nonPersonWords, .nonPerson), (NameWords.particles, .particle),
            (NameWords.pronouns, .pronoun), (NameWords.prepositions, .preposition),
            (NameWords.verbModifiers, .verbModifier), (NameWords.clauseBreaks, .clauseBreak),
            (NameWords.abbreviations, .abbreviation), (SpeechVerbs.all, .speechVerb),
            (SpeechVerbs.all.filter { $0.hasSuffix("ing") }, .participle), (SpeechVerbs.naming, .namingVerb),
            (SpeechVerbs.addressed, .takesAddressee), (SpeakerAttributor.determiners, .determiner),
            (SpeakerAttributor.namingFillers, .namingFiller), (SpeakerAttributor.relativePronouns, .relativePronoun),
        ]
        for (words, wordClass) in lists {
            for word in words { classes[word, default: []].formUnion(wordClass) }
        }
        return WordTable(classes)
    }()
}

/// An open-addressing table from a word's UTF-8 bytes to its classes, hashed with FNV-1a:
/// `Set<String>` hashes each lookup with SipHash after a normalisation check, which costs more
/// than everything else done for a word.
final class WordTable: Sendable {
    /// Each slot's full hash (0 for an empty slot), compared before any key is read.
    private let hashes: [UInt64]
    /// The keys' bytes one after another; a slot's key is `keyStarts[slot]..<keyStarts[slot] + keyLengths[slot]`.
    private let keyBytes: [UInt8]
    private let keyStarts: [Int]
    private let keyLengths: [Int]
    private let values: [WordClass]
    private let mask: Int
    let longestWord: Int

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always) static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// A word's hash as stored: never 0, which marks an empty slot.
    @inline(__always) private static func stored(_ hash: UInt64) -> UInt64 {
        hash == 0 ? 1 : hash
    }

    init(_ classes: [String: WordClass]) {
        var size = 1
        // At most half full: short probes, and a table small enough to stay in the first-level cache.
        while size < classes.count * 2 { size *= 2 }
        var hashes = [UInt64](repeating: 0, count: size)
        var keyBytes: [UInt8] = []
        var keyStarts = [Int](repeating: 0, count: size)
        var keyLengths = [Int](repeating: 0, count: size)
        var values = [WordClass](repeating: [], count: size)
        for (word, wordClass) in classes {
            let bytes = Array(word.utf8)
            let hash = Self.stored(bytes.reduce(Self.seed, Self.hash))
            var slot = Self.slot(hash, size - 1)
            while hashes[slot] != 0 {
                // Lookups stop at the first slot with the word's hash, so no two words may share one
                // (a word with the same hash would have probed through this slot).
                precondition(hashes[slot] != hash, "two words in the lists share a hash")
                slot = (slot + 1) & (size - 1)
            }
            hashes[slot] = hash
            keyStarts[slot] = keyBytes.count
            keyLengths[slot] = bytes.count
            keyBytes += bytes
            values[slot] = wordClass
        }
        self.hashes = hashes
        self.keyBytes = keyBytes
        self.keyStarts = keyStarts
        self.keyLengths = keyLengths
        self.values = values
        mask = size - 1
        longestWord = classes.keys.map(\.utf8.count).max() ?? 0
    }

    func classes(of bytes: UnsafeBufferPointer<UInt8>) -> WordClass {
        guard bytes.count <= longestWord, let slot = slot(holding: bytes.reduce(Self.seed, Self.hash)) else { return [] }
        let start = keyStarts[slot]
        guard keyLengths[slot] == bytes.count, keyBytes[start..<start + bytes.count].elementsEqual(bytes) else { return [] }
        return values[slot]
    }

    /// The classes of an ASCII word whose lowercased bytes hash to `hash` (as `WordClass.hash(_:_:)`
    /// from `seed`): the tokenizer hashes a word while it finds its end.
    @inline(__always)
    func classes(ofASCII scalars: UnsafeBufferPointer<Unicode.Scalar>, hash: UInt64) -> WordClass {
        guard scalars.count <= longestWord, let slot = slot(holding: hash) else { return [] }
        return classes(inSlot: slot, ifKeyIs: scalars)
    }

    /// The slot of the word with this hash, if the table has one (its key must still be compared:
    /// different words can share a hash).
    @inline(__always) func slot(holding hash: UInt64) -> Int? {
        let hash = Self.stored(hash)
        var slot = Self.slot(hash, mask)
        while true {
            let stored = hashes[slot]
            if stored == hash { return slot }
            if stored == 0 { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// The slot's classes when its key is the ASCII word, lowercased; empty otherwise.
    @inline(__always) func classes(inSlot slot: Int, ifKeyIs scalars: UnsafeBufferPointer<Unicode.Scalar>) -> WordClass {
        guard keyLengths[slot] == scalars.count else { return [] }
        var index = keyStarts[slot]
        for scalar in scalars {
            let v = scalar.value
            guard UInt32(keyBytes[index]) == (v >= 0x41 && v <= 0x5A ? v + 0x20 : v) else { return [] }
            index += 1
        }
        return values[slot]
    }

    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
    }
}
