import CLibFuzzer
import FolioCore
import Foundation

/// Bytes through `ArticleLoader.makeArticle`: the first byte picks plain text or Markdown. Besides
/// crashes, it traps when a terminal control character survives into what the reader shows or when
/// a quotation or block falls outside the article's text.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    let format: ArticleFormat = (bytes.first ?? 0) & 1 == 0 ? .plainText : .markdown
    let article = ArticleLoader().makeArticle(
        bytes: Array(bytes.dropFirst()), file: "fuzz.md", relativePath: "fuzz.md", format: format
    )
    let shown = [article.text, article.raw, article.title] + article.blocks.map(\.text) + article.metadata.tags
    for text in shown {
        for scalar in text.unicodeScalars where isTerminalControl(scalar) {
            fatalError("control scalar U+\(String(scalar.value, radix: 16)) reached the reader")
        }
    }
    let length = article.text.unicodeScalars.count
    for block in article.blocks where block.start + block.text.unicodeScalars.count > length {
        fatalError("block at \(block.start) runs past the text (\(length) scalars)")
    }
    for quotation in article.quotations where quotation.start < 0 || quotation.start > quotation.end || quotation.end > length {
        fatalError("quotation \(quotation.start)..<\(quotation.end) outside the text (\(length) scalars)")
    }
    return 0
}

/// C0 except line feed, DEL, C1, and the bidi embeddings, overrides and isolates.
private func isTerminalControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
