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
        /// As written; empty for a quotation. Text is built from it only where a pattern needs it,
        /// which keeps tokenizing every block cheap.
        var scalars: ArraySlice<Unicode.Scalar>
        /// A full stop, question or exclamation mark that ends a sentence, or a quotation whose
        /// words end one and are followed by a new sentence.
        var endsSentence: Bool

        var text: String { ContextTokens.string(scalars) }
        var lower: String { ContextTokens.string(scalars, lowercased: true) }
        var isWord: Bool { kind == .word }

        /// Capitalised with some lowercase (not an acronym such as "US"), or a single capital.
        var isCapitalized: Bool {
            guard isWord, let first = scalars.first, first.isUppercaseLetter else { return false }
            return scalars.count == 1 || scalars.contains(where: \.isLowercaseLetter)
        }

        /// Ends in ’s or s’: "Rouhani’s", "the United States’".
        var isPossessive: Bool {
            guard scalars.count >= 2, let last = scalars.last else { return false }
            let before = scalars[scalars.endIndex - 2]
            let apostrophe: (Unicode.Scalar) -> Bool = { $0 == "’" || $0 == "'" }
            return (last == "s" && apostrophe(before)) || (apostrophe(last) && before == "s")
        }

        var quotationIndex: Int? {
            if case .quotation(let index) = kind { return index }
            return nil
        }

        func isPunctuation(_ marks: String) -> Bool {
            kind == .punctuation && marks.unicodeScalars.contains(scalars[scalars.startIndex])
        }
    }

    private(set) var tokens: [Token] = []
    /// Token index of each quotation.
    private(set) var quotationTokens: [Int] = []

    /// - Parameter namesOnly: keep only capitalised words and the token on each side of them:
    ///   enough to track the people a block names, for blocks without quotations, which are
    ///   most of an article and need no attribution.
    init(_ s: [Unicode.Scalar], quotes: [QuoteScanner.Match], namesOnly: Bool = false) {
        var pending: Token?
        var afterCapitalized = false
        func keep(_ token: Token) {
            guard namesOnly else {
                tokens.append(token)
                return
            }
            if token.isCapitalized {
                if let previous = pending { tokens.append(previous) }
                tokens.append(token)
                pending = nil
                afterCapitalized = true
            } else if afterCapitalized {
                tokens.append(token)
                afterCapitalized = false
            } else {
                pending = token
            }
        }
        var i = 0
        var q = 0
        let n = s.count
        while i < n {
            if q < quotes.count && i == quotes[q].openMark {
                quotationTokens.append(tokens.count)
                var next = quotes[q].closeEnd
                while next < n && s[next].isSpaceLike { next += 1 }
                let last = quotes[q].contentEnd - 1
                let terminal = last >= 0 && (s[last] == "." || s[last] == "!" || s[last] == "?")
                let newSentence = next < n && (s[next].isUppercaseLetter || QuoteFamily.opened(by: s[next]) != nil)
                tokens.append(Token(kind: .quotation(q), scalars: s[i..<i], endsSentence: terminal && newSentence))
                i = quotes[q].closeEnd
                q += 1
                continue
            }
            let c = s[i]
            if c.isSpaceLike {
                i += 1
                continue
            }
            if c.isWordCharacter {
                let end = wordEnd(from: i, in: s, nextQuote: q < quotes.count ? quotes[q].openMark : n)
                keep(Token(kind: .word, scalars: s[i..<end], endsSentence: false))
                i = end
                continue
            }
            keep(Token(kind: .punctuation, scalars: s[i..<i + 1], endsSentence: !namesOnly && endsSentence(at: i, in: s)))
            i += 1
        }
    }

    /// Words keep inner apostrophes, hyphens and dots (Iran’s, al-Sadr, U.S) and a trailing
    /// possessive apostrophe (the United States’).
    private func wordEnd(from start: Int, in s: [Unicode.Scalar], nextQuote: Int) -> Int {
        var j = start + 1
        let n = s.count
        while j < n && j != nextQuote {
            let c = s[j]
            if c.isWordCharacter {
                j += 1
            } else if Self.joinsWords(c) && j + 1 < n && j + 1 != nextQuote && s[j + 1].isWordCharacter {
                j += 2
            } else if (c == "’" || c == "'") && s[j - 1] == "s" && (j + 1 == n || s[j + 1].isSpaceLike) {
                j += 1
                break
            } else {
                break
            }
        }
        return j
    }

    /// Apostrophes, hyphens and dots that stay inside a word when a letter follows them.
    private static func joinsWords(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2019, 0x27, 0x2D, 0x2E, 0x2010: true
        default: false
        }
    }

    private func endsSentence(at i: Int, in s: [Unicode.Scalar]) -> Bool {
        guard s[i] == "." || s[i] == "!" || s[i] == "?" else { return false }
        if i + 1 < s.count && !s[i + 1].isSpaceLike && QuoteFamily.opened(by: s[i + 1]) == nil { return false }
        guard s[i] == ".", let previous = tokens.last, previous.isWord else { return true }
        if previous.scalars.count == 1 && previous.scalars[previous.scalars.startIndex].isUppercaseLetter { return false }
        if previous.scalars.contains(".") { return false }
        return previous.scalars.count > 5 || !NameWords.abbreviations.contains(previous.lower)
    }

    /// Encodes straight to UTF-8: words are short, so they become small strings without a heap
    /// allocation, and this runs for every capitalised word of every article.
    static func string(_ scalars: ArraySlice<Unicode.Scalar>, lowercased: Bool = false) -> String {
        var ascii = true
        let text = String(unsafeUninitializedCapacity: scalars.count * 4) { buffer in
            var i = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    buffer[i] = UInt8(lowercased && v >= 0x41 && v <= 0x5A ? v + 0x20 : v)
                    i += 1
                    continue
                }
                ascii = false
                for byte in UTF8.encode(scalar)! {
                    buffer[i] = byte
                    i += 1
                }
            }
            return i
        }
        return lowercased && !ascii ? text.lowercased() : text
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
