#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells a binary file (an image, a PDF, a database) from text before anyone tries to read it.
enum BinaryContent {
    /// How much of the start of a file is inspected.
    static let sampleSize = 8192

    /// Why the bytes are not text, or nil when they look like text. NUL bytes never occur in text
    /// files; otherwise more than 30% of C0 control bytes (other than tab, line ends, form feed and
    /// ESC) in the sample means it is not prose.
    static func reason(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        return bytes.withUnsafeBufferPointer { buffer in
            if let base = buffer.baseAddress, let nul = memchr(base, 0, buffer.count) {
                return "looks binary, not text (a NUL byte at byte offset \(base.distance(to: nul.assumingMemoryBound(to: UInt8.self))))"
            }
            let sample = UnsafeBufferPointer(rebasing: buffer.prefix(sampleSize))
            guard !sample.isEmpty else { return nil }
            var controls = 0
            var index = 0
            // Eight bytes at a time are passed over when none is below 0x20, as in most text.
            while index < sample.count {
                if index + 8 <= sample.count {
                    let word = TextScan.word(sample, at: index)
                    if (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080 == 0 {
                        index += 8
                        continue
                    }
                }
                let byte = sample[index]
                if byte < 0x20 && !isTextControl(byte) { controls += 1 }
                index += 1
            }
            if controls * 10 > sample.count * 3 {
                return "looks binary, not text (\(controls * 100 / sample.count)% control bytes at its start)"
            }
            return nil
        }
    }

    /// Tab, line feed, form feed, carriage return and ESC, which text files do hold.
    @inline(__always)
    private static func isTextControl(_ byte: UInt8) -> Bool {
        byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D || byte == 0x1B
    }
}
