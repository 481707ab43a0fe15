import FolioCore
import Foundation

/// Highlights spread over an article's text, each anchored the way the reader anchors one.
struct HighlightMaker {
    let article: Article
    private let scalars: [Unicode.Scalar]

    init(article: Article) {
        self.article = article
        scalars = Array(article.text.unicodeScalars)
    }

    func annotation(_ index: Int) -> Annotation {
        let length = min(80, max(1, scalars.count / 4))
        let span = max(1, scalars.count - length)
        let start = (index &* 7_919) % span
        let end = min(scalars.count, start + length)
        func text(_ range: Range<Int>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, range.lowerBound)..<min(scalars.count, range.upperBound)])
            return String(view)
        }
        let anchor = TextAnchor(
            quote: TextQuoteSelector(exact: text(start..<end), prefix: text(start - 32..<start), suffix: text(end..<end + 32)),
            position: TextPositionSelector(start: start, end: end)
        )
        return Annotation(
            articlePath: article.relativePath, articleFingerprint: article.fingerprint, anchor: anchor,
            color: HighlightColor.allCases[index % HighlightColor.allCases.count],
            note: index % 3 == 0 ? "Note \(index): check against the council minutes" : "",
            tags: index % 4 == 0 ? ["bench", "tag\(index % 10)"] : [],
            created: Date(timeIntervalSinceReferenceDate: Double(index))
        )
    }
}
