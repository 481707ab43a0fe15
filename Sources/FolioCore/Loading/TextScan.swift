#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Byte-level searches the parsers run on every line of a library, where `String.contains` and
/// regexes cost microseconds per call: UTF-8 substring search with `memchr`, scalar counts from
/// lead bytes.
enum TextScan {
    /// Whether the UTF-8 of `text` contains `needle` (an exact, case-sensitive byte match).
    static func contains(_ text: String, _ needle: [UInt8]) -> Bool {
        var text = text
        return text.withUTF8 { contains($0, needle) }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard haystack.count >= needle.count, let base = haystack.baseAddress else { return false }
        return needle.withUnsafeBufferPointer { pattern in
            let last = haystack.count - pattern.count
            var start = 0
            while start <= last {
                // memchr finds the candidate first byte; memcmp confirms the rest.
                guard let hit = memchr(base + start, Int32(first), last - start + 1) else { return false }
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, pattern.baseAddress!, pattern.count) == 0 { return true }
                start = offset + 1
            }
            return false
        }
    }

    /// `text.unicodeScalars.count`, counted as the UTF-8 bytes that start a scalar: the parsers
    /// need line and paragraph lengths in scalars, and the standard count decodes every scalar.
    static func scalarCount(_ text: String) -> Int {
        var text = text
        return text.withUTF8(scalarCount)
    }

    /// Scalars in valid UTF-8: the bytes that are not continuation bytes (10xxxxxx), counted
    /// eight at a time.
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var index = 0
        while index + 8 <= bytes.count {
            let word = Self.word(bytes, at: index)
            // A continuation byte has its top bit set and the one below it clear.
            count += 8 - (word & ~(word << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
            index += 8
        }
        while index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }

    /// The high bit of each byte of `word` that equals `byte`, exactly (no borrow between bytes),
    /// for scans that read eight bytes at a time.
    @inline(__always)
    static func bytesEqual(_ word: UInt64, _ byte: UInt8) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let difference = word ^ (0x0101_0101_0101_0101 &* UInt64(byte))
        return ~(((difference & low) &+ low) | difference) & 0x8080_8080_8080_8080
    }

    /// The eight bytes at `index` as one little-endian word.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self))
    }

    /// `text.unicodeScalars.count <= limit`, answered from the byte count when that is enough.
    static func hasAtMostScalars(_ text: String, _ limit: Int) -> Bool {
        let bytes = text.utf8.count
        if bytes <= limit { return true }
        if bytes > limit * 4 { return false }
        return scalarCount(text) <= limit
    }
}
