#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files and folders into `Article`s; a file that cannot be read becomes an entry with an
/// error rather than a crash or a silent skip.
///
/// Which files a folder contributes: `.txt`, `.text`, `.md` and `.markdown` (any case). Other
/// files in a folder (images, PDFs, notes without an extension) are not articles and are left
/// out; a file named explicitly is always loaded, as Markdown if its extension says so and as
/// plain text otherwise, and a binary file then becomes an entry saying so. Hidden files and
/// folders (name starting with ".") are skipped. Symbolic links are followed; a link back into a
/// folder already being read becomes an error entry instead of an endless walk.
public struct ArticleLoader: Sendable {
    public var detector: QuoteDetector

    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown"]
    static let markdownExtensions: Set<String> = ["md", "markdown"]

    public init(detector: QuoteDetector = QuoteDetector()) {
        self.detector = detector
    }

    /// Loads every article under the given files and folders, in the order given; a folder's
    /// articles are sorted by their path relative to it.
    public func load(paths: [String]) -> [Article] {
        discover(paths: paths).map(loadFile)
    }

    /// Loads the articles in a folder and its subfolders, sorted by relative path.
    public func loadFolder(at folder: String) -> [Article] {
        discoverFolder(at: folder).map(loadFile)
    }

    /// The files `load(paths:)` would read, in the same order, found with one `stat` each and
    /// nothing read: listing a large library this way is fast enough to show at once, while the
    /// files are parsed later (see `LibraryIndexer`).
    public func discover(paths: [String]) -> [LibraryFile] {
        paths.flatMap { path -> [LibraryFile] in
            switch FileReader.kind(of: path) {
            case .success(.directory):
                return discoverFolder(at: path)
            case .success(.regular(let size, let modified)):
                return [LibraryFile(path: path, relativePath: Self.fileName(path), size: Int64(size), modified: modified)]
            default:
                return [LibraryFile(path: path, relativePath: Self.fileName(path))]
            }
        }
    }

    /// The article files in a folder and its subfolders, sorted by relative path. The order is
    /// that of the paths' UTF-8 bytes: the same as `String`'s `<` for names in NFC (what Linux
    /// file systems hold nearly always), and a fraction of its cost on a large library; only a
    /// name in another normal form (decomposed accents) may sort apart from its NFC twin.
    public func discoverFolder(at folder: String) -> [LibraryFile] {
        var found: [LibraryFile] = []
        var visited: Set<FileIdentity> = []
        collect(folder: folder, relative: "", visited: &visited, into: &found)
        // Positions are sorted rather than the files themselves: moving an `Int` costs nothing,
        // where each comparison of two `LibraryFile`s copied both.
        var order = Array(found.indices)
        found.withUnsafeBufferPointer { files in
            order.sort { Self.precedesInBytes(files[$0].relativePath, files[$1].relativePath) }
        }
        return order.map { found[$0] }
    }

    /// Whether `left`'s UTF-8 bytes sort before `right`'s, compared with `memcmp` where both are
    /// stored contiguously (as paths built from a folder's names are).
    static func precedesInBytes(_ left: String, _ right: String) -> Bool {
        let compared = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                let common = min(leftBytes.count, rightBytes.count)
                let order = common == 0 ? 0 : memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, common)
                return order != 0 ? order < 0 : leftBytes.count < rightBytes.count
            }
        }
        return (compared ?? nil) ?? left.utf8.lexicographicallyPrecedes(right.utf8)
    }

    private func collect(
        folder: String, relative: String, visited: inout Set<FileIdentity>, into found: inout [LibraryFile]
    ) {
        if let identity = FileReader.identity(of: folder) {
            guard visited.insert(identity).inserted else {
                found.append(LibraryFile(path: folder, relativePath: relative,
                                         problem: "is a symbolic link back into a folder already being read (a loop)"))
                return
            }
        }
        let entries: [FileReader.Entry]
        switch FileReader.entries(of: folder, where: { !$0.hasPrefix(".") }) {
        case .success(let read): entries = read
        case .failure(let failure):
            found.append(LibraryFile(path: folder, relativePath: relative.isEmpty ? Self.fileName(folder) : relative,
                                     problem: "folder " + failure.reason))
            return
        }
        // Each path is one concatenation onto its folder's, made only for an entry that is kept.
        let folderPrefix = folder.hasSuffix("/") ? folder : folder + "/"
        let relativePrefix = relative.isEmpty ? "" : relative + "/"
        for entry in entries {
            let name = entry.name
            func path() -> String { folderPrefix + name }
            func childRelative() -> String { relativePrefix + name }
            switch entry.kind {
            case .success(.directory):
                collect(folder: path(), relative: childRelative(), visited: &visited, into: &found)
            case .success(.regular(let size, let modified)):
                if Self.isArticleName(name) {
                    found.append(LibraryFile(path: path(), relativePath: childRelative(), size: Int64(size), modified: modified))
                }
            case .success(.other(let reason)):
                if Self.isArticleName(name) {
                    found.append(LibraryFile(path: path(), relativePath: childRelative(), problem: reason))
                }
            case .failure(let failure):
                // A broken entry is reported if it could have been an article or a folder.
                if Self.fileExtension(name).isEmpty || Self.isArticleName(name) {
                    found.append(LibraryFile(path: path(), relativePath: childRelative(), problem: failure.reason))
                }
            }
        }
    }

    /// Loads a discovered file; an entry found broken becomes an article saying why.
    public func loadFile(_ file: LibraryFile) -> Article {
        if let problem = file.problem {
            return failedArticle(file: file.path, relativePath: file.relativePath, reason: problem)
        }
        return loadFile(at: file.path, relativePath: file.relativePath)
    }

    /// Loads one file. `root` is the folder it was found in, for `relativePath`; nil means the
    /// file was named directly and its relative path is its name.
    public func loadFile(at path: String, root: String?) -> Article {
        loadFile(at: path, relativePath: Self.relativePath(of: path, root: root))
    }

    /// Loads one file that is known under `relative` in its library.
    public func loadFile(at path: String, relativePath relative: String) -> Article {
        var bytes: [UInt8]
        switch FileReader.bytes(at: path) {
        case .success(let read): bytes = read
        case .failure(let failure):
            return failedArticle(file: path, relativePath: relative, reason: failure.reason)
        }
        if let reason = BinaryContent.reason(bytes) {
            var article = failedArticle(file: path, relativePath: relative, reason: reason, bytes: bytes)
            article.warnings.append(ArticleWarning(.binaryContent, "The file " + reason))
            return article
        }
        // The file's bytes go before parsing: a large article would otherwise hold them, its
        // decoded text, its blocks and its joined text in memory all at once.
        let fingerprint = ContentFingerprint.of(bytes)
        let decoded = ArticleTextDecoder.decode(bytes)
        bytes = []
        return makeArticle(decoded: consume decoded, fingerprint: fingerprint, file: path, relativePath: relative,
                           format: Self.format(of: path))
    }

    /// Files whose decoded text is larger than this keep no raw text in memory (see `Article.raw`).
    public static let rawKeptLimit = 256 * 1024

    /// The raw view's text of a file: decoded and sanitized, not cleaned; nil when it cannot be read.
    public func rawText(at path: String) -> String? {
        guard case .success(let bytes) = FileReader.bytes(at: path) else { return nil }
        return TextSanitizer.sanitize(ArticleTextDecoder.decode(bytes).text).text
    }

    /// Markdown when the extension says so, plain text otherwise.
    static func format(of path: String) -> ArticleFormat {
        markdownExtensions.contains(fileExtension(path)) ? .markdown : .plainText
    }

    /// Builds an article from bytes already in memory (a file, or text from a test or a pipe).
    public func makeArticle(bytes: [UInt8], file: String, relativePath: String, format: ArticleFormat) -> Article {
        makeArticle(decoded: ArticleTextDecoder.decode(bytes), fingerprint: ContentFingerprint.of(bytes),
                    file: file, relativePath: relativePath, format: format)
    }

    /// Builds the article from the decoded text, which it owns so that a large file's text can
    /// be let go once parsed, before the joined text and the quotations are made.
    func makeArticle(
        decoded: consuming ArticleTextDecoder.Decoded, fingerprint: String, file: String, relativePath: String,
        format: ArticleFormat
    ) -> Article {
        var parsed: ParsedArticle
        switch format {
        case .markdown: parsed = MarkdownArticleParser().parse(decoded.text)
        case .plainText: parsed = PlainTextArticleParser().parse(decoded.text)
        }
        if parsed.metadata.title.isEmpty { parsed.metadata.title = Self.title(fromFileName: file) }
        var blocks = [Block(kind: .title, text: parsed.metadata.title)]
        if let summary = parsed.metadata.summary, !summary.isEmpty {
            blocks.append(Block(kind: .summary, text: summary))
        }
        blocks += parsed.body
        let keepsRaw = decoded.text.utf8.count <= Self.rawKeptLimit
        let raw = keepsRaw ? TextSanitizer.sanitize(decoded.text) : nil
        let decodedWarnings = decoded.warnings
        _ = consume decoded
        var replacedInBlocks = 0
        blocks = blocks.map { block in
            let (clean, replaced) = TextSanitizer.sanitize(block)
            replacedInBlocks += replaced
            return clean
        }
        var warnings = decodedWarnings + parsed.warnings
        let replaced = max(raw?.replacedCount ?? 0, replacedInBlocks)
        if replaced > 0 {
            warnings.append(ArticleWarning(
                .controlCharacters,
                "\(replaced) control character(s) or escape sequence byte(s) shown as visible symbols (␛, ␇, ⟨U+009B⟩…)"
            ))
        }
        // Quotations are found before the blocks are joined into `text`, so the detector's working
        // memory is gone before that second copy of a large article exists.
        let quotations = detector.detect(in: Article.positioned(blocks))
        var article = Article(
            file: file, relativePath: relativePath, format: format,
            metadata: Self.sanitized(parsed.metadata), blocks: blocks, raw: raw?.text ?? "",
            warnings: warnings, quotations: quotations, fingerprint: fingerprint
        )
        article.rawIsInMemory = keepsRaw
        return article
    }

    /// An entry for a file that could not be read: titled from the file name, saying why.
    func failedArticle(file: String, relativePath: String, reason: String, bytes: [UInt8] = []) -> Article {
        let title = TextSanitizer.sanitize(Self.title(fromFileName: file), keepNewlines: false).text
        let error = ArticleLoadError(file: file, reason: reason)
        let message = TextSanitizer.sanitize("This file could not be loaded: it \(reason).", keepNewlines: false).text
        return Article(
            file: file, relativePath: relativePath, format: .plainText,
            metadata: ArticleMetadata(title: title),
            blocks: [Block(kind: .title, text: title), Block(kind: .paragraph, text: message)],
            raw: "", loadError: error, fingerprint: ContentFingerprint.of(bytes)
        )
    }

    static func sanitized(_ metadata: ArticleMetadata) -> ArticleMetadata {
        func clean(_ text: String) -> String { TextSanitizer.sanitize(text, keepNewlines: false).text }
        var result = metadata
        result.title = clean(metadata.title)
        result.author = metadata.author.map(clean)
        result.source = metadata.source.map(clean)
        result.section = metadata.section.map(clean)
        result.date = metadata.date.map(clean)
        result.url = metadata.url.map(clean)
        result.summary = metadata.summary.map(clean)
        result.tags = metadata.tags.map(clean)
        return result
    }

    // MARK: Paths

    /// The last component of `path` ("/" for the root), found on UTF-8 bytes: a library's
    /// every file name is taken this way while the list is being built.
    static func fileName(_ path: String) -> String {
        let slash = UInt8(ascii: "/")
        var trimmed = path.utf8[...]
        while trimmed.count > 1, trimmed.last == slash { trimmed = trimmed.dropLast() }
        if let last = trimmed.lastIndex(of: slash) {
            let name = trimmed[trimmed.index(after: last)...]
            if !name.isEmpty { return String(Substring(name)) }
        }
        return String(Substring(trimmed))
    }

    /// The lowercased extension, found on UTF-8 bytes (asked once per file of a library).
    static func fileExtension(_ path: String) -> String {
        let name = fileName(path).utf8
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        let ext = Substring(name[name.index(after: dot)...])
        return ext.utf8.contains { $0 >= 0x80 || (0x41...0x5A).contains($0) } ? ext.lowercased() : String(ext)
    }

    /// Whether a file name's extension is one of `articleExtensions`, decided on its UTF-8 bytes
    /// without building the extension for a short ASCII one (asked for every file of a library);
    /// any other goes through `fileExtension`.
    static func isArticleName(_ name: String) -> Bool {
        let bytes = name.utf8
        var index = bytes.endIndex
        var code = PackedExtension()
        while index > bytes.startIndex {
            let before = bytes.index(before: index)
            let byte = bytes[before]
            if byte == UInt8(ascii: ".") {
                return before != bytes.startIndex && articleExtensionCodes.contains(code)
            }
            guard byte < 0x80, code.append(byte) else { return articleExtensions.contains(fileExtension(name)) }
            index = before
        }
        return false
    }

    /// Up to eight ASCII bytes of an extension, lowercased, packed into one integer (last byte
    /// first, as `isArticleName` reads them).
    struct PackedExtension: Hashable {
        private var value: UInt64 = 0
        private var count = 0

        /// False when there is no room left. Setting bit 5 lowercases a letter, and turns no
        /// other byte into a letter, so comparing with lowercase extensions stays exact.
        mutating func append(_ byte: UInt8) -> Bool {
            guard count < 8 else { return false }
            value = value << 8 | UInt64(byte | 0x20)
            count += 1
            return true
        }
    }

    private static let articleExtensionCodes: Set<PackedExtension> = Set(articleExtensions.map { ext in
        var code = PackedExtension()
        for byte in ext.utf8.reversed() { _ = code.append(byte) }
        return code
    })

    static func relativePath(of path: String, root: String?) -> String {
        guard let root else { return fileName(path) }
        let prefix = root.hasSuffix("/") ? root : root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : fileName(path)
    }

    /// "al-monitor_iran-talks.txt" → "Al monitor iran talks". A name of printable ASCII (nearly
    /// every one) is titled on its bytes: every placeholder of a library is titled this way, and
    /// the `Character` splitting and joining took 22,000 instructions a name.
    static func title(fromFileName path: String) -> String {
        let name = fileName(path)
        return asciiTitle(fromFileName: name) ?? title(fromAnyFileName: name)
    }

    /// What `title(fromAnyFileName:)` makes of a name of printable ASCII bytes, where each byte
    /// is a character; nil for any other name.
    static func asciiTitle(fromFileName name: String) -> String? {
        let bytes = Array(name.utf8)
        guard bytes.allSatisfy({ (0x20...0x7E).contains($0) }) else { return nil }
        var stem = bytes[...]
        if let dot = bytes.lastIndex(of: UInt8(ascii: ".")), dot != 0, dot + 1 < bytes.count { stem = bytes[..<dot] }
        var title: [UInt8] = []
        title.reserveCapacity(stem.count)
        var spaceDue = false
        for byte in stem {
            if byte == UInt8(ascii: " ") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") {
                spaceDue = !title.isEmpty
                continue
            }
            if spaceDue { title.append(UInt8(ascii: " ")) }
            spaceDue = false
            title.append(byte)
        }
        guard let first = title.first else { return stem.isEmpty ? "Untitled" : String(decoding: stem, as: UTF8.self) }
        if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first) { title[0] = first - 0x20 }
        return String(decoding: title, as: UTF8.self)
    }

    /// The title of any file name: its extension dropped, "-" and "_" read as spaces, the words
    /// joined by single spaces and the first letter capitalised.
    static func title(fromAnyFileName name: String) -> String {
        var name = name
        let ext = fileExtension(name)
        if !ext.isEmpty { name = String(name.dropLast(ext.count + 1)) }
        let spaced = name.map { $0 == "-" || $0 == "_" ? " " : $0 }
        let words = String(spaced).split(separator: " ").joined(separator: " ")
        guard let first = words.first else { return name.isEmpty ? "Untitled" : name }
        return first.uppercased() + words.dropFirst()
    }
}
