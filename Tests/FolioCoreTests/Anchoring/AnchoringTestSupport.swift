@testable import FolioCore

/// An article made of paragraphs, as the loader would produce it, for anchoring tests.
func article(_ paragraphs: [String], path: String = "a.txt", fingerprint: String = "f1") -> Article {
    Article(
        file: "/library/" + path, relativePath: path, format: .plainText,
        metadata: ArticleMetadata(title: "Khamenei shifts stance"),
        blocks: [Block(kind: .title, text: "Khamenei shifts stance")] + paragraphs.map { Block(kind: .paragraph, text: $0) },
        raw: paragraphs.joined(separator: "\n\n"), fingerprint: fingerprint
    )
}

let sampleParagraphs = [
    "Iran’s Supreme Leader Ali Khamenei on Sunday signaled a shift in tone toward negotiations.",
    "“We will not negotiate under pressure,” he told a gathering of officials in Tehran, according to state media.",
    "Analysts said the remarks left room for indirect talks mediated by Oman. 👩🏽‍💻 Observers agreed.",
]
