import CLibFuzzer
import FolioCore
import Foundation

/// Text straight into `QuoteDetector` (paragraphs split at blank lines, no cleaning first), so the
/// detector meets characters the loader would have replaced; traps on quotations outside the text.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: count), as: UTF8.self)
    let blocks = text.components(separatedBy: "\n\n").map { Block(kind: .paragraph, text: $0) }
    let article = Article(
        file: "fuzz.txt", relativePath: "fuzz.txt", format: .plainText,
        metadata: ArticleMetadata(title: "Fuzz"), blocks: blocks, raw: text, fingerprint: ""
    )
    let quotations = QuoteDetector().detect(in: article.blocks)
    let length = article.text.unicodeScalars.count
    for quotation in quotations where quotation.start < 0 || quotation.start > quotation.end || quotation.end > length {
        fatalError("quotation \(quotation.start)..<\(quotation.end) outside the text (\(length) scalars)")
    }
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
