/// Tells a binary file (an image, a PDF, a database) from text before anyone tries to read it.
enum BinaryContent {
    /// How much of the start of a file is inspected.
    static let sampleSize = 8192

    /// Why the bytes are not text, or nil when they look like text. NUL bytes never occur in text
    /// files; otherwise more than 30% of C0 control bytes (other than tab, line ends, form feed and
    /// ESC) in the sample means it is not prose.
    static func reason(_ bytes: [UInt8]) -> String? {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }
        if let nul = bytes.firstIndex(of: 0) {
            return "looks binary, not text (a NUL byte at byte offset \(nul))"
        }
        let sample = bytes.prefix(sampleSize)
        guard !sample.isEmpty else { return nil }
        let controls = sample.reduce(0) { count, byte in
            count + (byte < 0x20 && ![0x09, 0x0A, 0x0C, 0x0D, 0x1B].contains(byte) ? 1 : 0)
        }
        if controls * 10 > sample.count * 3 {
            return "looks binary, not text (\(controls * 100 / sample.count)% control bytes at its start)"
        }
        return nil
    }
}
