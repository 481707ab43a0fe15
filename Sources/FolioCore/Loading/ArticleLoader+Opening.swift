/// A large file's opening: its first part, parsed on its own, shown while the whole file is
/// read on another thread. Reading and cleaning a 10 MB article takes most of a second; its
/// first screen needs a few kilobytes, and `less` shows it at once.
extension ArticleLoader {
    /// Files larger than this open with their opening first (a whole file below it is read in
    /// a few milliseconds).
    public static let openingThreshold = 256 * 1024
    /// How much of a large file its opening covers: some fifteen screens of prose, parsed in
    /// about as many milliseconds as `less` takes to start.
    public static let openingBytes = 64 * 1024

    /// The first part of a file larger than `openingThreshold`, as an `.opening` article, or nil
    /// when the file should simply be read whole: it is small, cannot be read (`loadFile` then
    /// says why), is UTF-16 (its bytes cannot be cut at a line end) or binary, or is Markdown whose
    /// front matter does not close within the opening.
    ///
    /// The opening ends at the last paragraph break in its bytes, so no paragraph shows cut;
    /// without one, at the last line end, and without that at the last whole UTF-8 sequence.
    public func opening(at path: String, relativePath: String, byteCount: Int = ArticleLoader.openingBytes) -> Article? {
        guard case .success(let read) = FileReader.leadingBytes(at: path, count: byteCount + 1),
              read.fileSize > max(Self.openingThreshold, byteCount), BinaryContent.reason(read.bytes) == nil,
              !read.bytes.starts(with: [0xFF, 0xFE]), !read.bytes.starts(with: [0xFE, 0xFF]) else { return nil }
        let bytes = Self.openingCut(of: read.bytes.prefix(byteCount))
        let format = Self.format(of: path)
        if format == .markdown, Self.hasUnclosedFrontMatter(bytes) { return nil }
        var article = makeArticle(bytes: Array(bytes), file: path, relativePath: relativePath, format: format)
        article.fingerprint = ""
        article.content = .opening
        return article
    }

    /// `bytes` up to and including its last blank line (a line end followed by "\n" or "\r\n"),
    /// else its last line end, else its last complete UTF-8 sequence.
    static func openingCut(of bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let newline = UInt8(ascii: "\n")
        var lastLineEnd: Int?
        var index = bytes.endIndex - 1
        while index > bytes.startIndex {
            if bytes[index] == newline {
                if lastLineEnd == nil { lastLineEnd = index }
                var previous = index - 1
                if bytes[previous] == UInt8(ascii: "\r"), previous > bytes.startIndex { previous -= 1 }
                if bytes[previous] == newline { return bytes[...index] }
            }
            index -= 1
        }
        if let lastLineEnd { return bytes[...lastLineEnd] }
        var end = bytes.endIndex
        // Step back over continuation bytes to the last lead byte, and drop it if its sequence is cut.
        var lead = end - 1
        while lead > bytes.startIndex, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
        if lead >= bytes.startIndex, lead < end {
            let byte = bytes[lead]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            if lead + length > end { end = lead }
        }
        return bytes[..<end]
    }

    /// Whether Markdown bytes start with a front matter fence that is not closed in them.
    static func hasUnclosedFrontMatter(_ bytes: ArraySlice<UInt8>) -> Bool {
        var body = bytes
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard body.starts(with: Array("---".utf8)) else { return false }
        var lineStart = body.firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? body.endIndex
        while lineStart < body.endIndex {
            let lineEnd = body[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? body.endIndex
            var line = body[lineStart..<lineEnd]
            if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
            if line.elementsEqual("---".utf8) || line.elementsEqual("...".utf8) { return false }
            lineStart = lineEnd + 1
        }
        return true
    }
}
