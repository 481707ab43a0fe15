import Foundation

/// One article as Folio reads it: metadata, the cleaned body as blocks, and the cleaned `text`
/// that every offset (quotations, annotation anchors) counts Unicode scalars in.
///
/// `text` is the title, a blank line, then the summary and each body block separated by blank
/// lines, unwrapped. Each `Block` records where it starts in `text`, so views can map a wrapped
/// line back to offsets without searching.
public struct Article: Sendable, Hashable, Identifiable {
    /// The file path, as resolved when it was loaded.
    public var file: String
    /// The path relative to the library folder it was found in (the file name for a single file).
    public var relativePath: String
    public var format: ArticleFormat
    public var metadata: ArticleMetadata
    /// Title, summary and body in reading order; their text joined by blank lines is `text`.
    public var blocks: [Block]
    public var text: String
    /// The whole file, sanitized but not cleaned, for the raw view: nothing is hidden for good.
    /// Empty when `rawIsInMemory` is false: a large file's raw text would be a third copy of it
    /// in memory, so it is read again (`ArticleLoader.rawText(at:)`) when the raw view is asked for.
    public var raw: String {
        didSet { rawIsInMemory = true }
    }
    /// Whether `raw` holds the raw text; see `raw`.
    public internal(set) var rawIsInMemory = true
    public var warnings: [ArticleWarning]
    /// Set when the file could not be read or parsed; the article is then an entry that says why.
    public var loadError: ArticleLoadError?
    public var quotations: [Quotation] {
        didSet { quotationCount = quotations.count }
    }
    /// How many quotations the article has; also known for a `.listing`, whose quotations are not in memory.
    public internal(set) var quotationCount: Int
    /// How much of the article is in memory (see `ArticleContent`); `init` makes a `.full` one.
    public internal(set) var content = ArticleContent.full
    /// A fingerprint of the file's bytes, so annotations follow a renamed or moved file.
    public var fingerprint: String

    public var id: String { file }
    public var title: String { metadata.title }

    public init(
        file: String,
        relativePath: String,
        format: ArticleFormat,
        metadata: ArticleMetadata,
        blocks: [Block],
        raw: String,
        warnings: [ArticleWarning] = [],
        loadError: ArticleLoadError? = nil,
        quotations: [Quotation] = [],
        fingerprint: String
    ) {
        self.file = file
        self.relativePath = relativePath
        self.format = format
        self.metadata = metadata
        self.blocks = Article.positioned(blocks)
        self.text = Article.joined(self.blocks)
        self.raw = raw
        self.warnings = warnings
        self.loadError = loadError
        self.quotations = quotations
        self.quotationCount = quotations.count
        self.fingerprint = fingerprint
    }

    /// The blocks' text joined by blank lines, in a string of exactly that size: `joined` grows
    /// its buffer as it goes, which for a long article left a third of it unused for good.
    static func joined(_ blocks: [Block]) -> String {
        let size = blocks.reduce(0) { $0 + $1.text.utf8.count } + max(0, blocks.count - 1) * 2
        var text = String()
        text.reserveCapacity(size)
        for (index, block) in blocks.enumerated() {
            if index > 0 { text += "\n\n" }
            text += block.text
        }
        return text
    }

    /// Assigns each block its scalar offset in the joined text.
    static func positioned(_ blocks: [Block]) -> [Block] {
        var offset = 0
        return blocks.map { block in
            var block = block
            block.start = offset
            offset += block.scalarCount + 2
            return block
        }
    }

    /// The index of the block that contains the scalar offset, or the nearest block before it.
    public func blockIndex(containing offset: Int) -> Int? {
        guard !blocks.isEmpty else { return nil }
        var low = 0
        var high = blocks.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if blocks[mid].start <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }
}

public enum ArticleFormat: String, Sendable, Hashable, Codable {
    case plainText = "text"
    case markdown
}
