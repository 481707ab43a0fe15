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
        var words = run
        var lowered = run.map { $0.lowercased() }
        let leading = lowered.prefix(while: { NameWords.sentenceWords.contains($0) }).count
        words.removeFirst(leading)
        lowered.removeFirst(leading)
        guard let last = words.indices.last else { return nil }
        words[last] = NameWords.strippingPossessive(words[last]).0
        lowered[last] = NameWords.strippingPossessive(lowered[last]).0
        let nameStart = lowered.lastIndex(where: { NameWords.titles.contains($0) }).map { $0 + 1 }
        let name = Array(words[(nameStart ?? 0)...])
        guard let surname = lowered.last, !name.isEmpty else { return nil }
        if lowered[(nameStart ?? 0)...].contains(where: { NameWords.nonPersonWords.contains($0) }) { return nil }
        let known = fullNameBySurname[surname] != nil
        guard explicit || nameStart != nil || name.count >= 2 || known else { return nil }
        return register(name)
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
    mutating func note(run: [String], isSubject: Bool) {
        guard let name = person(fromRun: run, explicit: false) else { return }
        if isSubject { referent = name }
    }

    private mutating func register(_ name: [String]) -> String {
        let key = name[name.count - 1].lowercased()
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
