/// Front matter made only of one-line `key: value` fields, each value a plain scalar or a flow
/// list of plain scalars ("tags: [flood, council]"), read on UTF-8 bytes without a YAML parser.
///
/// Composing even a three-line block with Yams costs more than parsing the rest of a typical
/// article, and nearly every saved article's front matter is this simple. Anything outside the
/// subset (quotes, comments, blank or indented lines, block lists, anchors, characters YAML
/// treats specially) returns nil and goes to Yams, so the result is always what Yams would read.
enum SimpleFrontMatter {
    /// The fields in order, or nil when the text is not in the subset.
    static func fields(_ yaml: String) -> [(key: String, value: FrontMatter.Value)]? {
        var yaml = yaml
        return yaml.withUTF8 { bytes -> [(key: String, value: FrontMatter.Value)]? in
            guard !bytes.isEmpty else { return nil }
            var fields: [(key: String, value: FrontMatter.Value)] = []
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                guard let field = field(UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])),
                    !fields.contains(where: { $0.key == field.key })
                else { return nil }
                fields.append(field)
                lineStart = lineEnd + 1
            }
            return fields
        }
    }

    /// One `key: value` line.
    private static func field(_ line: UnsafeBufferPointer<UInt8>) -> (key: String, value: FrontMatter.Value)? {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0, isKey(line[..<colon]) else { return nil }
        var valueStart = colon + 1
        guard valueStart < line.count, line[valueStart] == 0x20 else { return nil }
        while valueStart < line.count && line[valueStart] == 0x20 { valueStart += 1 }
        let value = UnsafeBufferPointer(rebasing: line[valueStart...])
        guard !value.isEmpty, allPrintable(value) else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<colon]), as: UTF8.self)
        if value.first == UInt8(ascii: "["), value.last == UInt8(ascii: "]") {
            var items: [String] = []
            for item in UnsafeBufferPointer(rebasing: value.dropFirst().dropLast()).split(
                separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
            {
                var start = item.startIndex
                var end = item.endIndex
                while start < end && item[start] == 0x20 { start += 1 }
                while end > start && item[end - 1] == 0x20 { end -= 1 }
                let trimmed = UnsafeBufferPointer(rebasing: item[start..<end])
                guard isPlain(trimmed, inList: true) else { return nil }
                items.append(String(decoding: trimmed, as: UTF8.self))
            }
            return (key, .list(items))
        }
        guard isPlain(value, inList: false) else { return nil }
        return (key, .scalar(String(decoding: value, as: UTF8.self)))
    }

    /// ASCII letters, then letters, digits, "_" and "-".
    private static func isKey(_ key: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = key.first, isLetter(first) else { return false }
        return key.allSatisfy { isLetter($0) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    /// A plain scalar YAML reads as exactly these bytes: no indicator first, no space last, no
    /// ": " or " #" inside, and no brackets or braces at all (a list item has no comma or colon either).
    private static func isPlain(_ text: UnsafeBufferPointer<UInt8>, inList: Bool) -> Bool {
        guard let first = text.first, !indicators.contains(first), text.last != 0x20 else { return false }
        var previous: UInt8 = 0
        for byte in text {
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): return false
            case UInt8(ascii: ",") where inList, UInt8(ascii: ":") where inList: return false
            case UInt8(ascii: "#") where previous == 0x20: return false
            case 0x20 where previous == UInt8(ascii: ":"): return false
            default: break
            }
            previous = byte
        }
        return previous != UInt8(ascii: ":")
    }

    /// Characters that give a plain scalar's first character a YAML meaning.
    private static let indicators: Set<UInt8> = Set("-?:,[]{}#&*!|>'\"%@`~ ".utf8)

    /// No control characters, and none of the scalars YAML reads as line breaks (U+0085, U+2028,
    /// U+2029), rejects (C1 controls, U+FFFE, U+FFFF) or a byte order mark.
    private static func allPrintable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x7F { return false }
            if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] < 0xA0 { return false }
            if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                return false
            }
            if byte == 0xEF, index + 2 < bytes.count,
                (bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF) || (bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE)
            {
                return false
            }
            index += 1
        }
        return true
    }
}
