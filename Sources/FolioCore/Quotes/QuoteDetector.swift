/// Finds quotations and their speakers in an article's blocks.
///
/// One pass over each block pairs the marks (`QuoteScanner`), one pass over the words outside the
/// quotations tracks who was named (`PersonTracker`) and reads the attribution around each
/// quotation (`SpeakerAttributor`). Work is linear in the text: no regular expressions, no
/// searching back further than one sentence.
///
/// Classification: a quotation with a speaker, a multi-paragraph quotation, one of six words or
/// more, or a full sentence ("We will see." — capitalised, ending in . ! or ?) is `.speech`; anything
/// else, and any unattributed quotation in title case (a book or headline title of any length), is a
/// `.term` with no speaker (scare quotes, titles, coined phrases).
public struct QuoteDetector: Sendable {
    public init() {}

    /// Quotations in document order; offsets count scalars in the article's `text`.
    public func detect(in blocks: [Block]) -> [Quotation] {
        var tracker = PersonTracker()
        var quotations: [Quotation] = []
        // Candidates of the current group only: a group is decided as soon as the next begins, so
        // a long article never holds every candidate (twice their size while the array grew).
        var pending: [Candidate] = []
        var group = 0
        var unclosedFamily: QuoteFamily?
        var previousBlock: (scalars: [Unicode.Scalar], attributor: SpeakerAttributor?, speakers: [Int: String])?
        var upcoming = blocks.first.map { Self.scannable($0) }
        for (index, block) in blocks.enumerated() {
            let scalars = upcoming ?? []
            upcoming = index + 1 < blocks.count ? Self.scannable(blocks[index + 1]) : nil
            let next = upcoming.flatMap { QuoteScanner.openingFamily(atStartOf: $0) }
            let matches = QuoteScanner().scan(scalars, nextBlockOpensWith: next)
            let context = ContextTokens(scalars, quotes: matches, namesOnly: matches.isEmpty)
            let attributor = SpeakerAttributor(context)
            let tokens = context.tokens
            var speakers = [Int: String](minimumCapacity: matches.count)
            var t = 0
            while t < tokens.count {
                let token = tokens[t]
                if let q = token.quotationIndex {
                    let match = matches[q]
                    let content = scalars[match.contentStart..<match.contentEnd]
                    let words = Self.wordCount(content)
                    let titleCase = Self.isTitleCase(content)
                    let sentenceLike = !titleCase && Self.isSentence(content, words: words)
                    let speaker = attributor.speaker(
                        ofQuotationAt: t, endsWithTerminal: Self.endsWithTerminal(content),
                        isShort: titleCase || (words < 6 && !sentenceLike), speakers: speakers, tracker: &tracker)
                    speakers[t] = speaker
                    let continues = t == 0 && unclosedFamily == match.family
                    if !continues { group += 1 }
                    var introduced: String?
                    if speaker == nil && attributor.startsSentence(t) {
                        if t > 0 {
                            introduced = attributor.introducedSpeaker(endingAt: t, speakers: speakers, tracker: &tracker)
                        } else if let previous = previousBlock {
                            let before = previous.attributor ?? SpeakerAttributor(ContextTokens(previous.scalars, quotes: []))
                            introduced = before.introducedSpeaker(
                                endingAt: before.tokenCount, speakers: previous.speakers, tracker: &tracker)
                        }
                    }
                    if let last = pending.last, last.group != group {
                        Self.classify(pending, into: &quotations)
                        pending.removeAll(keepingCapacity: true)
                    }
                    pending.append(
                        Candidate(
                            quotation: Quotation(
                                text: ContextTokens.string(content), speaker: speaker, kind: .speech,
                                start: block.start + match.contentStart, end: block.start + match.contentEnd),
                            group: group, words: titleCase ? 0 : words, sentenceLike: sentenceLike, introduced: introduced))
                    t += 1
                } else if token.isCapitalized {
                    let end = attributor.nameRunEnd(from: t)
                    // Most capitalised words open a sentence ("The", "However"); a lone word can only
                    // be a surname the article has already given in full.
                    if end - t > 1
                        || tracker.knowsSurname(written: scalars[token.start..<token.end], lowered: { context.lower(t) }) {
                        tracker.note(
                            run: context.texts(t..<end), lastLowered: context.lower(end - 1),
                            classes: tokens[t..<end].map(\.classes),
                            isSubject: attributor.isSubjectPosition(runAt: t..<end))
                    }
                    t = end
                } else {
                    t += 1
                }
            }
            unclosedFamily = matches.last.flatMap { $0.isClosed ? nil : $0.family }
            previousBlock = (scalars, matches.isEmpty ? nil : attributor, speakers)
        }
        Self.classify(pending, into: &quotations)
        // The array grew by doubling; the article keeps it for as long as it is open, so it keeps
        // a copy of the right size instead (35,000 quotations of a 10 MB article left 1.7 MB unused).
        return quotations.capacity > quotations.count + quotations.count / 8
            ? quotations.withUnsafeBufferPointer(Array.init) : quotations
    }

    /// A quotation before its kind is decided, which needs every paragraph of a multi-paragraph one.
    private struct Candidate {
        var quotation: Quotation
        var group: Int
        var words: Int
        var sentenceLike: Bool
        /// The speaker the sentence before set up, for a quotation that opens a sentence with no
        /// attribution of its own ("“A,” she said. “B.”").
        var introduced: String?
    }

    /// Decides the speaker and kind of one group's quotations (several for a quotation running
    /// over paragraphs) and appends them to `result`.
    private static func classify(_ members: [Candidate], into result: inout [Quotation]) {
        if members.count > 1 {
            let speaker = members.lazy.compactMap(\.quotation.speaker).first
                ?? members.lazy.compactMap(\.introduced).first
            for member in members {
                var quotation = member.quotation
                quotation.speaker = speaker
                result.append(quotation)
            }
        } else if let candidate = members.first {
            var quotation = candidate.quotation
            let long = candidate.words >= 6 || candidate.sentenceLike
            if quotation.speaker == nil && long { quotation.speaker = candidate.introduced }
            if quotation.speaker == nil && !long {
                quotation.kind = .term
            }
            result.append(quotation)
        }
    }

    /// Code and rules never hold quotations; an empty array keeps them out of the scan.
    private static func scannable(_ block: Block) -> [Unicode.Scalar] {
        switch block.kind {
        case .code, .rule: return []
        default: return scalars(of: block.text, count: block.scalarCount)
        }
    }

    /// Decodes the UTF-8 of a native string directly, which is several times faster than
    /// iterating its `unicodeScalars` view.
    private static func scalars(of text: String, count: Int) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
                var i = 0
                var k = 0
                let n = bytes.count
                // `count` bounds the writes even if a block's text no longer matches its scalar count.
                while i < n && k < count {
                    // Runs of ASCII, most of any text, are copied eight bytes at a time.
                    if i + 8 <= n && k + 8 <= count,
                        UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
                    {
                        for m in 0..<8 { buffer[k + m] = Unicode.Scalar(bytes[i + m]) }
                        i += 8
                        k += 8
                        continue
                    }
                    let byte = bytes[i]
                    if byte < 0x80 {
                        buffer[k] = Unicode.Scalar(byte)
                        i += 1
                        k += 1
                        continue
                    }
                    let b0 = UInt32(byte)
                    let value: UInt32
                    if b0 < 0xE0 {
                        value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                        i += 2
                    } else if b0 < 0xF0 {
                        value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                        i += 3
                    } else {
                        value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                            | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
                        i += 4
                    }
                    // A Swift string always holds valid UTF-8, so every value is a scalar.
                    buffer[k] = unsafeBitCast(value, to: Unicode.Scalar.self)
                    k += 1
                }
                initialized = k
            }
        }
    }

    private static func endsWithTerminal(_ content: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let last = content.last else { return false }
        return last == "." || last == "!" || last == "?" || last == "…" || last == "。" || last == "！" || last == "？"
    }

    /// Words separated by spaces; CJK text, which has none, counts two characters as a word.
    private static func wordCount(_ content: ArraySlice<Unicode.Scalar>) -> Int {
        var words = 0
        var ideographs = 0
        var inWord = false
        for scalar in content {
            if scalar.value >= 0x3000 && scalar.value < 0xA000 { ideographs += 1 }
            if scalar.isSpaceLike {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return max(words, ideographs / 2)
    }

    /// A capitalised sentence of three words or more ending in . ! or ?.
    private static func isSentence(_ content: ArraySlice<Unicode.Scalar>, words: Int) -> Bool {
        guard let first = content.first, first.isUppercaseLetter, endsWithTerminal(content) else { return false }
        return words >= 3
    }

    private static let minorTitleWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "on", "in", "to", "for", "with", "at", "by", "from",
        "as", "vs", "via", "de", "la", "le", "du", "der", "die", "das", "und",
    ]

    /// The minor words' lowercase ASCII packed one byte each into a number, compared without
    /// building a string: the short words of every quotation are looked up.
    private static let packedMinorTitleWords: [UInt32] = minorTitleWords.map { word in
        word.utf8.reversed().reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// `minorTitleWords.contains(word lowercased)`.
    private static func isMinorTitleWord(_ word: ArraySlice<Unicode.Scalar>) -> Bool {
        // No minor word is longer than four scalars, and lowercasing never removes any.
        guard word.count <= 4 else { return false }
        var packed: UInt32 = 0
        for (offset, scalar) in word.enumerated() {
            let v = scalar.value
            guard v < 0x80, v > 0 else { return minorTitleWords.contains(ContextTokens.string(word, lowercased: true)) }
            packed |= (v >= 0x41 && v <= 0x5A ? v + 0x20 : v) << (8 * UInt32(offset))
        }
        return packedMinorTitleWords.contains(packed)
    }

    /// "Iran and the United States: An Insider’s View on the Failed Past": every word but the
    /// small function words is capitalised, and there are at least two capitalised words.
    private static func isTitleCase(_ content: ArraySlice<Unicode.Scalar>) -> Bool {
        var capitalised = 0
        var i = content.startIndex
        let end = content.endIndex
        while i < end {
            if content[i].isSpaceLike {
                i += 1
                continue
            }
            var wordEnd = i + 1
            while wordEnd < end && !content[wordEnd].isSpaceLike { wordEnd += 1 }
            if let first = content[i..<wordEnd].first(where: \.isWordCharacter) {
                if first.isUppercaseLetter || first.isDigit {
                    capitalised += 1
                } else if !isMinorTitleWord(content[i..<wordEnd]) {
                    return false
                }
            }
            i = wordEnd
        }
        return capitalised >= 2
    }
}
