import Foundation
import Testing
@testable import FolioCore

/// Inputs that once crashed or hung a fuzz target (Fuzz/, `make fuzz`), replayed the way that
/// target feeds them: a folder per target under Fixtures/FuzzRegressions.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/FuzzRegressions")

    static func inputs(_ target: String) throws -> [(name: String, bytes: [UInt8])] {
        let folder = root.appendingPathComponent(target)
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
            (name, Array(try Data(contentsOf: folder.appendingPathComponent(name))))
        }
    }

    /// As FuzzArticleParser: the first byte picks the format, the rest is the file. Both formats
    /// are tried, so an input stays useful whichever parser it broke.
    @Test(.timeLimit(.minutes(2))) func articleParser() throws {
        let inputs = try Self.inputs("FuzzArticleParser")
        #expect(!inputs.isEmpty)
        for (name, bytes) in inputs {
            for format in [ArticleFormat.plainText, .markdown] {
                let article = ArticleLoader().makeArticle(bytes: Array(bytes.dropFirst()), file: name, relativePath: name, format: format)
                let length = article.text.unicodeScalars.count
                #expect(HostileFileLoadingTests.terminalControls(in: article.text).isEmpty, "\(name)")
                #expect(article.quotations.allSatisfy { $0.start <= $0.end && $0.end <= length }, "\(name)")
            }
        }
    }

    @Test(.timeLimit(.minutes(2))) func quoteDetector() throws {
        for (name, bytes) in try Self.inputs("FuzzQuoteDetector") {
            let text = String(decoding: bytes, as: UTF8.self)
            let blocks = text.components(separatedBy: "\n\n").map { Block(kind: .paragraph, text: $0) }
            let article = Article(file: name, relativePath: name, format: .plainText,
                                  metadata: ArticleMetadata(title: "Fuzz"), blocks: blocks, raw: text, fingerprint: "")
            let length = article.text.unicodeScalars.count
            let quotations = QuoteDetector().detect(in: article.blocks)
            #expect(quotations.allSatisfy { $0.start >= 0 && $0.start <= $0.end && $0.end <= length }, "\(name)")
        }
    }

    @Test(.timeLimit(.minutes(2))) func importer() throws {
        for (name, bytes) in try Self.inputs("FuzzImporter") {
            #expect(throws: AnnotationImportError.self, "\(name) is not a valid export") {
                _ = try AnnotationImporter.importDocument(from: Data(bytes), file: name)
            }
        }
    }
}
