import FolioCore

/// The small menu `e` opens: first the format, then what to export (the article at hand or the
/// whole library). While it is open it takes every key, so j/k move in it rather than the pane
/// underneath; each item also has a key of its own.
public struct ExportMenu: Sendable, Hashable {
    public enum Step: Sendable, Hashable {
        case format
        /// The format is chosen; now the scope.
        case scope(ExportFormat)
    }

    public struct Item: Sendable, Hashable {
        public let key: Character
        public let label: String
    }

    public internal(set) var step: Step = .format
    /// The highlighted item of the current step.
    public internal(set) var selection = 0
    /// The article "this article" exports, as `Article.id`; nil offers only the library.
    public let articleID: String?
    let articleTitle: String?

    init(article: Article?) {
        articleID = article?.id
        articleTitle = article?.title
    }

    /// Formats in `ExportFormat.allCases` order, keyed 1–6 (j is taken by moving down).
    public var items: [Item] {
        switch step {
        case .format:
            ExportFormat.allCases.enumerated().map { index, format in
                Item(key: Character(String(index + 1)), label: Self.label(of: format))
            }
        case .scope:
            (articleTitle.map { [Item(key: "a", label: "This article — \($0)")] } ?? [])
                + [Item(key: "l", label: "Whole library")]
        }
    }

    public var title: String {
        switch step {
        case .format: "Export highlights as"
        case .scope(let format): "Export \(Self.label(of: format)) of"
        }
    }

    /// The menu's action for `key`; keys it does not know do nothing while it is open.
    public func action(for key: Key) -> Action? {
        switch key {
        case .down, .character("j"), .tab: return .exportMenuDown
        case .up, .character("k"), .backTab: return .exportMenuUp
        case .enter: return .exportMenuChoose
        case .escape, .character("q"): return .closeExportMenu
        case .character(let character):
            return items.firstIndex { $0.key == character }.map(Action.exportMenuPick)
        default: return nil
        }
    }

    static func label(of format: ExportFormat) -> String {
        switch format {
        case .markdown: "Markdown digest"
        case .json: "Folio JSON (backup)"
        case .w3c: "W3C Web Annotations"
        case .clippings: "Kindle clippings"
        case .annotated: "Annotated article"
        case .csv: "CSV spreadsheet"
        }
    }

    mutating func move(by delta: Int) {
        let count = items.count
        selection = ((selection + delta) % count + count) % count
    }

    /// Chooses item `index`: a format leads to the scope step; a scope gives the export to make.
    mutating func choose(_ index: Int) -> Effect? {
        guard items.indices.contains(index) else { return nil }
        switch step {
        case .format:
            step = .scope(ExportFormat.allCases[index])
            selection = 0
            return nil
        case .scope(let format):
            let articleIDs = items[index].key == "a" ? articleID.map { [$0] } : nil
            return .export(format: format, articleIDs: articleIDs)
        }
    }
}
