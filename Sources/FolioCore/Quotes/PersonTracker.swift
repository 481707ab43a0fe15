/// Remembers the people an article has named, so a pronoun can point back to the last one and a
/// bare surname can be reported as the most complete name used earlier.
///
/// Speaker names drop honorifics and offices ("Iranian Supreme Leader Ayatollah Ali Khamenei"
/// becomes "Ali Khamenei"), and a later "Khamenei" is reported as "Ali Khamenei" so one person has
/// one name in the quote list.
struct PersonTracker {
    /// The fullest name known for each lowercased surname, with its words joined once.
    private var fullNameBySurname: [String: KnownName] = [:]

    private struct KnownName {
        var words: [String]
        var joined: String
    }

    /// Hashes of the keys of `fullNameBySurname`.
    private var surnameFilter = SurnameFilter()

    /// The person (or described speaker) a "he", "she" or "they" refers to.
    private(set) var referent: String?

    /// A capitalised run read as a person: titles stripped, resolved to the fullest known name.
    /// Returns nil for places, bodies and single unknown words unless `explicit` says the run is
    /// known to be a speaker (the subject of a speech verb).
    ///
    /// - Parameters:
    ///   - lastLowered: the run's last word lowercased, which is all of the lowercased run the
    ///     word lists in `classes` leave to ask about.
    ///   - classes: the word lists each lowercased word is in.
    mutating func person(fromRun run: [String], lastLowered: String, classes: [WordClass], explicit: Bool) -> String? {
        let leading = classes.prefix(while: { $0.contains(.sentenceWord) }).count
        guard leading < run.count else { return nil }
        var classes = classes[leading...]
        let last = run.count - 1
        let (lastWord, wordStripped) = NameWords.strippingPossessive(run[last])
        let (surname, loweredStripped) = NameWords.strippingPossessive(lastLowered)
        if loweredStripped { classes[last] = WordClass.of(surname) }
        let nameStart = classes.lastIndex(where: { $0.contains(.title) }).map { $0 + 1 } ?? leading
        guard nameStart < run.count else { return nil }
        if classes[nameStart...].contains(where: { $0.contains(.nonPerson) }) { return nil }
        let nameCount = run.count - nameStart
        guard explicit || nameStart != leading || nameCount >= 2 || fullNameBySurname[surname] != nil else { return nil }
        // The run itself when it is the whole name as written, which spares a copy per name read.
        var name = nameStart == 0 ? run : Array(run[nameStart...])
        if wordStripped { name[name.count - 1] = lastWord }
        // "US’S" keeps its ending, which only the lowercased word loses.
        return register(name, key: wordStripped == loweredStripped ? surname : lastWord.lowercased())
    }

    func knowsSurname(_ lowercased: String) -> Bool {
        fullNameBySurname[NameWords.strippingPossessive(lowercased).0] != nil
    }

    /// `knowsSurname(lowered())` for a word as written: most capitalised words open a sentence and
    /// name no one, and the surname filter turns them away without building the lowercased word.
    func knowsSurname(written word: ArraySlice<Unicode.Scalar>, lowered: () -> String) -> Bool {
        if let hash = Self.surnameHash(of: word), !surnameFilter.contains(hash) { return false }
        return knowsSurname(lowered())
    }

    /// The hash `SurnameFilter` keeps for the word lowercased and without a possessive ending, as
    /// `knowsSurname` would look it up; nil for words with scalars other than ASCII and "’".
    static func surnameHash(of word: ArraySlice<Unicode.Scalar>) -> UInt64? {
        func lowered(_ scalar: Unicode.Scalar) -> UInt32 {
            scalar.value >= 0x41 && scalar.value <= 0x5A ? scalar.value + 0x20 : scalar.value
        }
        var end = word.endIndex
        if word.count >= 2 {
            let (before, last) = (lowered(word[end - 2]), lowered(word[end - 1]))
            let isApostrophe = { (value: UInt32) in value == 0x27 || value == 0x2019 }
            if last == 0x73 && isApostrophe(before) {
                end -= 2
            } else if isApostrophe(last) && before == 0x73 {
                end -= 1
            }
        }
        var hash = SurnameFilter.seed
        for scalar in word[word.startIndex..<end] {
            let value = lowered(scalar)
            if value < 0x80 {
                hash = SurnameFilter.hash(hash, UInt8(value))
            } else if value == 0x2019 {
                for byte: UInt8 in [0xE2, 0x80, 0x99] { hash = SurnameFilter.hash(hash, byte) }
            } else {
                return nil
            }
        }
        return hash
    }

    /// Points pronouns at this speaker from now on.
    mutating func setReferent(_ speaker: String) {
        referent = speaker
    }

    /// Reads a capitalised run met in running text: registers a person and, when the run is the
    /// subject of its clause, makes them the referent.
    mutating func note(run: [String], lastLowered: String, classes: [WordClass], isSubject: Bool) {
        guard let name = person(fromRun: run, lastLowered: lastLowered, classes: classes, explicit: false) else { return }
        if isSubject { referent = name }
    }

    private mutating func register(_ name: [String], key: String) -> String {
        if let known = fullNameBySurname[key], known.words.count >= name.count {
            if zip(known.words.suffix(name.count), name).allSatisfy(Self.sameIgnoringCase) { return known.joined }
            return name.joined(separator: " ")
        }
        let joined = name.joined(separator: " ")
        fullNameBySurname[key] = KnownName(words: name, joined: joined)
        surnameFilter.insert(key.utf8.reduce(SurnameFilter.seed, SurnameFilter.hash))
        return joined
    }

    /// `one.lowercased() == other.lowercased()`, answered without lowercasing when the words are
    /// spelt the same (the usual case: a name repeated as it was first written).
    private static func sameIgnoringCase(_ one: String, _ other: String) -> Bool {
        one == other || one.lowercased() == other.lowercased()
    }
}

/// A bit per hash (FNV-1a of the UTF-8) of the surnames a tracker knows: a clear bit means the
/// surname is certainly unknown; a set one is checked in the tracker's dictionary.
struct SurnameFilter {
    private var bits = [UInt64](repeating: 0, count: 64)

    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always) static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    @inline(__always) private static func bit(_ hash: UInt64) -> Int {
        Int(truncatingIfNeeded: hash ^ (hash >> 32)) & 4095
    }

    mutating func insert(_ hash: UInt64) {
        let bit = Self.bit(hash)
        bits[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    func contains(_ hash: UInt64) -> Bool {
        let bit = Self.bit(hash)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
