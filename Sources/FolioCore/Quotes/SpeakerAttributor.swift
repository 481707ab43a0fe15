/// Finds who said a quotation from the words around it in its sentence.
///
/// It reads the attribution patterns news prose uses, in this order: after the quotation
/// ("…,” he said / said Jane Doe / Jane Doe, a spokeswoman, said / according to X), then before
/// it ("X said, “…”", "He firmly believes that “…”", "said the decision was “…”", "what Baztab, a
/// website, called a “…”", "…, adding, “…”", "According to X, “…”"). Pronouns resolve to the
/// `PersonTracker`'s referent. A quotation that starts a sentence with no attribution of its own
/// can take the speaker the sentence before it introduced (`introducedSpeaker`).
struct SpeakerAttributor {
    typealias Token = ContextTokens.Token

    private let tokens: [Token]
    private let context: ContextTokens
    static let determiners: Set<String> = ["a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "one"]
    static let namingFillers: Set<String> = ["a", "an", "the", "it", "them", "him", "her", "as", "this", "his", "their", "its"]
    static let relativePronouns: Set<String> = ["who", "that", "which"]

    init(_ context: ContextTokens) {
        self.context = context
        self.tokens = context.tokens
    }

    /// - Parameters:
    ///   - index: token index of the quotation.
    ///   - endsWithTerminal: the quoted words end in . ! or ?, so a capitalised word after the
    ///     quotation starts a new sentence unless the attribution ends right after its verb.
    ///   - isShort: a short fragment is attributed only to a named person or a pronoun, never to a
    ///     description ("a pitch deck promises “banking for the rest of us”" is a term).
    ///   - speakers: speakers found so far for the block's earlier quotations, by token index.
    func speaker(
        ofQuotationAt index: Int, endsWithTerminal: Bool, isShort: Bool, speakers: [Int: String],
        tracker: inout PersonTracker
    ) -> String? {
        if let subject = following(index, endsWithTerminal: endsWithTerminal) ?? preceding(index, speakers: speakers),
            !(isShort && subject.isDescription)
        {
            return resolve(subject, tracker: &tracker)
        }
        return nil
    }

    var tokenCount: Int { tokens.count }

    /// Whether the quotation opens a sentence, so only the sentence before can introduce it.
    func startsSentence(_ index: Int) -> Bool {
        index == 0 || tokens[index - 1].endsSentence
    }

    /// The speaker the sentence ending at `end` sets up for what follows: the speaker of a
    /// quotation in it ("“A,” she said. “B.”"), or its subject when it has a speech verb ("she
    /// tried to explain what the closure means." followed by a paragraph of quotation).
    func introducedSpeaker(endingAt end: Int, speakers: [Int: String], tracker: inout PersonTracker) -> String? {
        guard end > 0 else { return nil }
        let start = context.sentenceStart(before: end - 1)
        if let quoted = (start..<end).last(where: { speakers[$0] != nil }) { return speakers[quoted] }
        guard (start..<end).contains(where: { tokens[$0].isWord && tokens[$0].classes.introduces })
        else { return nil }
        return firstPerson(in: start..<end, tracker: &tracker)
    }

    // MARK: Who a subject names

    /// Who an attribution names, before it is resolved against the tracker.
    private enum Subject {
        case pronoun
        /// The tokens of a capitalised run, whose word classes the tracker reads.
        case name(Range<Int>)
        case description(String)
        /// Already known: the subject of a sentence, or the speaker of an earlier quotation.
        case resolved(String)

        var isDescription: Bool {
            if case .description = self { return true }
            return false
        }
    }

    private func resolve(_ subject: Subject, tracker: inout PersonTracker) -> String? {
        let speaker: String
        switch subject {
        case .pronoun:
            return tracker.referent
        case .resolved(let name):
            return name
        case .name(let run):
            let words = context.texts(run)
            speaker = tracker.person(
                fromRun: words, lastLowered: context.lower(run.upperBound - 1), classes: tokens[run].map(\.classes),
                explicit: true) ?? words.joined(separator: " ")
        case .description(let words):
            speaker = words
        }
        tracker.setReferent(speaker)
        return speaker
    }

    // MARK: After the quotation

    private func following(_ index: Int, endsWithTerminal: Bool) -> Subject? {
        var k = index + 1
        if k < tokens.count && tokens[k].isPunctuation(",—–") { k += 1 }
        guard k < tokens.count, tokens[k].isWord else { return nil }
        let strict = endsWithTerminal && tokens[k].isCapitalized
        if tokens[k].classes.contains(.according), k + 1 < tokens.count, tokens[k + 1].classes.contains(.to) {
            return phrase(startingAt: k + 2)
        }
        if tokens[k].classes.contains(.speechVerb) && !tokens[k].classes.contains(.participle)
            && !tokens[k].classes.contains(.namingVerb)
        {
            return phrase(startingAt: k + 1)
        }
        guard var (v, subject) = subjectForward(from: k) else { return nil }
        if v < tokens.count && tokens[v].isPunctuation(",") {
            guard let close = (v + 1..<min(tokens.count, v + 14)).first(where: { tokens[$0].isPunctuation(",") })
            else { return nil }
            if subject.isDescription, let name = nameFilling(v + 1..<close) { subject = name }
            v = close + 1
        }
        while v < tokens.count && tokens[v].isWord && isModifier(v) { v += 1 }
        guard v < tokens.count, tokens[v].isWord, tokens[v].classes.contains(.speechVerb),
            !tokens[v].classes.contains(.participle)
        else { return nil }
        if strict && v + 1 < tokens.count && tokens[v + 1].isWord { return nil }
        return subject
    }

    /// The subject starting at `k` in "…,” she said": a pronoun, a name, or a short description
    /// ("the minister"), and where it ends.
    private func subjectForward(from k: Int) -> (Int, Subject)? {
        let token = tokens[k]
        if token.classes.contains(.pronoun) { return (k + 1, .pronoun) }
        if token.isCapitalized {
            let end = nameRunEnd(from: k)
            return (end, .name(k..<end))
        }
        guard token.classes.contains(.determiner) else { return nil }
        var end = k + 1
        while end < tokens.count && end < k + 6 && tokens[end].isWord && !tokens[end].classes.contains(.speechVerb)
            && !tokens[end].classes.contains(.clauseBreak)
        {
            end += 1
        }
        return (end, .description(context.texts(k..<end).joined(separator: " ")))
    }

    /// The speaker named at `k` after "said" or "according to": a pronoun, a name, or a
    /// description up to the next comma or clause break.
    private func phrase(startingAt k: Int) -> Subject? {
        guard k < tokens.count, tokens[k].isWord else { return nil }
        if tokens[k].classes.contains(.pronoun) { return .pronoun }
        if tokens[k].isCapitalized && !tokens[k].classes.contains(.sentenceWord) {
            return .name(k..<nameRunEnd(from: k))
        }
        var end = k
        while end < tokens.count && end < k + 8 && tokens[end].isWord && !tokens[end].classes.contains(.clauseBreak) {
            end += 1
        }
        guard end > k else { return nil }
        return .description(context.texts(k..<end).joined(separator: " "))
    }

    /// A name that fills an appositive exactly: "the environment secretary, Helen Marsh, told".
    private func nameFilling(_ range: Range<Int>) -> Subject? {
        guard !range.isEmpty, tokens[range.lowerBound].isCapitalized,
            nameRunEnd(from: range.lowerBound) == range.upperBound
        else { return nil }
        return .name(range)
    }

    // MARK: Before the quotation

    private func preceding(_ index: Int, speakers: [Int: String]) -> Subject? {
        let start = context.sentenceStart(before: index)
        var end = index
        var punctuated = false
        while end > start && tokens[end - 1].isPunctuation(",:—–;") {
            end -= 1
            punctuated = true
        }
        if let earlier = (start..<end).last(where: { tokens[$0].quotationIndex != nil }),
            (earlier + 1..<end).allSatisfy({ !tokens[$0].isWord || tokens[$0].classes.contains(.or) })
        {
            // A gloss: “一歩前進”, or “a step forward”.
            return speakers[earlier].map { .resolved($0) }
        }
        if punctuated, let according = accordingTo(endingAt: end, start: start) { return according }
        var hadThat = false
        if end > start && tokens[end - 1].classes.contains(.that) {
            end -= 1
            hadThat = true
        }
        var v = end - 1
        while v >= start && v >= end - 13 {
            if tokens[v].quotationIndex != nil { return nil }
            if tokens[v].isWord && tokens[v].classes.contains(.speechVerb) { break }
            v -= 1
        }
        guard v >= start && v >= end - 13 else { return nil }
        let verb = tokens[v].classes
        let gap = tokens[(v + 1)..<end]
        if verb.contains(.namingVerb) {
            guard gap.allSatisfy({ $0.classes.contains(.namingFiller) }) else { return nil }
            // Only a name labels a phrase as someone's words; a lone capitalised word opening the
            // sentence ("Brokers call it “park life.”") is no evidence of one.
            switch subjectBefore(v, start: start, speakers: speakers) {
            case .name(let run) where run.count == 1 && context.text(start) == context.text(run.lowerBound): return nil
            case .description, nil: return nil
            case let subject: return subject
            }
        }
        if !gap.isEmpty {
            if punctuated || hadThat {
                guard gap.count <= 8 else { return nil }
                let inverted = v == start || !tokens[v - 1].isWord
                if inverted && !verb.contains(.takesAddressee) { return phrase(startingAt: v + 1) }
            } else {
                // Reported speech the quotation completes: "said the decision was “painful”". A
                // quotation that is a noun phrase inside the clause ("warned that the “office
                // park renaissance” could …") is not the speaker's words.
                let closesClause = index + 1 == tokens.count || !tokens[index + 1].isWord
                guard gap.count <= 12, gap.allSatisfy(\.isWord),
                    closesClause || !gap.last!.classes.contains(.determiner)
                else { return nil }
            }
        }
        return subjectBefore(v, start: start, speakers: speakers)
    }

    /// "According to Smit, “…”".
    private func accordingTo(endingAt end: Int, start: Int) -> Subject? {
        guard end - 1 >= start, tokens[end - 1].isCapitalized else { return nil }
        let runStart = nameRunStart(endingAt: end - 1, limit: start)
        guard runStart - 2 >= start, tokens[runStart - 2].classes.contains(.according), tokens[runStart - 1].classes.contains(.to)
        else { return nil }
        return .name(runStart..<end)
    }

    private func subjectBefore(_ v: Int, start: Int, speakers: [Int: String]) -> Subject? {
        var k = v - 1
        while k >= start && tokens[k].isWord && isModifier(k) { k -= 1 }
        if tokens[v].classes.contains(.participle)
            && (k < start || tokens[k].isPunctuation(",") || tokens[k].quotationIndex != nil)
        {
            return sentenceSubject(before: v, start: start, speakers: speakers)
        }
        guard k >= start else { return nil }
        if tokens[k].isPunctuation(",") {
            guard let open = stride(from: k - 1, through: max(start, k - 14), by: -1).first(where: {
                tokens[$0].isPunctuation(",")
            }) else { return nil }
            if let name = nameFilling(open + 1..<k) { return name }
            k = open - 1
            guard k >= start else { return nil }
        }
        if tokens[k].classes.contains(.relativePronoun) && k - 1 >= start { k -= 1 }
        let token = tokens[k]
        guard token.isWord else { return nil }
        if token.classes.contains(.pronoun) { return .pronoun }
        if token.isCapitalized && !token.isPossessive {
            if token.classes.contains(.sentenceWord) { return nil }
            return .name(nameRunStart(endingAt: k, limit: start)..<k + 1)
        }
        var first = k
        while !tokens[first].classes.contains(.determiner) && first - 1 >= start && first > k - 7
            && tokens[first - 1].isWord && !tokens[first - 1].classes.contains(.clauseBreak)
        {
            first -= 1
        }
        return .description(context.texts(first..<k + 1).joined(separator: " "))
    }

    /// For "…, adding, “…”": the subject of the sentence's main speech verb, else the speaker of
    /// an earlier quotation in the sentence, else the sentence's first person in subject position.
    private func sentenceSubject(before v: Int, start: Int, speakers: [Int: String]) -> Subject? {
        if let main = (start..<v).last(where: {
            tokens[$0].isWord && tokens[$0].classes.contains(.speechVerb) && !tokens[$0].classes.contains(.participle)
        }), let found = subjectBefore(main, start: start, speakers: speakers) {
            return found
        }
        if let earlier = (start..<v).last(where: { speakers[$0] != nil }) { return speakers[earlier].map { .resolved($0) } }
        var k = start
        while k < v {
            let token = tokens[k]
            if token.isWord && token.classes.contains(.pronoun) { return .pronoun }
            if token.isCapitalized {
                let end = nameRunEnd(from: k)
                if isSubjectPosition(runAt: k..<end) { return .name(k..<end) }
                k = end
            } else {
                k += 1
            }
        }
        return nil
    }

    private func firstPerson(in range: Range<Int>, tracker: inout PersonTracker) -> String? {
        var k = range.lowerBound
        while k < range.upperBound {
            let token = tokens[k]
            if token.isWord && token.classes.contains(.pronoun) { return tracker.referent }
            if token.isCapitalized {
                let end = nameRunEnd(from: k)
                if isSubjectPosition(runAt: k..<end),
                    let name = tracker.person(
                        fromRun: context.texts(k..<end), lastLowered: context.lower(end - 1),
                        classes: tokens[k..<end].map(\.classes), explicit: false)
                {
                    return name
                }
                k = end
            } else {
                k += 1
            }
        }
        return nil
    }

    // MARK: Names

    /// Whether a capitalised run reads as the subject of its clause rather than an object, a
    /// possessive or a name inside a description ("the charity Coastal Futures", "the late
    /// Peter Lindqvist,"): it starts a clause, or a lowercase verb follows it ("O’Brien hears").
    func isSubjectPosition(runAt run: Range<Int>) -> Bool {
        if tokens[run.upperBound - 1].isPossessive { return false }
        if run.lowerBound > 0 {
            let previous = tokens[run.lowerBound - 1]
            if previous.isWord {
                let word = previous.classes
                if word.contains(.determiner) || word.contains(.preposition) { return false }
                let opensClause = word.contains(.clauseBreak) || word.contains(.sentenceWord) || word.contains(.speechVerb)
                if opensClause { return true }
            } else {
                return true
            }
        } else {
            return true
        }
        guard run.upperBound < tokens.count else { return false }
        let next = tokens[run.upperBound]
        return next.isWord && !next.isCapitalized && !next.classes.contains(.preposition)
    }

    private func isModifier(_ index: Int) -> Bool {
        let token = tokens[index]
        if token.classes.contains(.verbModifier) { return true }
        guard !token.isCapitalized, token.length > 3 else { return false }
        let lower = context.lower(index)
        return lower.hasSuffix("ly") && lower.count > 3
    }

    /// One past the last word of the capitalised run starting at `k`; a possessive ends it.
    func nameRunEnd(from k: Int) -> Int {
        var end = k
        while end < tokens.count && tokens[end].isWord {
            let token = tokens[end]
            guard token.isCapitalized || (end > k && end + 1 < tokens.count && tokens[end + 1].isCapitalized
                && token.length <= 3 && token.classes.contains(.particle))
            else { break }
            end += 1
            if token.isPossessive { break }
        }
        return max(end, k + 1)
    }

    private func nameRunStart(endingAt k: Int, limit: Int) -> Int {
        var first = k
        while first - 1 >= limit && tokens[first - 1].isWord {
            let token = tokens[first - 1]
            let particle = token.classes.contains(.particle)
            guard (token.isCapitalized && !token.isPossessive) || particle else { break }
            first -= 1
        }
        while first < k && tokens[first].classes.contains(.particle) { first += 1 }
        return first
    }
}
