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

    /// The person (or described speaker) a "he", "she" or "they" refers to.
    private(set) var referent: String?

    /// A capitalised run read as a person: titles stripped, resolved to the fullest known name.
    /// Returns nil for places, bodies and single unknown words unless `explicit` says the run is
    /// known to be a speaker (the subject of a speech verb).
    mutating func person(fromRun run: [String], explicit: Bool) -> String? {
        guard let last = run.last else { return nil }
        return person(
            fromRun: run, lastLowered: last.lowercased(), classes: run.map { WordClass.of($0.lowercased()) },
            explicit: explicit)
    }

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
        var name = Array(run[nameStart...])
        name[name.count - 1] = lastWord
        // "US’S" keeps its ending, which only the lowercased word loses.
        return register(name, key: wordStripped == loweredStripped ? surname : lastWord.lowercased())
    }

    func knowsSurname(_ lowercased: String) -> Bool {
        fullNameBySurname[NameWords.strippingPossessive(lowercased).0] != nil
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
        return joined
    }

    /// `one.lowercased() == other.lowercased()`, answered without lowercasing when the words are
    /// spelt the same (the usual case: a name repeated as it was first written).
    private static func sameIgnoringCase(_ one: String, _ other: String) -> Bool {
        one == other || one.lowercased() == other.lowercased()
    }
}
