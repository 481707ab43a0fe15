/// Finds who said a quotation from the words around it in its sentence.
///
/// It reads the attribution patterns news prose uses, in this order: after the quotation
/// ("…,” he said / said Jane Doe / Jane Doe said / according to X), then before it ("X said, “…”",
/// "He firmly believes that “…”", "what Baztab, a website, called a “…”", "…, adding, “…”").
/// Pronouns resolve to the `PersonTracker`'s referent.
struct SpeakerAttributor {
    typealias Token = ContextTokens.Token

    private let tokens: [Token]
    private let context: ContextTokens

    init(_ context: ContextTokens) {
        self.context = context
        self.tokens = context.tokens
    }

    /// - Parameters:
    ///   - index: token index of the quotation.
    ///   - endsWithTerminal: the quoted words end in . ! or ?, so a capitalised word after the
    ///     quotation starts a new sentence unless the attribution ends right after its verb.
    ///   - speakers: speakers found so far for the block's earlier quotations, by token index.
    func speaker(
        ofQuotationAt index: Int, endsWithTerminal: Bool, speakers: [Int: String], tracker: inout PersonTracker
    ) -> String? {
        if let found = following(index, endsWithTerminal: endsWithTerminal, tracker: &tracker) { return found }
        return preceding(index, speakers: speakers, tracker: &tracker)
    }

    // MARK: After the quotation

    private func following(_ index: Int, endsWithTerminal: Bool, tracker: inout PersonTracker) -> String? {
        var k = index + 1
        if k < tokens.count && tokens[k].isPunctuation(",—–") { k += 1 }
        guard k < tokens.count, tokens[k].isWord else { return nil }
        let strict = endsWithTerminal && tokens[k].isCapitalized
        if tokens[k].lower == "according", k + 1 < tokens.count, tokens[k + 1].lower == "to" {
            return phrase(startingAt: k + 2, tracker: &tracker)
        }
        if SpeechVerbs.isVerb(tokens[k].lower) && !SpeechVerbs.isParticiple(tokens[k].lower)
            && !SpeechVerbs.isNaming(tokens[k].lower)
        {
            return phrase(startingAt: k + 1, tracker: &tracker)
        }
        guard let (subjectEnd, subject) = subjectForward(from: k) else { return nil }
        var v = subjectEnd
        if v < tokens.count && tokens[v].isPunctuation(",") {
            guard let close = (v + 1..<min(tokens.count, v + 14)).first(where: { tokens[$0].isPunctuation(",") })
            else { return nil }
            v = close + 1
        }
        while v < tokens.count && tokens[v].isWord && isModifier(tokens[v]) { v += 1 }
        guard v < tokens.count, tokens[v].isWord, SpeechVerbs.isVerb(tokens[v].lower),
            !SpeechVerbs.isParticiple(tokens[v].lower)
        else { return nil }
        if strict && v + 1 < tokens.count && tokens[v + 1].isWord { return nil }
        return resolve(subject, tracker: &tracker)
    }

    /// Who a subject or "said …" phrase names, before it is resolved against the tracker.
    private enum Subject {
        case pronoun
        case name([String])
        case description(String)
    }

    private func resolve(_ subject: Subject, tracker: inout PersonTracker) -> String? {
        let speaker: String
        switch subject {
        case .pronoun:
            return tracker.referent
        case .name(let words):
            speaker = tracker.person(fromRun: words, explicit: true) ?? words.joined(separator: " ")
        case .description(let words):
            speaker = words
        }
        tracker.setReferent(speaker)
        return speaker
    }

    /// The subject starting at `k` in "…,” she said": a pronoun, a name, or a short description
    /// ("the minister"), and where it ends.
    private func subjectForward(from k: Int) -> (Int, Subject)? {
        let token = tokens[k]
        if NameWords.pronouns.contains(token.lower) { return (k + 1, .pronoun) }
        if token.isCapitalized {
            let end = nameRunEnd(from: k)
            return (end, .name(tokens[k..<end].map(\.text)))
        }
        guard ["the", "a", "an", "his", "her", "their", "its", "one"].contains(token.lower) else { return nil }
        var end = k + 1
        while end < tokens.count && end < k + 6 && tokens[end].isWord && !SpeechVerbs.isVerb(tokens[end].lower)
            && !NameWords.clauseBreaks.contains(tokens[end].lower)
        {
            end += 1
        }
        return (end, .description(tokens[k..<end].map(\.text).joined(separator: " ")))
    }

    /// The speaker named at `k` after "said" or "according to": a pronoun, a name, or a
    /// description up to the next comma or clause break.
    private func phrase(startingAt k: Int, tracker: inout PersonTracker) -> String? {
        guard k < tokens.count, tokens[k].isWord else { return nil }
        if NameWords.pronouns.contains(tokens[k].lower) { return tracker.referent }
        if tokens[k].isCapitalized && !NameWords.sentenceWords.contains(tokens[k].lower) {
            return resolve(.name(tokens[k..<nameRunEnd(from: k)].map(\.text)), tracker: &tracker)
        }
        var end = k
        while end < tokens.count && end < k + 8 && tokens[end].isWord && !NameWords.clauseBreaks.contains(tokens[end].lower) {
            end += 1
        }
        guard end > k else { return nil }
        return resolve(.description(tokens[k..<end].map(\.text).joined(separator: " ")), tracker: &tracker)
    }

    // MARK: Before the quotation

    private func preceding(_ index: Int, speakers: [Int: String], tracker: inout PersonTracker) -> String? {
        let start = context.sentenceStart(before: index)
        var end = index
        var punctuated = false
        while end > start && tokens[end - 1].isPunctuation(",:—–;") {
            end -= 1
            punctuated = true
        }
        var hadThat = false
        if end > start && tokens[end - 1].lower == "that" {
            end -= 1
            hadThat = true
        }
        var v = end - 1
        while v >= start && v >= end - 10 {
            if tokens[v].quotationIndex != nil { return nil }
            if tokens[v].isWord && SpeechVerbs.isVerb(tokens[v].lower) { break }
            v -= 1
        }
        guard v >= start && v >= end - 10 else { return nil }
        let verb = tokens[v].lower
        let gap = tokens[(v + 1)..<end]
        if !gap.isEmpty {
            let articles: Set<String> = ["a", "an", "the", "it", "them", "him", "her", "as", "this", "his", "their", "its"]
            let naming = SpeechVerbs.isNaming(verb) && gap.allSatisfy { articles.contains($0.lower) }
            if !naming {
                guard punctuated || hadThat, gap.count <= 8 else { return nil }
                let inverted = v == start || !tokens[v - 1].isWord
                if inverted && !SpeechVerbs.takesAddressee(verb) {
                    return phrase(startingAt: v + 1, tracker: &tracker)
                }
            }
        }
        return subject(beforeVerbAt: v, sentenceStart: start, speakers: speakers, tracker: &tracker)
    }

    private func subject(
        beforeVerbAt v: Int, sentenceStart start: Int, speakers: [Int: String], tracker: inout PersonTracker
    ) -> String? {
        var k = v - 1
        while k >= start && tokens[k].isWord && isModifier(tokens[k]) { k -= 1 }
        if SpeechVerbs.isParticiple(tokens[v].lower) && (k < start || tokens[k].isPunctuation(",")) {
            return sentenceSubject(before: v, start: start, speakers: speakers, tracker: &tracker)
        }
        guard k >= start else { return nil }
        if tokens[k].isPunctuation(",") {
            guard let open = stride(from: k - 1, through: max(start, k - 14), by: -1).first(where: {
                tokens[$0].isPunctuation(",")
            }) else { return nil }
            k = open - 1
            guard k >= start else { return nil }
        }
        let token = tokens[k]
        guard token.isWord else { return nil }
        if NameWords.pronouns.contains(token.lower) { return tracker.referent }
        if token.isCapitalized {
            if NameWords.sentenceWords.contains(token.lower) { return nil }
            return resolve(.name(tokens[nameRunStart(endingAt: k, limit: start)...k].map(\.text)), tracker: &tracker)
        }
        var first = k
        while first - 1 >= start && first > k - 8 && tokens[first - 1].isWord
            && !NameWords.clauseBreaks.contains(tokens[first - 1].lower)
        {
            first -= 1
        }
        return resolve(.description(tokens[first...k].map(\.text).joined(separator: " ")), tracker: &tracker)
    }

    /// For "…, adding, “…”": the subject of the sentence's main speech verb, else the speaker of
    /// an earlier quotation in the sentence, else the sentence's first person in subject position.
    private func sentenceSubject(
        before v: Int, start: Int, speakers: [Int: String], tracker: inout PersonTracker
    ) -> String? {
        if let main = (start..<v).last(where: {
            tokens[$0].isWord && SpeechVerbs.isVerb(tokens[$0].lower) && !SpeechVerbs.isParticiple(tokens[$0].lower)
        }), let found = subject(beforeVerbAt: main, sentenceStart: start, speakers: speakers, tracker: &tracker) {
            return found
        }
        if let earlier = (start..<v).last(where: { speakers[$0] != nil }) { return speakers[earlier] }
        var k = start
        while k < v {
            let token = tokens[k]
            if token.isWord && NameWords.pronouns.contains(token.lower) { return tracker.referent }
            if token.isCapitalized {
                let end = nameRunEnd(from: k)
                let afterPreposition = k > start && NameWords.prepositions.contains(tokens[k - 1].lower)
                let possessive = NameWords.strippingPossessive(tokens[end - 1].text).1
                if !afterPreposition && !possessive,
                    let name = tracker.person(fromRun: tokens[k..<end].map(\.text), explicit: false)
                {
                    return name
                }
                k = end
                continue
            }
            k += 1
        }
        return nil
    }

    // MARK: Names

    private func isModifier(_ token: Token) -> Bool {
        NameWords.verbModifiers.contains(token.lower)
            || (token.lower.hasSuffix("ly") && token.lower.count > 3 && !token.isCapitalized)
    }

    /// One past the last word of the capitalised run starting at `k`; a possessive ends it.
    func nameRunEnd(from k: Int) -> Int {
        var end = k
        while end < tokens.count && tokens[end].isWord {
            let token = tokens[end]
            let particle = NameWords.particles.contains(token.lower) && end + 1 < tokens.count
                && tokens[end + 1].isCapitalized && end > k
            guard token.isCapitalized || particle else { break }
            end += 1
            if NameWords.strippingPossessive(token.text).1 { break }
        }
        return max(end, k + 1)
    }

    private func nameRunStart(endingAt k: Int, limit: Int) -> Int {
        var first = k
        while first - 1 >= limit && tokens[first - 1].isWord {
            let token = tokens[first - 1]
            let particle = NameWords.particles.contains(token.lower)
            guard (token.isCapitalized && !NameWords.strippingPossessive(token.text).1) || particle else { break }
            first -= 1
        }
        while first < k && NameWords.particles.contains(tokens[first].lower) { first += 1 }
        return first
    }
}
