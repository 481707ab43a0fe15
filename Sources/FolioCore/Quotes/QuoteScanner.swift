/// Pairs quotation marks inside one block in a single pass over its scalars.
///
/// Only the outermost quotation is reported: marks of other families opened inside it (‘nested’
/// quotes in a “double” one) are tracked on a stack so their closing marks do not end it early.
/// Single marks are trusted only in an opening position (after a space or bracket, before a
/// letter) and a closing position (before a non-letter), which is what keeps Iran’s, ’90s and
/// rock ’n’ roll from being read as quotes.
struct QuoteScanner: Sendable {
    /// One quotation as offsets into the block's scalars.
    struct Match: Sendable, Hashable {
        var family: QuoteFamily
        var openMark: Int
        /// Just past the closing mark, or the block's end when the quotation runs on.
        var closeEnd: Int
        /// The quoted words without marks or surrounding white space.
        var contentStart: Int
        var contentEnd: Int
        /// False when the quotation runs to the end of the block (news style, continued in the next one).
        var isClosed: Bool
    }

    /// How far a single-quoted quotation may run before its opening mark is taken for an
    /// apostrophe; bounds the rescans that rejecting an opening mark causes, keeping the scan linear.
    static let longestSingleQuotation = 2_000

    private static let elisions: Set<String> = ["n", "tis", "twas", "em", "cause", "til", "bout", "round", "nuff"]

    /// The family of an opening mark that begins a block, so a quotation left open at the end of
    /// the previous block can be recognised as continuing.
    static func openingFamily(atStartOf s: [Unicode.Scalar]) -> QuoteFamily? {
        guard let first = s.firstIndex(where: { !$0.isSpaceLike }) else { return nil }
        return QuoteFamily.opened(by: s[first])
    }

    /// - Parameter next: the family opening the following block; a single-quoted quotation left
    ///   open is kept only when the next block continues it.
    func scan(_ s: [Unicode.Scalar], nextBlockOpensWith next: QuoteFamily?) -> [Match] {
        var matches: [Match] = []
        var open: (family: QuoteFamily, mark: Int)?
        var inner: [QuoteFamily] = []
        var innerMarks: [Int] = []
        var rejected = Set<Int>()
        var weakClose: Int?
        var i = 0
        let n = s.count
        while true {
            // Most scalars are no mark at all: skip them in a tight loop, stopping where a single
            // quotation would run too long.
            let limit = open.map { $0.family.isSingle ? min(n, $0.mark + Self.longestSingleQuotation + 1) : n } ?? n
            i = s.withUnsafeBufferPointer { s in
                var i = i
                while i < limit && !QuoteFamily.isMark(s[i]) { i += 1 }
                return i
            }
            let singleTooLong = open.map { $0.family.isSingle && i - $0.mark > Self.longestSingleQuotation } ?? false
            if i >= n || singleTooLong {
                guard let outer = open else { break }
                if i >= n && (!outer.family.isSingle || outer.family == next) {
                    append(outer.family, mark: outer.mark, close: nil, in: s, to: &matches)
                    break
                }
                // An unclosed single mark was an apostrophe after all, unless a possessive-looking
                // mark was its real end: rescan from there. Single marks still open inside it have
                // no closing mark either, so the rescan skips them too.
                rejected.insert(outer.mark)
                for (family, mark) in zip(inner, innerMarks) where family.isSingle { rejected.insert(mark) }
                open = nil
                inner.removeAll()
                innerMarks.removeAll()
                if let weak = weakClose {
                    append(outer.family, mark: outer.mark, close: weak, in: s, to: &matches)
                    i = weak + 1
                } else {
                    i = outer.mark + 1
                }
                weakClose = nil
                continue
            }
            let c = s[i]
            guard QuoteFamily.isMark(c) else {
                i += 1
                continue
            }
            if let outer = open {
                let top = inner.last ?? outer.family
                if top.isSingle && top.isClosed(by: c) && isClosingPosition(i, in: s) {
                    if !inner.isEmpty {
                        inner.removeLast()
                        innerMarks.removeLast()
                    } else if isPossessive(i, in: s) {
                        weakClose = weakClose ?? i
                    } else {
                        append(outer.family, mark: outer.mark, close: i, in: s, to: &matches)
                        open = nil
                        weakClose = nil
                    }
                } else if c.value != 0x2019 && c.value != 0x27,
                    let depth = closedDepth(by: c, at: i, in: s, outer: outer.family, inner: inner)
                {
                    if depth == inner.count {
                        append(outer.family, mark: outer.mark, close: i, in: s, to: &matches)
                        open = nil
                        inner.removeAll()
                        innerMarks.removeAll()
                        weakClose = nil
                    } else {
                        inner.removeLast(depth + 1)
                        innerMarks.removeLast(depth + 1)
                    }
                } else if let family = QuoteFamily.opened(by: c), !rejected.contains(i), canOpen(family, at: i, in: s) {
                    inner.append(family)
                    innerMarks.append(i)
                }
            } else if let family = QuoteFamily.opened(by: c), !rejected.contains(i), canOpen(family, at: i, in: s) {
                open = (family, i)
            }
            i += 1
        }
        return matches
    }

    /// How many nested levels below the top the mark closes (inner.count means the outer one).
    private func closedDepth(
        by c: Unicode.Scalar, at i: Int, in s: [Unicode.Scalar], outer: QuoteFamily, inner: [QuoteFamily]
    ) -> Int? {
        for depth in 0...inner.count {
            let family = depth == inner.count ? outer : inner[inner.count - 1 - depth]
            guard family.isClosed(by: c) else { continue }
            if family == .straightDouble && !isClosingPosition(i, in: s) { return nil }
            return depth
        }
        return nil
    }

    private func canOpen(_ family: QuoteFamily, at i: Int, in s: [Unicode.Scalar]) -> Bool {
        guard i + 1 < s.count else { return false }
        guard family.needsOpeningPosition else { return true }
        if i > 0 && !s[i - 1].allowsFollowingOpeningMark { return false }
        let after = s[i + 1]
        if after.isSpaceLike { return false }
        guard family.isSingle else { return true }
        guard after.isWordCharacter && !after.isDigit else { return QuoteFamily.isMark(after) }
        return !Self.elisions.contains(word(from: i + 1, in: s))
    }

    private func isClosingPosition(_ i: Int, in s: [Unicode.Scalar]) -> Bool {
        guard i > 0, !s[i - 1].isSpaceLike else { return false }
        return i + 1 >= s.count || !s[i + 1].isWordCharacter
    }

    /// “the United States’ real aim”: an s, the mark, a space and a lowercase word that is not an
    /// attribution looks like a plural possessive rather than the end of a single-quoted quotation.
    private func isPossessive(_ i: Int, in s: [Unicode.Scalar]) -> Bool {
        guard i > 0, s[i - 1] == "s" || s[i - 1] == "S", i + 2 < s.count, s[i + 1] == " ",
            s[i + 2].isLowercaseLetter
        else { return false }
        let next = word(from: i + 2, in: s)
        return !SpeechVerbs.isVerb(next) && !NameWords.pronouns.contains(next)
    }

    private func word(from start: Int, in s: [Unicode.Scalar]) -> String {
        var end = start
        while end < s.count && s[end].isWordCharacter { end += 1 }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: s[start..<end])
        return String(text).lowercased()
    }

    private func append(
        _ family: QuoteFamily, mark: Int, close: Int?, in s: [Unicode.Scalar], to matches: inout [Match]
    ) {
        var start = mark + 1
        var end = close ?? s.count
        while start < end && s[start].isSpaceLike { start += 1 }
        while end > start && s[end - 1].isSpaceLike { end -= 1 }
        guard s[start..<end].contains(where: \.isWordCharacter) else { return }
        matches.append(
            Match(
                family: family, openMark: mark, closeEnd: close.map { $0 + 1 } ?? s.count,
                contentStart: start, contentEnd: end, isClosed: close != nil))
    }
}
