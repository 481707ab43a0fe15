import Foundation
@testable import FolioCore

/// A fresh folder under the system temp directory, for one test's store files.
func temporaryStoreFolder() -> String {
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("folio-store-tests-\(UUID().uuidString)")
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
}

func sampleAnnotation(
    path: String = "news/a.txt", fingerprint: String = "00000000000000aa", start: Int = 10, quote: String = "the quote"
) -> Annotation {
    Annotation(
        articlePath: path,
        articleFingerprint: fingerprint,
        anchor: TextAnchor(
            quote: TextQuoteSelector(exact: quote, prefix: "before ", suffix: " after"),
            position: TextPositionSelector(start: start, end: start + quote.unicodeScalars.count)
        ),
        anchoring: .approximate(confidence: 0.8125),
        color: .pink,
        note: "Note with “curly” quotes and an emoji 👩🏽‍💻",
        tags: ["iran", "talks"],
        speaker: "Ali Khamenei",
        created: Date(timeIntervalSinceReferenceDate: 785_000_000.123_456),
        modified: Date(timeIntervalSinceReferenceDate: 785_000_100.654_321)
    )
}

func fileMode(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue ?? -1
}
