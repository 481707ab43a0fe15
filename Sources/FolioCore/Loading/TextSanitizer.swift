/// Makes text safe to hand to a terminal: every control character, escape sequence and bidi
/// override from a file becomes a visible stand-in, so an article can neither recolour the screen,
/// write the clipboard (OSC 52) nor reorder what the reader sees.
///
/// Works on Unicode scalars with a fast path for clean text, because it runs over whole libraries.
public enum TextSanitizer {
    /// Sanitized text plus where the stand-ins are, so views can dim them and callers can move
    /// offsets computed on the original text.
    public struct Result: Sendable {
        public var text: String
        /// Scalar ranges in `text` covering each stand-in (an escape sequence is one range).
        public var placeholders: [Range<Int>]
        /// How many control characters were replaced.
        public var replacedCount: Int
        /// (original scalar offset, scalars added up to and including it), in order.
        var growth: [(offset: Int, total: Int)]

        /// Where an offset in the original text lands in the sanitized text.
        public func mapOffset(_ offset: Int) -> Int {
            var low = 0
            var high = growth.count
            while low < high {
                let mid = (low + high) / 2
                if growth[mid].offset < offset { low = mid + 1 } else { high = mid }
            }
            return offset + (low == 0 ? 0 : growth[low - 1].total)
        }
    }

    /// Longest escape sequence whose parameters are dimmed with the ESC stand-in.
    static let maxSequenceLength = 256

    /// Sanitizes `text`; `keepNewlines: false` turns line feeds into spaces (for one-line fields).
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> Result {
        let scalars = text.unicodeScalars
        guard scalars.contains(where: { needsReplacement($0, keepNewlines: keepNewlines) }) else {
            return Result(text: text, placeholders: [], replacedCount: 0, growth: [])
        }
        var output = String.UnicodeScalarView()
        output.reserveCapacity(scalars.count + 64)
        var placeholders: [Range<Int>] = []
        var growth: [(offset: Int, total: Int)] = []
        var grown = 0
        var replaced = 0
        var outCount = 0
        var inOffset = 0
        var sequenceEnd = -1
        var sequenceStart = 0

        func emit(_ string: String, original: Int) {
            let added = string.unicodeScalars.count
            output.append(contentsOf: string.unicodeScalars)
            outCount += added
            if added != 1 {
                grown += added - 1
                growth.append((original, grown))
            }
        }

        var index = scalars.startIndex
        while index != scalars.endIndex {
            let scalar = scalars[index]
            let value = scalar.value
            if value == 0x0A {
                if keepNewlines {
                    output.append(scalar); outCount += 1
                } else {
                    output.append(" "); outCount += 1
                }
            } else if value == 0x1B {
                replaced += 1
                let start = outCount
                emit("\u{241B}", original: inOffset)
                let length = escapeSequenceLength(scalars, after: index)
                if length > 0 {
                    sequenceStart = start
                    sequenceEnd = inOffset + length
                } else {
                    placeholders.append(start..<outCount)
                }
            } else if let stand = standIn(for: scalar, keepNewlines: keepNewlines) {
                replaced += 1
                let start = outCount
                emit(stand, original: inOffset)
                if sequenceEnd < 0 { placeholders.append(start..<outCount) }
            } else {
                output.append(scalar); outCount += 1
            }
            if sequenceEnd >= 0, inOffset >= sequenceEnd {
                placeholders.append(sequenceStart..<outCount)
                sequenceEnd = -1
            }
            inOffset += 1
            index = scalars.index(after: index)
        }
        if sequenceEnd >= 0 { placeholders.append(sequenceStart..<outCount) }
        return Result(text: String(output), placeholders: placeholders, replacedCount: replaced, growth: growth)
    }

    /// Sanitizes a block, moving its runs and adding a `.placeholder` run over each stand-in.
    static func sanitize(_ block: Block) -> (block: Block, replaced: Int) {
        let keepNewlines = block.kind == .code
        let result = sanitize(block.text, keepNewlines: keepNewlines)
        guard result.text != block.text else { return (block, 0) }
        var runs = block.runs.map { run in
            InlineRun(range: result.mapOffset(run.range.lowerBound)..<result.mapOffset(run.range.upperBound), style: run.style)
        }
        runs += result.placeholders.map { InlineRun(range: $0, style: .placeholder) }
        return (Block(kind: block.kind, text: result.text, runs: runs), result.replacedCount)
    }

    static func needsReplacement(_ scalar: Unicode.Scalar, keepNewlines: Bool) -> Bool {
        let value = scalar.value
        if value < 0x20 { return !(value == 0x0A && keepNewlines) }
        if value < 0x7F { return false }
        return value <= 0x9F || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The visible form of one scalar, or nil when it can be shown as is.
    static func standIn(for scalar: Unicode.Scalar, keepNewlines: Bool) -> String? {
        let value = scalar.value
        switch value {
        case 0x00..<0x20:
            return String(Unicode.Scalar(0x2400 + value)!)
        case 0x7F:
            return "\u{2421}"
        case 0x80...0x9F:
            return "⟨U+00\(String(value, radix: 16, uppercase: true))⟩"
        case 0x202A: return "⟨LRE⟩"
        case 0x202B: return "⟨RLE⟩"
        case 0x202C: return "⟨PDF⟩"
        case 0x202D: return "⟨LRO⟩"
        case 0x202E: return "⟨RLO⟩"
        case 0x2066: return "⟨LRI⟩"
        case 0x2067: return "⟨RLI⟩"
        case 0x2068: return "⟨FSI⟩"
        case 0x2069: return "⟨PDI⟩"
        default: return nil
        }
    }

    /// How many scalars after an ESC belong to its sequence (CSI parameters and final byte, an OSC
    /// string up to BEL or ESC \, or one following character), so the whole sequence can be dimmed.
    static func escapeSequenceLength(_ scalars: String.UnicodeScalarView, after escape: String.UnicodeScalarView.Index) -> Int {
        var index = scalars.index(after: escape)
        guard index != scalars.endIndex else { return 0 }
        let introducer = scalars[index].value
        var length = 1
        index = scalars.index(after: index)
        switch introducer {
        case 0x5B:  // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E
            while index != scalars.endIndex, length < maxSequenceLength {
                let value = scalars[index].value
                length += 1
                if (0x40...0x7E).contains(value) { return length }
                guard (0x20...0x3F).contains(value) else { return length - 1 }
                index = scalars.index(after: index)
            }
            return length
        case 0x5D, 0x50, 0x5F, 0x5E:  // OSC, DCS, APC, PM: a string ended by BEL or ST
            while index != scalars.endIndex, length < maxSequenceLength {
                let value = scalars[index].value
                if value == 0x07 { return length + 1 }
                if value == 0x1B || value == 0x0A { return length }
                length += 1
                index = scalars.index(after: index)
            }
            return length
        case 0x20...0x7E:
            return 1
        default:
            return 0
        }
    }
}
