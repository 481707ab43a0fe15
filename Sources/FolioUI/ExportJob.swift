import FolioCore
import Foundation

/// One export from the reader's menu, as a value that can run off the program loop: exporting a
/// large library places every highlight in its article's text first, which can take seconds, and
/// the reader should go on meanwhile with the progress in the status line.
struct ExportJob: Sendable {
    let store: AnnotationStore
    /// The articles to export (all of the library, or the chosen ones), as the reader holds them.
    let articles: [Article]
    /// Whether `articles` were chosen (an export of chosen articles holds theirs only).
    let isChoice: Bool
    let format: ExportFormat
    let folder: ExportFolder
    /// The time the export file is named for.
    let date: Date

    /// Writes the export and says where, or why not; `progress` hears (articles done, total).
    func run(progress: (Int, Int) -> Void = { _, _ in }) -> String {
        let readable = withText(articles)
        var document: ExportDocument
        do {
            document = try ExportDocumentBuilder(store: store).document(for: readable, progress: progress)
        } catch {
            return "Cannot export: \(error.description)"
        }
        var scope = "library"
        if isChoice {
            // The builder adds every other stored annotation as an orphan, so a library export is
            // a full backup; an export of chosen articles holds theirs only.
            let paths = Set(readable.map(\.relativePath))
            document.articles = document.articles.filter { paths.contains($0.relativePath) }
            let name = readable.count == 1 ? (readable[0].relativePath as NSString).lastPathComponent : "articles"
            scope = (name as NSString).deletingPathExtension
        }
        return write(document, scope: scope)
    }

    /// The articles with their text, which placing highlights needs: one known only by its
    /// listing is read now, if the store holds annotations for it.
    private func withText(_ chosen: [Article]) -> [Article] {
        let counts = try? store.highlightCounts()
        return chosen.map { article in
            guard article.content == .placeholder || article.content == .listing,
                  counts?.count(forArticlePath: article.relativePath, fingerprint: article.fingerprint) ?? 1 > 0 else { return article }
            return ArticleLoader().loadFile(at: article.file, relativePath: article.relativePath).summarized()
        }
    }

    private func write(_ document: ExportDocument, scope: String) -> String {
        let count = document.annotationCount
        guard count > 0 else { return "Nothing to export: no highlights" }
        let text = format.export(document, options: ExportOptions(timeZone: folder.timeZone))
        do {
            let path = try folder.write(text, scope: scope, fileExtension: format.fileExtension, date: date)
            return "Exported \(count == 1 ? "1 highlight" : "\(count) highlights") to \(path)"
        } catch {
            return "Cannot export: \(error.description)"
        }
    }
}
