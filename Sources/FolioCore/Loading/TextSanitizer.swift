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
    ///
    /// Scans UTF-8 bytes rather than scalars or characters: every character it replaces has a
    /// fixed byte pattern, and clean text (nearly all of it) is returned without being copied.
    public static func sanitize(_ text: String, keepNewlines: Bool = true) -> Result {
        var scanned = text
        let replaced = scanned.withUTF8 { bytes in
            firstReplacement(in: bytes, keepNewlines: keepNewlines).map { replacing(bytes, from: $0, keepNewlines: keepNewlines) }
        }
        return replaced ?? Result(text: text, placeholders: [], replacedCount: 0, growth: [])
    }

    /// Byte length of a character that needs a stand-in at `index`, or 0.
    @inline(__always)
    static func replacementLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, keepNewlines: Bool) -> Int {
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x0A && keepNewlines ? 0 : 1 }
        if byte == 0x7F { return 1 }
        if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return 2 }
        if byte == 0xE2, index + 2 < bytes.count {
            let (second, third) = (bytes[index + 1], bytes[index + 2])
            if second == 0x80, (0xAA...0xAE).contains(third) { return 3 }
            if second == 0x81, (0xA6...0xA9).contains(third) { return 3 }
        }
        return 0
    }

    static func firstReplacement(in bytes: UnsafeBufferPointer<UInt8>, keepNewlines: Bool) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            // Eight bytes are skipped at once when none of them can start a replacement.
            var end = index + 1
            if index + 8 <= count {
                if !mayStartReplacement(TextScan.word(bytes, at: index)) {
                    index += 8
                    continue
                }
                end = index + 8
            }
            while index < end {
                let byte = bytes[index]
                if (byte < 0x20 || byte == 0x7F || byte == 0xC2 || byte == 0xE2),
                   replacementLength(bytes, at: index, keepNewlines: keepNewlines) > 0 {
                    return index
                }
                index += 1
            }
        }
        return nil
    }

    /// Whether any byte of `word` is below 0x20, 0x7F, 0xC2 or 0xE2 (the lead bytes of the C1 and
    /// bidi controls), with the exact SWAR tests for a zero or smaller byte.
    @inline(__always)
    static func mayStartReplacement(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        let below = (word &- ones &* 0x20) & ~word & highs != 0
        return below || hasZero(word ^ (ones &* 0x7F)) || hasZero(word ^ (ones &* 0xC2)) || hasZero(word ^ (ones &* 0xE2))
    }

    private static func replacing(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int, keepNewlines: Bool) -> Result {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8 + 16)
        var placeholders: [Range<Int>] = []
        var growth: [(offset: Int, total: Int)] = []
        var grown = 0
        var replaced = 0
        var scalarsIn = 0
        var scalarsOut = 0
        var sequenceEnd = -1
        var sequenceStart = 0
        var index = 0

        @inline(__always) func isScalarStart(_ byte: UInt8) -> Bool { byte & 0xC0 != 0x80 }

        // Everything before the first replacement is copied as is.
        output.append(contentsOf: bytes[0..<first])
        for byte in bytes[0..<first] where isScalarStart(byte) { scalarsIn += 1 }
        scalarsOut = scalarsIn
        index = first

        while index < bytes.count {
            let byte = bytes[index]
            let length = replacementLength(bytes, at: index, keepNewlines: keepNewlines)
            if length == 0 {
                output.append(byte)
                if isScalarStart(byte) {
                    scalarsIn += 1
                    scalarsOut += 1
                    if sequenceEnd >= 0, scalarsIn > sequenceEnd {
                        placeholders.append(sequenceStart..<scalarsOut)
                        sequenceEnd = -1
                    }
                }
                index += 1
                continue
            }
            let scalar = decodeScalar(bytes, at: index, length: length)
            let stand = byte == 0x0A ? " " : standIn(for: scalar) ?? " "
            let start = scalarsOut
            let added = stand.unicodeScalars.count
            output.append(contentsOf: stand.utf8)
            scalarsOut += added
            if byte != 0x0A { replaced += 1 }
            if added != 1 {
                grown += added - 1
                growth.append((scalarsIn, grown))
            }
            if byte == 0x1B, sequenceEnd < 0 {
                let sequence = escapeSequenceLength(bytes, after: index)
                if sequence > 0 {
                    sequenceStart = start
                    sequenceEnd = scalarsIn + sequence
                } else {
                    placeholders.append(start..<scalarsOut)
                }
            } else if sequenceEnd < 0, byte != 0x0A {
                placeholders.append(start..<scalarsOut)
            }
            scalarsIn += 1
            if sequenceEnd >= 0, scalarsIn > sequenceEnd {
                placeholders.append(sequenceStart..<scalarsOut)
                sequenceEnd = -1
            }
            index += length
        }
        if sequenceEnd >= 0 { placeholders.append(sequenceStart..<scalarsOut) }
        return Result(text: String(decoding: output, as: UTF8.self), placeholders: placeholders, replacedCount: replaced, growth: growth)
    }

    static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        switch length {
        case 2: return Unicode.Scalar(UInt32(bytes[index] & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))!
        case 3:
            return Unicode.Scalar(
                UInt32(bytes[index] & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            )!
        default: return Unicode.Scalar(bytes[index])
        }
    }

    /// Sanitizes a block, moving its runs and adding a `.placeholder` run over each stand-in.
    static func sanitize(_ block: Block) -> (block: Block, replaced: Int) {
        let keepNewlines = block.kind == .code
        var text = block.text
        guard text.withUTF8({ firstReplacement(in: $0, keepNewlines: keepNewlines) }) != nil else { return (block, 0) }
        let result = sanitize(block.text, keepNewlines: keepNewlines)
        var runs = block.runs.map { run in
            InlineRun(range: result.mapOffset(run.range.lowerBound)..<result.mapOffset(run.range.upperBound), style: run.style)
        }
        runs += result.placeholders.map { InlineRun(range: $0, style: .placeholder) }
        return (Block(kind: block.kind, text: result.text, runs: runs), result.replacedCount)
    }

    /// The visible form of a control, C1 or bidi scalar, or nil when it can be shown as is.
    static func standIn(for scalar: Unicode.Scalar) -> String? {
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
    /// string up to and including BEL, or one following character), so the whole sequence is dimmed.
    static func escapeSequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, after escape: Int) -> Int {
        var index = escape + 1
        guard index < bytes.count else { return 0 }
        let introducer = bytes[index]
        var length = 1
        index += 1
        switch introducer {
        case 0x5B:  // CSI: parameters 0x30–0x3F, intermediates 0x20–0x2F, final 0x40–0x7E
            while index < bytes.count, length < maxSequenceLength {
                let byte = bytes[index]
                length += 1
                if (0x40...0x7E).contains(byte) { return length }
                guard (0x20...0x3F).contains(byte) else { return length - 1 }
                index += 1
            }
            return length
        case 0x5D, 0x50, 0x5F, 0x5E:  // OSC, DCS, APC, PM: a string ended by BEL or ST
            while index < bytes.count, length < maxSequenceLength {
                let byte = bytes[index]
                if byte == 0x07 { return length + 1 }
                if byte == 0x1B || byte == 0x0A || byte == 0xC2 || byte == 0xE2 { return length }
                if byte & 0xC0 != 0x80 { length += 1 }
                index += 1
            }
            return length
        case 0x20...0x7E:
            return 1
        default:
            return 0
        }
    }
}
