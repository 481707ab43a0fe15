/// Remembers the people an article has named, so a pronoun can point back to the last one and a
/// bare surname can be reported as the most complete name used earlier.
///
/// Speaker names drop honorifics and offices ("Iranian Supreme Leader Ayatollah Ali Khamenei"
/// becomes "Ali Khamenei"), and a later "Khamenei" is reported as "Ali Khamenei" so one person has
/// one name in the quote list.
struct PersonTracker {
    private var fullNameBySurname: [String: [String]] = [:]
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
        var words = run[leading...]
        var classes = classes[leading...]
        let last = words.endIndex - 1
        let (lastWord, wordStripped) = NameWords.strippingPossessive(words[last])
        let (surname, loweredStripped) = NameWords.strippingPossessive(lastLowered)
        words[last] = lastWord
        if loweredStripped { classes[last] = WordClass.of(surname) }
        let nameStart = classes.lastIndex(where: { $0.contains(.title) }).map { $0 + 1 } ?? leading
        guard nameStart < run.count else { return nil }
        let name = words[nameStart...]
        if classes[nameStart...].contains(where: { $0.contains(.nonPerson) }) { return nil }
        let known = fullNameBySurname[surname] != nil
        guard explicit || nameStart != leading || name.count >= 2 || known else { return nil }
        // "US’S" keeps its ending, which only the lowercased word loses.
        return register(Array(name), key: wordStripped == loweredStripped ? surname : lastWord.lowercased())
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
        if let known = fullNameBySurname[key], known.count >= name.count,
            zip(known.suffix(name.count), name).allSatisfy({ $0.lowercased() == $1.lowercased() })
        {
            return known.joined(separator: " ")
        }
        if (fullNameBySurname[key]?.count ?? 0) < name.count {
            fullNameBySurname[key] = name
        }
        return name.joined(separator: " ")
    }
}
