import FolioCore
import Foundation

/// The orders the article list can be shown in; `s` steps through them.
public enum ArticleSort: String, Sendable, Hashable, CaseIterable {
    /// As loaded: by path in the library folder.
    case file
    case title
    /// Newest first; articles without a readable date last.
    case date
    case author
    /// Most highlighted first.
    case highlights

    var next: ArticleSort {
        let all = ArticleSort.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// How the list title names the order.
    var label: String {
        switch self {
        case .file: "by file"
        case .title: "by title"
        case .date: "by date"
        case .author: "by author"
        case .highlights: "by highlights"
        }
    }

    /// Article indices in this order; ties keep the loaded order, so the sort is stable.
    func ordered(_ indices: [Int], articles: [Article], highlightCounts: [String: Int]) -> [Int] {
        var dates: [Int: Date] = [:]
        if self == .date {
            let reader = ArticleDate()
            for index in indices { dates[index] = reader.date(articles[index].metadata.date) }
        }
        func less(_ left: Int, _ right: Int) -> Bool? {
            let lhs = articles[left]
            let rhs = articles[right]
            switch self {
            case .file:
                return nil
            case .title:
                return ArticleSort.ascending(lhs.title, rhs.title)
            case .author:
                return ArticleSort.ascending(lhs.metadata.author ?? "", rhs.metadata.author ?? "", emptyLast: true)
            case .date:
                let leftDate = dates[left]
                let rightDate = dates[right]
                if leftDate == rightDate { return nil }
                guard let leftDate else { return false }
                guard let rightDate else { return true }
                return leftDate > rightDate
            case .highlights:
                let leftCount = highlightCounts[lhs.id] ?? 0
                let rightCount = highlightCounts[rhs.id] ?? 0
                return leftCount == rightCount ? nil : leftCount > rightCount
            }
        }
        return indices.enumerated().sorted { left, right in
            less(left.element, right.element) ?? (left.offset < right.offset)
        }.map(\.element)
    }

    /// Case- and accent-blind alphabetical order; nil on a tie. Empty strings go last when asked.
    private static func ascending(_ left: String, _ right: String, emptyLast: Bool = false) -> Bool? {
        if emptyLast, left.isEmpty != right.isEmpty { return right.isEmpty }
        switch left.compare(right, options: [.caseInsensitive, .diacriticInsensitive]) {
        case .orderedAscending: return true
        case .orderedDescending: return false
        case .orderedSame: return nil
        }
    }
}
