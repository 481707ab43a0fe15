#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads web-copied plain text: finds the title, kicker, byline, summary and tags in the shapes
/// sites print them, and drops page furniture from the body (`raw` keeps everything).
///
/// Decisions worth knowing:
/// - A paragraph is a line, or hard-wrapped lines joined with spaces (a line of 40–80 scalars, or
///   of up to 100 not ending a sentence, continues into the next).
/// - "1." / "2)" lines are numbered items, "•", "-", "*", "·", "▪", "◦", "–" lines bullets; the
///   marker goes to `Block.Kind.listItem`, depth comes from indentation relative to the run.
/// - A no-break space is layout (a copy artefact) and becomes a space, unless it binds a number,
///   an abbreviation or French punctuation ("10 km", "p. 5", "« oui »"), where it is kept.
/// - A short capitalized line between paragraphs ("How to choose") is a level-2 heading.
/// - A caption under the title ("…, met with IRGC generals-- 30 Jun 18") stays as a paragraph:
///   it is the article's words, and guessing wrong would hide them.
/// - The source is set only when the text names it ("…do not necessarily reflect those of Radio
///   Farda…", "© 2024 Example News"); otherwise it stays nil.
public struct PlainTextArticleParser: Sendable {
    public init() {}

    enum Role: Equatable {
        case content, furniture, title, section, summaryLabel, summary, tags, byline
    }

    struct Unit {
        var text: String
        var marker: String?
        var indent: Int
        /// Length of the unit's last source line, to tell hard-wrapped prose from one-line paragraphs.
        var lastLineLength: Int
        var role: Role = .content
        /// `PageFurniture.isFurniture(text)`, kept up to date as lines are joined.
        var isFurniture = false
        var isList: Bool { marker != nil }
        /// Words, counted up to `wordCountLimit`: callers compare with a handful, and one unit can
        /// be a 50 MB line that splitting would copy.
        var wordCount: Int {
            var count = 0
            var inWord = false
            for byte in text.utf8 {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    count += 1
                    if count == PlainTextArticleParser.wordCountLimit { break }
                }
            }
            return count
        }
    }

    static let wordCountLimit = 64
    /// Paragraphs longer than this (in UTF-8 bytes) are never taken for a repeated bio or pull quote.
    static let maxRepeatedParagraphLength = 10_000

    static let summaryLabels: Set<String> = [
        "article summary", "summary", "in brief", "at a glance", "key points", "abstract", "tl;dr",
        "the gist", "résumé", "zusammenfassung", "resumen", "خلاصه", "ملخص",
    ]

    static func isSummaryLabel(_ text: String) -> Bool {
        PageFurniture.shortKey(text).map(summaryLabels.contains) ?? false
    }

    public func parse(_ text: String) -> ParsedArticle {
        var units = Self.units(from: text)
        var metadata = ArticleMetadata(title: "")
        Self.markFurniture(&units)
        let titleIndex = Self.markHeader(&units, into: &metadata)
        Self.markSummary(&units, after: titleIndex, into: &metadata)
        Self.markTags(&units, into: &metadata)
        Self.findAuthor(&units, into: &metadata)
        Self.markFurnitureNeighbours(&units, after: titleIndex ?? -1)
        Self.dropRepeatedParagraphs(&units)
        metadata.source = Self.source(in: units)
        return ParsedArticle(metadata: metadata, body: Self.blocks(from: units))
    }

    // MARK: Lines to units

    static func units(from text: String) -> [Unit] {
        var units: [Unit] = []
        var previousBlank = true
        for line in lines(of: text) {
            let (clean, indent) = normalize(line)
            if clean.isEmpty {
                previousBlank = true
                continue
            }
            let (marker, body) = listMarker(in: clean)
            let lineIsFurniture = PageFurniture.isFurniture(clean)
            if !previousBlank, marker == nil, !lineIsFurniture, var last = units.popLast() {
                if continues(last, with: clean, indent: indent) {
                    // A unit is only continued when it is not furniture.
                    let joinedAt = last.text.utf8.count
                    let longEnough = !TextScan.hasAtMostScalars(last.text, PageFurniture.longestKey)
                    last.text += " " + clean
                    last.lastLineLength = TextScan.scalarCount(clean)
                    last.isFurniture = longEnough
                        ? PageFurniture.isFurniture(extending: last.text, turnedAwayPrefix: joinedAt)
                        : PageFurniture.isFurniture(last.text)
                    units.append(last)
                    previousBlank = false
                    continue
                }
                units.append(last)
            }
            var unit = Unit(text: body, marker: marker, indent: indent, lastLineLength: TextScan.scalarCount(clean))
            unit.isFurniture = marker == nil ? lineIsFurniture : PageFurniture.isFurniture(body)
            units.append(unit)
            previousBlank = false
        }
        return units
    }

    /// The lines of `text`, split on line-feed bytes (a line feed is always a character of its own,
    /// so this equals splitting on characters, without segmenting the whole text into graphemes).
    static func lines(of text: String) -> [Substring] {
        var native = text
        let lineFeeds: [Int] = native.withUTF8 { bytes in
            var offsets: [Int] = []
            guard let base = bytes.baseAddress else { return offsets }
            var start = 0
            while start < bytes.count, let hit = memchr(base + start, 0x0A, bytes.count - start) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                offsets.append(offset)
                start = offset + 1
            }
            return offsets
        }
        let utf8 = native.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(lineFeeds.count + 1)
        var start = utf8.startIndex
        for offset in lineFeeds {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(native[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(native[start...])
        return lines
    }

    /// Whether a line that is not furniture continues the previous unit: hard-wrapped prose, or
    /// an indented list item line.
    static func continues(_ previous: Unit, with line: String, indent: Int) -> Bool {
        if previous.isFurniture { return false }
        if previous.isList { return indent > previous.indent }
        let length = previous.lastLineLength
        return length >= 40 && length <= 100 && !(lastCharacter(of: previous.text).map(endsLikeASentence) ?? false)
            || length >= 40 && length <= 80
    }

    static func endsLikeASentence(_ character: Character) -> Bool {
        switch character {
        case ".", "!", "?", ":", "”", "\"": true
        default: false
        }
    }

    /// `text.last`, read from the last bytes when they are ASCII: an ASCII scalar after another
    /// is always a character of its own, except LF after CR.
    static func lastCharacter(of text: String) -> Character? {
        var text = text
        let ascii: UInt8? = text.withUTF8 { bytes in
            let count = bytes.count
            guard count > 0, bytes[count - 1] < 0x80, count == 1 || bytes[count - 2] < 0x80,
                  !(bytes[count - 1] == 0x0A && count > 1 && bytes[count - 2] == 0x0D) else { return nil }
            return bytes[count - 1]
        }
        return ascii.map { Character(Unicode.Scalar($0)) } ?? text.last
    }

    /// Trims, treats layout no-break spaces as spaces, and collapses runs of spaces.
    static func normalize(_ line: Substring) -> (text: String, indent: Int) {
        if isNormal(line.utf8) { return (String(line), 0) }
        let scalars = Array(line.unicodeScalars)
        func isSpace(_ index: Int) -> Bool {
            index >= 0 && index < scalars.count && (scalars[index] == " " || scalars[index] == "\u{00A0}")
        }
        /// A no-break space that binds a number, a unit, an abbreviation or French punctuation.
        func isTypographic(_ index: Int) -> Bool {
            guard index > 0, index + 1 < scalars.count, !isSpace(index - 1), !isSpace(index + 1) else { return false }
            let bindingMarks = "«»‹›:;!?%€$£.".unicodeScalars
            return [scalars[index - 1], scalars[index + 1]].contains {
                $0.properties.numericType != nil || bindingMarks.contains($0)
            }
        }
        var indent = 0
        while isSpace(indent) { indent += 1 }
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for index in indent..<scalars.count {
            let scalar = scalars[index]
            let layoutSpace = scalar == " " || scalar == "\u{00A0}" && !isTypographic(index)
            if layoutSpace {
                pendingSpace = true
                continue
            }
            if pendingSpace { output.append(" ") }
            pendingSpace = false
            output.append(scalar)
        }
        return (String(output), indent)
    }

    /// True when `normalize` would return the line unchanged: no space at either end, no two
    /// spaces in a row, no no-break space (the common case, checked on bytes).
    static func isNormal(_ bytes: Substring.UTF8View) -> Bool {
        bytes.withContiguousStorageIfAvailable(isNormal) ?? Array(bytes).withUnsafeBufferPointer(isNormal)
    }

    static func isNormal(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.first != 0x20, bytes.last != 0x20 else { return false }
        var index = 0
        // Eight bytes at a time, stepping seven so a pair across two loads is seen whole.
        while index + 8 <= bytes.count {
            let word = TextScan.word(bytes, at: index)
            let spaces = TextScan.bytesEqual(word, 0x20)
            // A pair sets a byte's flag and the next one's, which the shift lines up.
            if spaces & (spaces >> 8) != 0 || TextScan.bytesEqual(word, 0xC2) & (TextScan.bytesEqual(word, 0xA0) >> 8) != 0 {
                return false
            }
            index += 7
        }
        var previous: UInt8 = index > 0 ? bytes[index - 1] : 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 && previous == 0x20 || byte == 0xA0 && previous == 0xC2 { return false }
            previous = byte
            index += 1
        }
        return true
    }

    /// The list marker a line starts with ("1.", "•") and the text after it: one to three digits
    /// and "." or ")", or a bullet, then spaces and the item's text. Read by hand rather than with a
    /// regex because it runs on every line.
    static func listMarker(in line: String) -> (marker: String?, body: String) {
        guard let lead = line.utf8.first, mayStartMarker(lead) else { return (nil, line) }
        // Lines opening with a quotation mark or another non-ASCII scalar that is neither a bullet
        // nor a digit are turned away before any `Character` is formed.
        if lead >= 0x80, let first = line.unicodeScalars.first, !bulletScalars.contains(first.value),
           (0x2000...0x206F).contains(first.value) || first.properties.numericType != .decimal {
            return (nil, line)
        }
        var index = line.startIndex
        guard index < line.endIndex else { return (nil, line) }
        func isDigit(_ character: Character) -> Bool {
            character.unicodeScalars.first?.properties.numericType == .decimal
        }
        if isDigit(line[index]) {
            var digits = 0
            while index < line.endIndex, digits < 3, isDigit(line[index]) {
                digits += 1
                index = line.index(after: index)
            }
            guard index < line.endIndex, line[index] == "." || line[index] == ")" else { return (nil, line) }
        } else {
            guard bulletMarkers.contains(line[index]) else { return (nil, line) }
        }
        index = line.index(after: index)
        let markerEnd = index
        guard index < line.endIndex, line[index].isWhitespace else { return (nil, line) }
        while index < line.endIndex, line[index].isWhitespace { index = line.index(after: index) }
        guard index < line.endIndex else { return (nil, line) }
        return (String(line[..<markerEnd]), String(line[index...]))
    }

    static let bulletMarkers: Set<Character> = ["•", "-", "*", "·", "▪", "◦", "‣", "–"]
    static let bulletScalars: Set<UInt32> = Set(bulletMarkers.map { $0.unicodeScalars.first!.value })

    /// Whether a line's first byte can start a marker: an ASCII digit, "-", "*", or the lead byte of
    /// a non-ASCII scalar (other decimal digits and the bullets); most lines start with a letter.
    static func mayStartMarker(_ lead: UInt8) -> Bool {
        lead >= 0x80 || lead >= 0x30 && lead <= 0x39 || lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*")
    }

    // MARK: Furniture

    /// Marks furniture lines, and the list that follows a paywall line (its sales pitch).
    static func markFurniture(_ units: inout [Unit]) {
        var inPaywallList = false
        for index in units.indices {
            if inPaywallList, units[index].isList {
                units[index].role = .furniture
                continue
            }
            inPaywallList = false
            if units[index].isFurniture {
                units[index].role = .furniture
                inPaywallList = PageFurniture.isPaywall(units[index].text)
            }
        }
    }

    /// Short label-like lines next to furniture are furniture too ("Listen", "Most read", a
    /// site's own button names), so a table of phrases need not know every site. List items are
    /// left alone: a short list before a share bar is content.
    static func markFurnitureNeighbours(_ units: inout [Unit], after start: Int) {
        func isShortLabel(_ unit: Unit) -> Bool {
            unit.role == .content && !unit.isList && TextScan.hasAtMostScalars(unit.text, 30)
                && unit.wordCount <= 3
                && !unit.text.contains(where: { ".!?;,”\"".contains($0) })
        }
        var changed = true
        var passes = 0
        while changed, passes < 4 {
            changed = false
            passes += 1
            for index in units.indices where index > start && isShortLabel(units[index]) {
                let before = index > 0 && units[index - 1].role == .furniture
                let after = index + 1 < units.count && units[index + 1].role == .furniture
                if before || after {
                    units[index].role = .furniture
                    changed = true
                }
            }
        }
    }

    /// Drops a paragraph whose words are mostly those of an earlier one with the same opening
    /// (a repeated author bio, a pull quote printed twice); the first stays.
    ///
    /// Paragraphs are grouped by their first three words, so each is compared only with earlier
    /// ones opening the same way, and at most `comparedPerOpening` of those (the first ones): a
    /// text whose every paragraph opens alike would otherwise be compared pair by pair.
    static func dropRepeatedParagraphs(_ units: inout [Unit]) {
        // Units by opening; a unit's word set is built only once another unit opens the same way.
        var seen: [ParagraphWords.Opening: [Int]] = [:]
        var sets: [Int: Set<UInt64>] = [:]
        func words(_ index: Int) -> Set<UInt64> {
            if let set = sets[index] { return set }
            let set = ParagraphWords.set(of: units[index].text)
            sets[index] = set
            return set
        }
        for index in units.indices where units[index].role == .content && !units[index].isList
            && units[index].text.utf8.count <= maxRepeatedParagraphLength {
            let (opening, count) = ParagraphWords.opening(of: units[index].text, countingUpTo: 8)
            guard count >= 8 else { continue }
            let earlier = seen[opening, default: []]
            if !earlier.isEmpty {
                let set = words(index)
                if earlier.contains(where: { earlierIndex in
                    let other = words(earlierIndex)
                    return Double(ParagraphWords.overlap(other, set)) >= 0.8 * Double(min(other.count, set.count))
                }) {
                    units[index].role = .furniture
                    continue
                }
            }
            if earlier.count < comparedPerOpening { seen[opening, default: []].append(index) }
        }
    }

    static let comparedPerOpening = 32

    // MARK: Header, summary, tags

    /// Headlines longer than this are taken for prose.
    static let maxTitleLength = 150

    /// Title-like: one short line of prose that does not end like a sentence.
    static func isTitleLike(_ unit: Unit) -> Bool {
        unit.role == .content && !unit.isList && TextScan.hasAtMostScalars(unit.text, maxTitleLength)
            && unit.text.last != "." && !unit.text.hasSuffix(":")
            && !isSummaryLabel(unit.text)
    }

    /// Finds the kicker and title among the first lines that are not furniture.
    static func markHeader(_ units: inout [Unit], into metadata: inout ArticleMetadata) -> Int? {
        let content = units.indices.filter { units[$0].role == .content }
        guard let first = content.first, isTitleLike(units[first]) else { return nil }
        if content.count > 1, units[first].wordCount <= 4, units[first].text.unicodeScalars.count <= 40,
           isTitleLike(units[content[1]]), units[content[1]].wordCount > units[first].wordCount {
            units[first].role = .section
            metadata.section = units[first].text
            units[content[1]].role = .title
            metadata.title = units[content[1]].text
            return content[1]
        }
        units[first].role = .title
        metadata.title = units[first].text
        return first
    }

    /// The paragraph after an "Article Summary" label is the summary.
    static func markSummary(_ units: inout [Unit], after titleIndex: Int?, into metadata: inout ArticleMetadata) {
        let start = (titleIndex ?? -1) + 1
        guard start < units.count,
              let label = units[start...].firstIndex(where: {
                  $0.role == .content && isSummaryLabel($0.text)
              }),
              let summary = units[(label + 1)...].firstIndex(where: { $0.role == .content && !$0.isList })
        else { return }
        units[label].role = .summaryLabel
        units[summary].role = .summary
        metadata.summary = units[summary].text
    }

    static func markTags(_ units: inout [Unit], into metadata: inout ArticleMetadata) {
        for index in units.indices where units[index].role == .content || units[index].role == .furniture {
            guard let tags = TagLine.tags(in: units[index].text) else { continue }
            units[index].role = .tags
            metadata.tags += tags
        }
    }

    // MARK: Author and source

    /// Tries, in order: a "By X" byline, "…, writes X." in the summary or opening, a name line
    /// followed by that person's bio, and a closing bio ("X is a political analyst…").
    static func findAuthor(_ units: inout [Unit], into metadata: inout ArticleMetadata) {
        for index in units.indices where units[index].role == .content && startsWithBy(units[index].text)
            && TextScan.hasAtMostScalars(units[index].text, 80) {
            if let name = AuthorCredit.byline(units[index].text), PersonName.matches(name) || PersonName.isList(name) {
                units[index].role = .byline
                metadata.author = String(name)
                return
            }
        }
        var opening = 0
        for index in units.indices where units[index].role == .summary || units[index].role == .content {
            guard opening < 3 else { break }
            opening += 1
            if mayCreditWriter(units[index].text), let name = AuthorCredit.writerCredit(units[index].text),
               PersonName.matches(name) {
                metadata.author = String(name)
                return
            }
        }
        let tailStart = units.count - max(4, units.count * 2 / 5)
        for index in units.indices where index >= tailStart && units[index].role == .content {
            guard mayStartWithBio(units[index].text), let name = AuthorCredit.closingBioName(units[index].text),
                  PersonName.matches(name) else { continue }
            metadata.author = String(name)
            if index > 0, units[index - 1].text == name { units[index - 1].role = .byline }
            return
        }
    }

    /// `text.lowercased().hasPrefix("by ")`, without lowercasing the line.
    static func startsWithBy(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        guard let b = bytes.next(), b | 0x20 == UInt8(ascii: "b"), let y = bytes.next(), y | 0x20 == UInt8(ascii: "y") else {
            return false
        }
        return bytes.next() == 0x20
    }

    static let creditVerbs = AuthorCredit.creditVerbs.map { Array($0.utf8) }

    /// Whether the text has a verb the "…, writes X." pattern needs.
    static func mayCreditWriter(_ text: String) -> Bool {
        creditVerbs.contains { TextScan.contains(text, $0) }
    }

    /// Whether " is a", " was the"… comes early enough for the closing-bio pattern to match.
    static func mayStartWithBio(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(70 * 4))
            return bioVerbs.contains { TextScan.contains(head, $0) }
        }
    }

    static let bioVerbs = AuthorCredit.bioVerbs.map { Array($0.utf8) }

    /// The publication, when the text itself names it.
    static func source(in units: [Unit]) -> String? {
        for unit in units.reversed() {
            if let name = SourceCredit.reflected(in: unit.text) { return String(name) }
            if let holder = SourceCredit.copyrightHolder(in: unit.text) { return String(holder) }
        }
        return nil
    }

    // MARK: Blocks

    /// A crosshead between paragraphs: a short capitalized line with no sentence or quotation
    /// punctuation, followed by a real paragraph. Lines in uncased scripts stay paragraphs.
    static func isSubheading(_ unit: Unit, before next: Unit?) -> Bool {
        guard let next, !next.isList, TextScan.hasAtMostScalars(unit.text, 60),
              (2...8).contains(unit.wordCount), unit.text.unicodeScalars.first?.properties.isUppercase == true,
              next.wordCount >= 15 else { return false }
        return !unit.text.contains { ".!?,;:\"“”‘«»「」()".contains($0) }
    }

    static func blocks(from units: [Unit]) -> [Block] {
        var blocks: [Block] = []
        var listBase: Int?
        let content = units.filter { $0.role == .content }
        for (index, unit) in content.enumerated() {
            if let marker = unit.marker {
                let base = listBase ?? unit.indent
                listBase = base
                let depth = min(max(0, (unit.indent - base) / 2), 6)
                blocks.append(Block(kind: .listItem(marker: marker, depth: depth), text: unit.text))
            } else {
                listBase = nil
                let next = index + 1 < content.count ? content[index + 1] : nil
                let kind: Block.Kind = index > 0 && isSubheading(unit, before: next) ? .heading(level: 2) : .paragraph
                blocks.append(Block(kind: kind, text: unit.text))
            }
        }
        return blocks
    }
}

extension Substring {
    /// Without leading and trailing white space characters; moves indices rather than building
    /// reversed copies.
    func trimmingSpaces() -> String {
        var start = startIndex
        var end = endIndex
        while start < end, self[start].isWhitespace { start = index(after: start) }
        while end > start {
            let before = index(before: end)
            guard self[before].isWhitespace else { break }
            end = before
        }
        return String(self[start..<end])
    }
}
