import Foundation

/// A temporary folder holding a generated article and room for a store, removed when the
/// workspace is released. The article has `claimCount` sentences that each quote uniquely
/// ("Claim 042 was checked"), so every writer in a test can highlight a passage of its own.
final class StoreWorkspace: Sendable {
    static let claimCount = 200

    let folder: URL
    let article: URL
    let store: String

    init() throws {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("folio-store-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        article = folder.appendingPathComponent("claims.txt")
        store = folder.appendingPathComponent("store/annotations.sqlite").path
        try Self.articleText.write(to: article, atomically: true, encoding: .utf8)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The exact text of claim `number`, unique in the article.
    static func quote(_ number: Int) -> String {
        "Claim \(String(format: "%03d", number)) was checked"
    }

    /// The arguments of `folio annotate` highlighting claim `number` in this workspace's store.
    func annotate(_ number: Int, store: String? = nil) -> [String] {
        ["annotate", article.path, "--quote", Self.quote(number), "--note", "claim \(number)", "--store", store ?? self.store]
    }

    /// Runs `folio annotate` to completion on claim `number`.
    func runAnnotate(_ number: Int, store: String? = nil) throws -> FolioBinary.Result {
        try FolioBinary.run(annotate(number, store: store))
    }

    private static var articleText: String {
        let paragraphs = stride(from: 0, to: claimCount, by: 10).map { first in
            (first..<first + 10).map { "\(quote($0)) against the record by the desk." }.joined(separator: " ")
        }
        return (["Durability of the annotation store"] + paragraphs).joined(separator: "\n\n") + "\n"
    }
}
