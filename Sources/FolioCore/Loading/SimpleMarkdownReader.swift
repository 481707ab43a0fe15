/// Reads the Markdown most articles are written in straight into blocks, skipping Ink's HTML and
/// the HTML tokenizer, which together cost several times more than the rest of loading.
///
/// It knows ATX headings, paragraphs (hard-wrapped lines joined), one-level lists ("-", "*", "+",
/// "1." or "1)"), one-line block quotes, rules, and emphasis with single "*" or "_". Anything
/// else — links, images, code, HTML, entities, escapes, strong or struck text, nesting, lazy
/// continuation lines, white space other than spaces, a mark that could join the character before
/// it — makes it give up (nil), and the article goes through Ink as before.
///
/// Where it answers, it gives exactly the blocks Ink's HTML turned by `HTMLBlockBuilder` gives,
/// quirks included (Ink reads a lone "*" as emphasis, shows an unpaired last one as text, and
/// ends a paragraph at a line starting with "#" or "-"); `SimpleMarkdownReaderTests` compares the
/// two on generated documents, so which path an article took never shows.
enum SimpleMarkdownReader {
    static func blocks(from text: String) -> [Block]? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            return reader.read() ? reader.blocks : nil
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var blocks: [Block] = []
        /// Start of the line being read.
        var position = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The end (the line feed's index, or the text's end) of the line starting at `start`.
        func lineEnd(from start: Int) -> Int {
            var index = start
            while index < bytes.count && bytes[index] != 0x0A { index += 1 }
            return index
        }

        /// Reads every block; false as soon as something needs Ink.
        mutating func read() -> Bool {
            while position < bytes.count {
                let end = lineEnd(from: position)
                if end == position {
                    position += 1
                    continue
                }
                // Trailing spaces make Ink write a line break or end a paragraph early.
                guard bytes[end - 1] != 0x20 else { return false }
                let read: Bool
                switch bytes[position] {
                case UInt8(ascii: "#"): read = heading(end)
                case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): read = ruleOrBulletList(end)
                case UInt8(ascii: "0")...UInt8(ascii: "9"): read = numberedList(end)
                case UInt8(ascii: ">"): read = blockQuote(end)
                default: read = paragraph(end)
                }
                guard read else { return false }
            }
            return true
        }

        /// After a block's last line: the next line, or the end.
        mutating func finishLine(_ end: Int) {
            position = min(end + 1, bytes.count)
        }

        mutating func heading(_ end: Int) -> Bool {
            var index = position
            while index < end && bytes[index] == UInt8(ascii: "#") { index += 1 }
            let level = index - position
            // Ink strips "#"s that end a heading's HTML, whatever they were.
            guard level <= 6, index < end, bytes[index] == 0x20, bytes[end - 1] != UInt8(ascii: "#") else { return false }
            while bytes[index] == 0x20 { index += 1 }
            guard append(.heading(level: level), lines: [index..<end]) else { return false }
            finishLine(end)
            return true
        }

        mutating func ruleOrBulletList(_ end: Int) -> Bool {
            let marker = bytes[position]
            if position + 1 < end, bytes[position + 1] == marker {
                guard marker != UInt8(ascii: "+"), end - position >= 3,
                      bytes[position..<end].allSatisfy({ $0 == marker }) else { return false }
                blocks.append(Block(kind: .rule, text: ""))
                finishLine(end)
                return true
            }
            var lineEnd = end
            // Items until a blank line, the end, or an item with another marker (a new list).
            while true {
                guard let textStart = itemText(after: position + 1, end: lineEnd),
                      append(.listItem(marker: "•", depth: 0), lines: [textStart..<lineEnd]) else { return false }
                finishLine(lineEnd)
                guard position < bytes.count, bytes[position] != 0x0A else { return true }
                lineEnd = self.lineEnd(from: position)
                guard bytes[lineEnd - 1] != 0x20 else { return false }
                let next = bytes[position]
                let isItem = (next == UInt8(ascii: "-") || next == UInt8(ascii: "*") || next == UInt8(ascii: "+"))
                    && position + 1 < lineEnd && bytes[position + 1] == 0x20
                guard isItem else { return false }
                if next != marker { return true }
            }
        }

        /// Where an item's text starts after its marker: one space or more, then something.
        func itemText(after markerEnd: Int, end: Int) -> Int? {
            guard markerEnd < end, bytes[markerEnd] == 0x20 else { return nil }
            var index = markerEnd
            while index < end && bytes[index] == 0x20 { index += 1 }
            return index < end ? index : nil
        }

        /// "12." or "3)" at `start`: the number and the index of the delimiter, or nil.
        func number(at start: Int, end: Int) -> (value: Int, delimiter: Int)? {
            var index = start
            var value = 0
            while index < end, index - start < 9, (0x30...0x39).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index > start, index < end, bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")") else {
                return nil
            }
            return (value, index)
        }

        mutating func numberedList(_ end: Int) -> Bool {
            guard let (first, firstDelimiter) = number(at: position, end: end) else { return false }
            let delimiter = bytes[firstDelimiter]
            var next = first
            var lineEnd = end
            var itemStart = firstDelimiter + 1
            while true {
                guard let textStart = itemText(after: itemStart, end: lineEnd),
                      append(.listItem(marker: "\(next).", depth: 0), lines: [textStart..<lineEnd]) else { return false }
                next += 1
                finishLine(lineEnd)
                guard position < bytes.count, bytes[position] != 0x0A else { return true }
                lineEnd = self.lineEnd(from: position)
                guard bytes[lineEnd - 1] != 0x20 else { return false }
                let lead = bytes[position]
                if lead == UInt8(ascii: "-") || lead == UInt8(ascii: "*") || lead == UInt8(ascii: "+") {
                    // A bullet item ends the numbered list; a bullet line that is no item is a continuation.
                    return position + 1 < lineEnd && bytes[position + 1] == 0x20
                }
                guard let (_, itemDelimiter) = number(at: position, end: lineEnd) else { return false }
                if bytes[itemDelimiter] != delimiter { return true }
                itemStart = itemDelimiter + 1
            }
        }

        mutating func blockQuote(_ end: Int) -> Bool {
            guard let textStart = itemText(after: position + 1, end: end) else { return false }
            // A following line would join the quotation without a space (Ink's reading); leave that to Ink.
            guard end + 1 >= bytes.count || bytes[end + 1] == 0x0A else { return false }
            guard append(.blockQuote, lines: [textStart..<end]) else { return false }
            finishLine(end)
            return true
        }

        mutating func paragraph(_ end: Int) -> Bool {
            guard Self.mayStartParagraph(bytes, at: position) else { return false }
            var lines = [position..<end]
            var lineEnd = end
            // Ink joins lines until a blank one or one starting with "#" or "-" (which then starts a block).
            while lineEnd + 1 < bytes.count {
                let next = lineEnd + 1
                switch bytes[next] {
                case 0x0A, UInt8(ascii: "#"), UInt8(ascii: "-"):
                    break
                case 0x20, UInt8(ascii: "<"), UInt8(ascii: "`"):
                    return false
                default:
                    lineEnd = self.lineEnd(from: next)
                    guard bytes[lineEnd - 1] != 0x20 else { return false }
                    lines.append(next..<lineEnd)
                    continue
                }
                break
            }
            guard append(.paragraph, lines: lines) else { return false }
            finishLine(lineEnd)
            return true
        }

        /// Whether Ink reads a block starting here as a paragraph (not a list, table, image, link
        /// definition or HTML), and its first character is one this reader handles.
        static func mayStartParagraph(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
            let lead = bytes[index]
            if lead < 0x80 {
                switch lead {
                case UInt8(ascii: "!"), UInt8(ascii: "|"), UInt8(ascii: "["), UInt8(ascii: "<"), UInt8(ascii: "`"), 0x20:
                    return false
                default:
                    return true
                }
            }
            // A character that is a number (½, 三) starts a list attempt.
            return decode(bytes, at: index).scalar.properties.numericType == nil
        }

        /// Reads the lines as one run of formatted text into a block of `kind`; false when the text
        /// has something only Ink reads right.
        mutating func append(_ kind: Block.Kind, lines: [Range<Int>]) -> Bool {
            var markers = 0
            for line in lines {
                for index in line where bytes[index] == UInt8(ascii: "*") || bytes[index] == UInt8(ascii: "_") {
                    markers += 1
                }
            }
            // Ink pairs emphasis markers in order and shows an unpaired last one as written.
            let pairedMarkers = markers & ~1
            var output: [UInt8] = []
            output.reserveCapacity(lines.reduce(0) { $0 + $1.count })
            var count = 0
            var pendingSpace = false
            var runs: [InlineRun] = []
            var emphasisStart: Int?
            var seenMarkers = 0
            for (lineNumber, line) in lines.enumerated() {
                if lineNumber > 0 { pendingSpace = count > 0 }
                var index = line.lowerBound
                while index < line.upperBound {
                    let byte = bytes[index]
                    if byte >= 0x80 {
                        let (scalar, length) = Self.decode(bytes, at: index)
                        guard Self.isPlain(scalar, after: index > 0 ? bytes[index - 1] : 0x0A) else { return false }
                        if pendingSpace { output.append(0x20); count += 1; pendingSpace = false }
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + length]))
                        count += 1
                        index += length
                        continue
                    }
                    if Self.isPlainASCII(byte) {
                        // Copy the run of plain bytes at once, with the single spaces between its
                        // words: each would be written as the pending space before the next word.
                        var runEnd = index + 1
                        while runEnd < line.upperBound {
                            if Self.isPlainASCII(bytes[runEnd]) {
                                runEnd += 1
                            } else if bytes[runEnd] == 0x20, runEnd + 1 < line.upperBound, Self.isPlainASCII(bytes[runEnd + 1]) {
                                runEnd += 2
                            } else {
                                break
                            }
                        }
                        if pendingSpace { output.append(0x20); count += 1; pendingSpace = false }
                        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                        count += runEnd - index
                        index = runEnd
                        continue
                    }
                    switch byte {
                    case 0x20:
                        pendingSpace = count > 0
                        index += 1
                        continue
                    case UInt8(ascii: "*"), UInt8(ascii: "_"):
                        if index + 1 < line.upperBound, bytes[index + 1] == UInt8(ascii: "*") || bytes[index + 1] == UInt8(ascii: "_") {
                            return false
                        }
                        seenMarkers += 1
                        if seenMarkers <= pairedMarkers {
                            if let start = emphasisStart {
                                if count > start { runs.append(InlineRun(range: start..<count, style: .emphasis)) }
                                emphasisStart = nil
                            } else {
                                if pendingSpace { output.append(0x20); count += 1; pendingSpace = false }
                                emphasisStart = count
                            }
                            index += 1
                            continue
                        }
                    case UInt8(ascii: "~"):
                        if index + 1 < line.upperBound, bytes[index + 1] == UInt8(ascii: "~") { return false }
                    case UInt8(ascii: "\\"), UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: "`"), UInt8(ascii: "["), 0x7F:
                        return false
                    case 0..<0x20:
                        return false
                    default:
                        break
                    }
                    if pendingSpace { output.append(0x20); count += 1; pendingSpace = false }
                    output.append(byte)
                    count += 1
                    index += 1
                }
            }
            // A space written before an emphasis that stays empty ends the block; the builder trims it.
            while output.last == 0x20 {
                output.removeLast()
                count -= 1
            }
            if count > 0 {
                let clamped = runs.compactMap { run -> InlineRun? in
                    let range = run.range.clamped(to: 0..<count)
                    return range.isEmpty ? nil : InlineRun(range: range, style: run.style)
                }
                blocks.append(Block(kind: kind, text: String(decoding: output, as: UTF8.self), runs: clamped))
            }
            return true
        }

        /// Printable ASCII that is text wherever it stands: all of 0x21–0x7E but `* _ ~ \ & < [` and
        /// the backtick, as two 64-bit masks (bit n of the first is byte n, of the second byte 0x40 + n).
        @inline(__always)
        static func isPlainASCII(_ byte: UInt8) -> Bool {
            let low: UInt64 = 0xEFFF_FBBE_0000_0000
            let high: UInt64 = 0x3FFF_FFFE_67FF_FFFF
            return byte < 0x40 ? low & (1 << UInt64(byte)) != 0 : byte < 0x80 && high & (1 << UInt64(byte - 0x40)) != 0
        }

        /// Whether a non-ASCII scalar is read the same by Ink (character by character) as here
        /// (scalar by scalar): not white space or a control, and not a mark, joiner or prepended
        /// sign that would merge with an ASCII neighbour into one character Ink no longer
        /// recognises as a marker or a space.
        static func isPlain(_ scalar: Unicode.Scalar, after previous: UInt8) -> Bool {
            let value = scalar.value
            // Typographic punctuation, Latin letters and currency signs: no marks, spaces or formats.
            if value >= 0x2010 && value <= 0x2027 || value >= 0x2030 && value <= 0x205E || value >= 0x20A0 && value <= 0x20C0
                || value >= 0xA1 && value < 0x300 && value != 0xAD {
                return true
            }
            if value <= 0x9F || value == 0xA0 { return false }
            let category = scalar.properties.generalCategory
            switch category {
            case .format, .control, .spaceSeparator, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse,
                 .unassigned:
                return false
            default:
                break
            }
            if isPrepended(value) { return false }
            // A letter before the scalar makes one character with it either way.
            let previousIsLetter = (previous | 0x20) >= 0x61 && (previous | 0x20) <= 0x7A || previous >= 0x80
            if previousIsLetter { return true }
            switch category {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber, .letterNumber, .otherNumber,
                 .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                 .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .otherSymbol:
                return true
            case .otherLetter:
                // Thai and Lao SARA AM are letters that extend the character before them.
                return value != 0x0E33 && value != 0x0EB3
            default:
                return false
            }
        }

        /// Grapheme_Cluster_Break=Prepend letters and marks (the format ones are refused as formats).
        static func isPrepended(_ value: UInt32) -> Bool {
            switch value {
            case 0x0D4E, 0x111C2, 0x111C3, 0x1193F, 0x11941, 0x11A3A, 0x11A84...0x11A89, 0x11D46: true
            default: false
            }
        }

        /// The scalar starting at `index` of valid UTF-8 and its length in bytes.
        @inline(__always)
        static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
            let lead = UInt32(bytes[index])
            if lead < 0x80 { return (Unicode.Scalar(UInt8(lead)), 1) }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = lead & (0xFF >> (length + 1))
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
        }
    }
}
