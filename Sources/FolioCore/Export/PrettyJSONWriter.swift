/// Pretty-printed JSON written straight into UTF-8 bytes, byte for byte as Foundation's
/// `JSONEncoder` with `[.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]` writes it: two
/// spaces per level, `"key" : value`, empty containers as `[\n\n]` with the closing indent,
/// `"`, `\` and control characters escaped (`\b \f \n \r \t`, else `\u00xx`), nothing else
/// escaped, and a `Double` as its `description` without a trailing `.0`.
///
/// The exports used `JSONEncoder` on their Codable shapes; at 100,000 annotations its boxing of
/// every value and sorting of every object's keys took seconds. The writer does not sort: each
/// `JSONWritable` lists its keys in sorted (UTF-8 byte) order, and the export tests compare the
/// writer with `JSONEncoder` on the same values, so a key out of order fails them.
struct PrettyJSONWriter {
    private(set) var bytes: [UInt8] = []
    /// Two spaces per open container.
    private var indentation: [UInt8] = []
    /// Whether the innermost open container has no element yet.
    private var isFirst = true

    init(reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// The document as text with a final line break, as the exports end their files.
    static func document(_ value: some JSONWritable, reservingCapacity capacity: Int = 0) -> String {
        var output = PrettyJSONWriter(reservingCapacity: capacity)
        value.write(to: &output)
        output.bytes.append(UInt8(ascii: "\n"))
        return String(decoding: output.bytes, as: UTF8.self)
    }

    // MARK: Containers

    mutating func beginObject() { open(UInt8(ascii: "{")) }
    mutating func endObject() { close(UInt8(ascii: "}")) }
    mutating func beginArray() { open(UInt8(ascii: "[")) }
    mutating func endArray() { close(UInt8(ascii: "]")) }

    /// Starts a member of the open object; its value is written next. Keys are plain ASCII names.
    mutating func key(_ name: StaticString) {
        startElement()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        appendKeyEnd()
    }

    /// Starts a member whose key is run-time text (a dictionary's).
    mutating func key(_ name: String) {
        startElement()
        bytes.append(UInt8(ascii: "\""))
        appendContents(name)
        appendKeyEnd()
    }

    /// A member, left out when `value` is nil, as synthesized `Encodable` leaves out a nil optional.
    mutating func member(_ name: StaticString, _ value: (some JSONWritable)?) {
        guard let value else { return }
        key(name)
        value.write(to: &self)
    }

    /// Starts an element of the open array; its value is written next.
    mutating func element() {
        startElement()
    }

    // MARK: Scalars

    mutating func string(_ text: String) {
        appendString(text)
    }

    mutating func integer(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A finite number the way `JSONEncoder` writes one (`0.875`, `1`, `1e-07`).
    mutating func number(_ value: Double) {
        precondition(value.isFinite, "JSON has no NaN or infinity")
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        bytes.append(UInt8(ascii: "\n"))
        indentation.append(UInt8(ascii: " "))
        indentation.append(UInt8(ascii: " "))
        isFirst = true
    }

    private mutating func close(_ bracket: UInt8) {
        bytes.append(UInt8(ascii: "\n"))
        indentation.removeLast(2)
        bytes.append(contentsOf: indentation)
        bytes.append(bracket)
        isFirst = false
    }

    private mutating func startElement() {
        if !isFirst {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: "\n"))
        }
        isFirst = false
        bytes.append(contentsOf: indentation)
    }

    /// A key's closing quote and the ` : ` before its value.
    private mutating func appendKeyEnd() {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// The quoted, escaped string.
    private mutating func appendString(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        appendContents(text)
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escaped string without its quotes: runs that need no escape are copied whole.
    private mutating func appendContents(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                appendEscape(byte)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
    }

    private mutating func appendEscape(_ byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
        case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
        case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
        default:
            bytes.append(UInt8(ascii: "u"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(UInt8(ascii: "0"))
            bytes.append(Self.lowerHex[Int(byte >> 4)])
            bytes.append(Self.lowerHex[Int(byte & 0x0F)])
        }
    }

    private static let lowerHex = Array("0123456789abcdef".utf8)
}

/// A value `PrettyJSONWriter` can write: members in sorted key order, optionals left out when nil.
protocol JSONWritable {
    func write(to output: inout PrettyJSONWriter)
}

extension String: JSONWritable {
    func write(to output: inout PrettyJSONWriter) { output.string(self) }
}

extension Int: JSONWritable {
    func write(to output: inout PrettyJSONWriter) { output.integer(self) }
}

extension Double: JSONWritable {
    func write(to output: inout PrettyJSONWriter) { output.number(self) }
}

extension Array: JSONWritable where Element: JSONWritable {
    func write(to output: inout PrettyJSONWriter) {
        output.beginArray()
        for element in self {
            output.element()
            element.write(to: &output)
        }
        output.endArray()
    }
}
