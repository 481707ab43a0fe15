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
        /// As written; empty for a quotation.
        var text: String
        var lower: String
        /// A full stop, question or exclamation mark that ends a sentence, or a quotation whose
        /// words end one and are followed by a new sentence.
        var endsSentence: Bool

        var isWord: Bool { kind == .word }
        var isCapitalized: Bool { isWord && NameWords.looksLikeNameWord(text) }
        var quotationIndex: Int? {
            if case .quotation(let index) = kind { return index }
            return nil
        }

        func isPunctuation(_ marks: String) -> Bool {
            kind == .punctuation && marks.contains(text)
        }
    }

    private(set) var tokens: [Token] = []
    /// Token index of each quotation.
    private(set) var quotationTokens: [Int] = []

    init(_ s: [Unicode.Scalar], quotes: [QuoteScanner.Match]) {
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
                tokens.append(Token(kind: .quotation(q), text: "", lower: "", endsSentence: terminal && newSentence))
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
                let text = Self.string(s[i..<end])
                tokens.append(Token(kind: .word, text: text, lower: text.lowercased(), endsSentence: false))
                i = end
                continue
            }
            let text = String(Character(c))
            tokens.append(Token(kind: .punctuation, text: text, lower: text, endsSentence: endsSentence(at: i, in: s)))
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
            } else if "’'-.‐".unicodeScalars.contains(c) && j + 1 < n && j + 1 != nextQuote && s[j + 1].isWordCharacter {
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

    private func endsSentence(at i: Int, in s: [Unicode.Scalar]) -> Bool {
        guard s[i] == "." || s[i] == "!" || s[i] == "?" else { return false }
        if i + 1 < s.count && !s[i + 1].isSpaceLike && QuoteFamily.opened(by: s[i + 1]) == nil { return false }
        guard s[i] == ".", let previous = tokens.last, previous.isWord else { return true }
        let word = previous.lower
        if NameWords.abbreviations.contains(word) || word.contains(".") { return false }
        return !(previous.text.unicodeScalars.count == 1 && previous.text.unicodeScalars.first!.isUppercaseLetter)
    }

    static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
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
