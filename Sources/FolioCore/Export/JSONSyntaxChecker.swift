/// Finds the first RFC 8259 syntax error in JSON bytes and says where it is, because
/// Foundation's decoder reports a broken file without a usable position; and finds where a
/// value named by a JSON path starts, so an invalid value gets a line and column too.
struct JSONSyntaxChecker {
    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    struct Failure: Error {
        var offset: Int
        var reason: String
    }

    private let bytes: [UInt8]
    private var index = 0
    private var target: [PathComponent] = []
    private var stack: [PathComponent] = []
    /// Offset of the deepest value on the way to `target` seen so far, and its depth.
    private var found: (depth: Int, offset: Int)?
    private static let maximumDepth = 512

    /// nil when the bytes are one well-formed JSON value (a leading UTF-8 BOM is allowed).
    static func firstError(in bytes: [UInt8]) -> Failure? {
        if let offset = invalidUTF8Offset(bytes) {
            return Failure(offset: offset, reason: "invalid UTF-8")
        }
        var checker = JSONSyntaxChecker(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { checker.index = 3 }
        do throws(Failure) {
            checker.skipWhitespace()
            try checker.value(depth: 0)
            checker.skipWhitespace()
            if checker.index < bytes.count {
                throw Failure(offset: checker.index, reason: "unexpected text after the end of the JSON value")
            }
            return nil
        } catch {
            return error
        }
    }

    /// The offset where the value at `path` starts, or, when it is missing, where the nearest
    /// enclosing value starts. nil when the bytes are not well-formed JSON.
    static func offset(of path: [PathComponent], in bytes: [UInt8]) -> Int? {
        var checker = JSONSyntaxChecker(bytes: bytes)
        checker.target = path
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { checker.index = 3 }
        checker.skipWhitespace()
        do throws(Failure) {
            try checker.value(depth: 0)
        } catch {
            return nil
        }
        return checker.found?.offset
    }

    /// Splits a path such as `first.items[3].target` into its keys and indices.
    static func components(of path: String) -> [PathComponent] {
        var components: [PathComponent] = []
        var key = ""
        var rest = Substring(path)
        func flushKey() {
            if !key.isEmpty { components.append(.key(key)) }
            key = ""
        }
        while let character = rest.first {
            rest = rest.dropFirst()
            if character == "." {
                flushKey()
            } else if character == "[", let close = rest.firstIndex(of: "]"), let number = Int(rest[..<close]) {
                flushKey()
                components.append(.index(number))
                rest = rest[rest.index(after: close)...]
            } else {
                key.append(character)
            }
        }
        flushKey()
        return components
    }

    /// 1-based line and column (the column counts Unicode scalars) of a byte offset.
    static func lineAndColumn(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        let end = min(offset, bytes.count)
        var line = 1
        var lineStart = 0
        for position in 0..<end where bytes[position] == UInt8(ascii: "\n") {
            line += 1
            lineStart = position + 1
        }
        let column = bytes[lineStart..<end].filter { $0 & 0xC0 != 0x80 }.count + 1
        return (line, column)
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    private var current: UInt8? { index < bytes.count ? bytes[index] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
            index += 1
        }
    }

    private func fail(_ reason: String) -> Failure {
        Failure(offset: index, reason: current == nil ? "unexpected end of input; " + reason : reason)
    }

    private mutating func noteValueStart() {
        guard !target.isEmpty, stack.count <= target.count, Array(target.prefix(stack.count)) == stack,
              stack.count >= (found?.depth ?? 0)
        else { return }
        if found == nil || stack.count > found!.depth { found = (stack.count, index) }
    }

    private mutating func value(depth: Int) throws(Failure) {
        noteValueStart()
        guard depth < JSONSyntaxChecker.maximumDepth else { throw fail("nested too deeply") }
        switch current {
        case UInt8(ascii: "{"): try object(depth: depth)
        case UInt8(ascii: "["): try array(depth: depth)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case let byte? where byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte):
            try number()
        default: throw fail("expected a value")
        }
    }

    private mutating func object(depth: Int) throws(Failure) {
        index += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") { index += 1; return }
        while true {
            guard current == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let keyStart = index + 1
            try string()
            let key = String(decoding: bytes[keyStart..<(index - 1)], as: UTF8.self)
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw fail("expected ':' after the key") }
            index += 1
            skipWhitespace()
            stack.append(.key(key))
            try value(depth: depth + 1)
            stack.removeLast()
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
            } else if current == UInt8(ascii: "}") {
                index += 1
                return
            } else {
                throw fail("expected ',' or '}' in object")
            }
        }
    }

    private mutating func array(depth: Int) throws(Failure) {
        index += 1
        skipWhitespace()
        if current == UInt8(ascii: "]") { index += 1; return }
        var element = 0
        while true {
            stack.append(.index(element))
            try value(depth: depth + 1)
            stack.removeLast()
            element += 1
            skipWhitespace()
            if current == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
            } else if current == UInt8(ascii: "]") {
                index += 1
                return
            } else {
                throw fail("expected ',' or ']' in array")
            }
        }
    }

    private mutating func string() throws(Failure) {
        index += 1
        while let byte = current {
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return
            case UInt8(ascii: "\\"):
                index += 1
                guard let escaped = current else { break }
                if escaped == UInt8(ascii: "u") {
                    for _ in 0..<4 {
                        index += 1
                        guard let hex = current, hex.isHexDigit else { throw fail("expected four hex digits after \\u") }
                    }
                } else if !Array("\"\\/bfnrt".utf8).contains(escaped) {
                    throw fail("invalid escape in string")
                }
                index += 1
            case 0x00..<0x20:
                throw fail("control character in string (escape it)")
            default:
                index += 1
            }
        }
        throw fail("unterminated string")
    }

    private mutating func number() throws(Failure) {
        if current == UInt8(ascii: "-") { index += 1 }
        if current == UInt8(ascii: "0") {
            index += 1
        } else {
            guard digits() > 0 else { throw fail("expected a digit") }
        }
        if current == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw fail("expected a digit after '.'") }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            index += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw fail("expected a digit in the exponent") }
        }
    }

    private mutating func digits() -> Int {
        let start = index
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
        return index - start
    }

    private mutating func literal(_ word: String) throws(Failure) {
        for expected in word.utf8 {
            guard current == expected else { throw fail("expected '\(word)'") }
            index += 1
        }
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self)
            || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(self)
            || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(self)
    }
}
