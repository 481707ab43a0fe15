import FolioCore

/// One selectable item of the sidebar: a highlight, an annotation that lost its place in the
/// text, or a detected quotation nobody highlighted yet (by index in `Article.quotations`).
/// The annotation cases are boxed (`indirect`) so an entry is a word wide: a long article lists
/// thousands of detected quotations, and the list is rebuilt whenever a highlight changes.
public enum SidebarEntry: Sendable, Hashable {
    indirect case highlight(Annotation)
    indirect case orphan(Annotation)
    case detected(Int)

    public var annotation: Annotation? {
        switch self {
        case .highlight(let annotation), .orphan(let annotation): annotation
        case .detected: nil
        }
    }

    var isOrphan: Bool {
        if case .orphan = self { return true }
        return false
    }

    /// An article's entries in sidebar order: placed highlights by position, then orphaned
    /// annotations, then (when shown) the detected quotations no highlight overlaps.
    static func entries(of article: Article, annotations: [Annotation], showsDetectedQuotations: Bool) -> [SidebarEntry] {
        // Sorted by index, so each annotation is copied once, into its entry.
        let placed = annotations.indices.filter { !annotations[$0].isOrphaned }
            .sorted { annotations[$0].anchor.position.start < annotations[$1].anchor.position.start }
        var entries: [SidebarEntry] = []
        entries.reserveCapacity(annotations.count + (showsDetectedQuotations ? article.quotations.count : 0))
        for index in placed { entries.append(.highlight(annotations[index])) }
        for annotation in annotations where annotation.isOrphaned { entries.append(.orphan(annotation)) }
        if showsDetectedQuotations {
            let coverage = HighlightCoverage(placed.map { annotations[$0].anchor.position.start..<annotations[$0].anchor.position.end })
            for index in coverage.uncovered(article.quotations.map { $0.start..<$0.end }) { entries.append(.detected(index)) }
        }
        return entries
    }

    /// The place of the entry's group in the sidebar, which lists its entries group by group.
    var groupOrder: Int {
        switch self {
        case .highlight: 0
        case .orphan: 1
        case .detected: 2
        }
    }

    /// The heading of the group the entry belongs to.
    var group: String {
        switch self {
        case .highlight: "Highlights"
        case .orphan: "Orphaned"
        case .detected: "Detected quotes"
        }
    }
}
