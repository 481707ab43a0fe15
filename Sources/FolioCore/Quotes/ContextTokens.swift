/// A block's words and punctuation outside its quotations, each quotation standing in as a single
/// token, so attribution patterns can read "Jane Doe said , [quotation]" without the quoted words
/// getting in the way.
struct ContextTokens {
    struct Token {
        enum Kind: Equatable {
            case word
            case punctuation
            /// Index of the quotation in the block's scanner matches.
            case quotation(Int)
        }

        var kind: Kind
        /// Scalar offsets in the block, empty for a quotation. Plain offsets rather than a slice of
        /// the block's scalars keep tokens free of reference counting.
        var start: Int
        var end: Int
        /// The first scalar, which is all a punctuation token is.
        var first: Unicode.Scalar
        /// The word lists the lowercased word is in; empty for punctuation and quotations.
        var classes: WordClass
        /// A full stop, question or exclamation mark that ends a sentence, or a quotation whose
        /// words end one and are followed by a new sentence.
        var endsSentence: Bool
        /// Capitalised with some lowercase (not an acronym such as "US"), or a single capital.
        var isCapitalized: Bool
        /// Ends in ’s or s’: "Rouhani’s", "the United States’".
        var isPossessive: Bool

        var isWord: Bool { kind == .word }
        var length: Int { end - start }

        var quotationIndex: Int? {
            if case .quotation(let index) = kind { return index }
            return nil
        }

        func isPunctuation(_ marks: String) -> Bool {
            kind == .punctuation && marks.unicodeScalars.contains(first)
        }
    }

    /// The block's scalars the tokens point into.
    let scalars: [Unicode.Scalar]
    private(set) var tokens: [Token] = []
    /// Token index of each quotation.
    private(set) var quotationTokens: [Int] = []

    /// - Parameter namesOnly: keep only capitalised words and the token on each side of them:
    ///   enough to track the people a block names, for blocks without quotations, which are
    ///   most of an article and need no attribution.
    init(_ scalars: [Unicode.Scalar], quotes: [QuoteScanner.Match], namesOnly: Bool = false) {
        self.scalars = scalars
        var tokens: [Token] = []
        var quotationTokens: [Int] = []
        tokens.reserveCapacity(namesOnly ? 16 : scalars.count / 4)
        let table = WordClass.table
        scalars.withUnsafeBufferPointer { s in
            // Names-only: the token before the next capitalised word, kept until needed.
            var pending: ScannedWord?
            var afterCapitalized = false
            var i = 0
            var q = 0
            let n = s.count
            while i < n {
                if q < quotes.count && i == quotes[q].openMark {
                    quotationTokens.append(tokens.count)
                    tokens.append(Self.quotationToken(q, quotes[q], in: s))
                    i = quotes[q].closeEnd
                    q += 1
                    continue
                }
                let c = s[i]
                if c.isSpaceLike {
                    i += 1
                    continue
                }
                let word: ScannedWord
                if c.isWordCharacter {
                    // The next quotation's mark always lies after the word's first scalar.
                    word = Self.scanWord(from: i, in: s, limit: q < quotes.count ? min(n, quotes[q].openMark) : n)
                } else {
                    let ends = !namesOnly && Self.endsSentence(at: i, in: s, after: tokens.last)
                    word = ScannedWord(
                        token: Token(
                            kind: .punctuation, start: i, end: i + 1, first: c, classes: [], endsSentence: ends,
                            isCapitalized: false, isPossessive: false),
                        hash: 0, isASCII: true)
                }
                i = word.token.end
                guard namesOnly else {
                    tokens.append(word.classified(in: s, table))
                    continue
                }
                if word.token.isCapitalized {
                    if let previous = pending { tokens.append(previous.classified(in: s, table)) }
                    tokens.append(word.classified(in: s, table))
                    pending = nil
                    afterCapitalized = true
                } else if afterCapitalized {
                    tokens.append(word.classified(in: s, table))
                    afterCapitalized = false
                } else {
                    pending = word
                }
            }
        }
        self.tokens = tokens
        self.quotationTokens = quotationTokens
    }

    /// The token standing for quotation `index`; it ends a sentence when its words do and a new
    /// sentence (or quotation) follows.
    private static func quotationToken(
        _ index: Int, _ quote: QuoteScanner.Match, in s: UnsafeBufferPointer<Unicode.Scalar>
    ) -> Token {
        let n = s.count
        var next = quote.closeEnd
        while next < n && s[next].isSpaceLike { next += 1 }
        let last = quote.contentEnd - 1
        let terminal = last >= 0 && (s[last] == "." || s[last] == "!" || s[last] == "?")
        let newSentence = next < n && (s[next].isUppercaseLetter || QuoteFamily.opened(by: s[next]) != nil)
        return Token(
            kind: .quotation(index), start: quote.openMark, end: quote.openMark, first: s[quote.openMark], classes: [],
            endsSentence: terminal && newSentence, isCapitalized: false, isPossessive: false)
    }

    /// A token as read, with what looking its word classes up takes: a names-only block looks up
    /// only the few words it keeps.
    private struct ScannedWord {
        var token: Token
        /// FNV-1a of the lowercased UTF-8, for an ASCII word.
        var hash: UInt64
        var isASCII: Bool

        @inline(__always)
        func classified(in s: UnsafeBufferPointer<Unicode.Scalar>, _ table: WordTable) -> Token {
            guard token.isWord else { return token }
            var token = token
            let word = UnsafeBufferPointer(rebasing: s[token.start..<token.end])
            token.classes = isASCII ? table.classes(ofASCII: word, hash: hash) : WordClass.of(word)
            return token
        }
    }

    /// The word starting at `start`, read in one pass over its scalars: where it ends, whether it
    /// is capitalised, and the hash of its lowercased UTF-8 that looks its word classes up.
    ///
    /// Words keep inner apostrophes, hyphens and dots (Iran’s, al-Sadr, U.S) and a trailing
    /// possessive apostrophe (the United States’).
    @inline(__always)
    private static func scanWord(from start: Int, in s: UnsafeBufferPointer<Unicode.Scalar>, limit: Int) -> ScannedWord {
        let n = s.count
        var hash = WordClass.seed
        var isASCII = true
        var hasLowercase = false
        @inline(__always) func take(_ c: Unicode.Scalar) {
            let v = c.value
            if v < 0x80 {
                hash = WordClass.hash(hash, UInt8(v >= 0x41 && v <= 0x5A ? v + 0x20 : v))
                if v >= 0x61 && v <= 0x7A { hasLowercase = true }
            } else {
                isASCII = false
                if !hasLowercase && c.isLowercaseLetter { hasLowercase = true }
            }
        }
        let first = s[start]
        take(first)
        // Only the scalars after the first decide whether a capital has lowercase company.
        hasLowercase = false
        var j = start + 1
        while j < limit {
            let c = s[j]
            if c.isWordCharacter {
                take(c)
                j += 1
            } else if joinsWords(c) && j + 1 < limit && s[j + 1].isWordCharacter {
                take(c)
                take(s[j + 1])
                j += 2
            } else if (c == "’" || c == "'") && s[j - 1] == "s" && (j + 1 == n || s[j + 1].isSpaceLike) {
                take(c)
                j += 1
                break
            } else {
                break
            }
        }
        let token = Token(
            kind: .word, start: start, end: j, first: first, classes: [], endsSentence: false,
            isCapitalized: first.isUppercaseLetter && (j - start == 1 || hasLowercase),
            isPossessive: isPossessive(UnsafeBufferPointer(rebasing: s[start..<j])))
        return ScannedWord(token: token, hash: hash, isASCII: isASCII)
    }

    private static func isPossessive(_ word: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let count = word.count
        guard count >= 2 else { return false }
        let last = word[count - 1]
        let before = word[count - 2]
        let apostrophe: (Unicode.Scalar) -> Bool = { $0 == "’" || $0 == "'" }
        return (last == "s" && apostrophe(before)) || (apostrophe(last) && before == "s")
    }

    /// The token lowercased; built only where a pattern needs the word itself, not its classes.
    func lower(_ index: Int) -> String {
        Self.string(scalars[tokens[index].start..<tokens[index].end], lowercased: true)
    }

    /// The token as written.
    func text(_ index: Int) -> String {
        Self.string(scalars[tokens[index].start..<tokens[index].end])
    }

    /// The tokens as written, for a name or description made of them.
    func texts(_ range: Range<Int>) -> [String] {
        range.map(text)
    }

    /// Apostrophes, hyphens and dots that stay inside a word when a letter follows them.
    private static func joinsWords(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2019, 0x27, 0x2D, 0x2E, 0x2010: true
        default: false
        }
    }

    private static func endsSentence(at i: Int, in s: UnsafeBufferPointer<Unicode.Scalar>, after previous: Token?) -> Bool {
        guard s[i] == "." || s[i] == "!" || s[i] == "?" else { return false }
        if i + 1 < s.count && !s[i + 1].isSpaceLike && QuoteFamily.opened(by: s[i + 1]) == nil { return false }
        guard s[i] == ".", let previous, previous.isWord else { return true }
        if previous.length == 1 && previous.first.isUppercaseLetter { return false }
        if s[previous.start..<previous.end].contains(".") { return false }
        return previous.length > 5 || !previous.classes.contains(.abbreviation)
    }

    /// Encodes straight to UTF-8: words are short, so they become small strings without a heap
    /// allocation, and this runs for every capitalised word of every article.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>, lowercased: Bool = false) -> String {
        scalars.withUnsafeBufferPointer { string($0, lowercased: lowercased) }
    }

    static func string(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, lowercased: Bool) -> String {
        // The exact capacity keeps words of up to 15 bytes in a small string.
        var capacity = 0
        // ASCII and Latin-1 capitals are lowercased while they are copied (their lowercase is 0x20
        // on, of the same width); a scalar beyond them that changes when lowercased (rare: most
        // non-ASCII letters in names are lowercase, "Bjørnstad") needs the full `lowercased()`,
        // which maps every scalar. Typographic punctuation (Iran’s) never changes.
        var plain = true
        for scalar in scalars {
            let v = scalar.value
            capacity += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x10000 ? 3 : 4
            if lowercased && plain && v >= 0x100 && !(v >= 0x2000 && v <= 0x206F) && scalar.properties.changesWhenLowercased {
                plain = false
            }
        }
        let text = String(unsafeUninitializedCapacity: capacity) { buffer in
            var i = 0
            for scalar in scalars {
                var v = scalar.value
                if lowercased && ((v >= 0x41 && v <= 0x5A) || (v >= 0xC0 && v <= 0xDE && v != 0xD7)) { v += 0x20 }
                if v < 0x80 {
                    buffer[i] = UInt8(v)
                    i += 1
                } else if v < 0x800 {
                    buffer[i] = UInt8(0xC0 | v >> 6)
                    buffer[i + 1] = UInt8(0x80 | v & 0x3F)
                    i += 2
                } else if v < 0x10000 {
                    buffer[i] = UInt8(0xE0 | v >> 12)
                    buffer[i + 1] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v & 0x3F)
                    i += 3
                } else {
                    buffer[i] = UInt8(0xF0 | v >> 18)
                    buffer[i + 1] = UInt8(0x80 | v >> 12 & 0x3F)
                    buffer[i + 2] = UInt8(0x80 | v >> 6 & 0x3F)
                    buffer[i + 3] = UInt8(0x80 | v & 0x3F)
                    i += 4
                }
            }
            return i
        }
        return lowercased && !plain ? text.lowercased() : text
    }

    /// The index of the first token of the sentence containing `index`, looking back at most a
    /// long sentence's worth of tokens so run-on text cannot make the search quadratic.
    func sentenceStart(before index: Int) -> Int {
        var k = index - 1
        let limit = max(0, index - 120)
        while k >= limit {
            if tokens[k].endsSentence { return k + 1 }
            k -= 1
        }
        return limit
    }
}
