import Foundation
@testable import FolioCore

/// Builds articles from plain text the way the quote tests need them: paragraphs split on blank
/// lines, the first one as the title, so block offsets are real offsets in `Article.text`.
enum QuoteTestSupport {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    static func article(_ text: String) -> Article {
        let paragraphs = text.components(separatedBy: "\n")
            .split(whereSeparator: { $0.trimmingCharacters(in: .whitespaces).isEmpty })
            .map { $0.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") }
        let blocks = paragraphs.enumerated().map { index, paragraph in
            Block(kind: index == 0 ? .title : .paragraph, text: paragraph)
        }
        return Article(
            file: "test.txt", relativePath: "test.txt", format: .plainText,
            metadata: ArticleMetadata(title: paragraphs.first ?? ""), blocks: blocks, raw: text,
            fingerprint: ContentFingerprint.of(Array(text.utf8)))
    }

    static func detect(_ text: String) -> [Quotation] {
        QuoteDetector().detect(in: article(text).blocks)
    }

    static func fixture(_ relativePath: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(relativePath), encoding: .utf8)
    }

    static func describe(_ quotations: [Quotation]) -> String {
        quotations.map { "[\($0.kind.rawValue)] \($0.speaker ?? "-") :: \($0.text)" }.joined(separator: "\n")
    }
}
