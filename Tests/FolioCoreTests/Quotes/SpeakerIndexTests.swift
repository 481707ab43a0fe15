import Foundation
import Testing
@testable import FolioCore

/// Grouping a library's quotations by speaker: counts, order, highlights joining in, and what
/// is left out.
@Suite struct SpeakerIndexTests {
    /// An article of one paragraph whose quotations are given as (text, speaker, kind), located
    /// in the text so offsets are real.
    private func article(_ name: String, _ paragraph: String, _ quotes: [(String, String?, Quotation.Kind)]) -> Article {
        let blocks = [Block(kind: .title, text: name), Block(kind: .paragraph, text: paragraph)]
        var article = Article(file: "/library/\(name).txt", relativePath: "\(name).txt", format: .plainText,
                              metadata: ArticleMetadata(title: name), blocks: blocks, raw: paragraph, fingerprint: name)
        article.quotations = quotes.map { text, speaker, kind in
            let range = range(of: text, in: article)
            return Quotation(text: text, speaker: speaker, kind: kind, start: range.lowerBound, end: range.upperBound)
        }
        return article
    }

    private func range(of text: String, in article: Article) -> Range<Int> {
        let found = article.text.range(of: text)!
        let start = article.text.unicodeScalars.distance(from: article.text.startIndex, to: found.lowerBound)
        return start..<(start + text.unicodeScalars.count)
    }

    private func highlight(_ text: String, in article: Article, speaker: String?, orphaned: Bool = false) -> Annotation {
        let range = range(of: text, in: article)
        return Annotation(articlePath: article.relativePath, articleFingerprint: article.fingerprint,
                          anchor: TextAnchor(quote: TextQuoteSelector(exact: text, prefix: "", suffix: ""),
                                             position: TextPositionSelector(start: range.lowerBound, end: range.upperBound)),
                          anchoring: orphaned ? .orphaned : .exact, speaker: speaker, created: Date(timeIntervalSince1970: 0))
    }

    private var library: [Article] {
        [
            article("one", "Khamenei said “no talks” and Araghchi said “open door”, then Khamenei added “never”.",
                    [("no talks", "Ali Khamenei", .speech), ("open door", "Abbas Araghchi", .speech), ("never", "Ali Khamenei", .speech)]),
            article("two", "Crowds chanted “Death to America” while Zarif wrote “diplomacy works” and Araghchi said “patience”.",
                    [("Death to America", nil, .term), ("diplomacy works", " Javad Zarif ", .speech), ("patience", "Abbas Araghchi", .speech)]),
        ]
    }

    @Test func groupsBySpeakerMostQuotedFirstTiesByNameAndNoSpeakerLast() {
        let index = SpeakerIndex(articles: library)
        #expect(index.groups.map(\.speaker) == ["Abbas Araghchi", "Ali Khamenei", "Javad Zarif", nil])
        #expect(index.groups.map(\.count) == [2, 2, 1, 1])
        #expect(index.groups[1].entries.map(\.text) == ["no talks", "never"], "library order within a group")
        #expect(index.groups[0].entries.map(\.file) == ["/library/one.txt", "/library/two.txt"])
        #expect(index.groups[3].entries.first?.kind == .term)
        #expect(index.groups[1].entries.first?.quotationIndex == 0)
    }

    @Test func entriesCarryOffsetsIntoTheArticleText() {
        let articles = library
        let entry = SpeakerIndex(articles: articles).groups[2].entries[0]
        let scalars = Array(articles[1].text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[entry.start..<entry.end])) == "diplomacy works")
        #expect(entry.articleIndex == 1)
    }

    @Test func highlightsWithASpeakerJoinAndHighlightedQuotationsCountOnce() {
        let articles = library
        let one = articles[0]
        let annotations = [one.id: [
            highlight("Khamenei said", in: one, speaker: "Ali Khamenei"),
            highlight("no talks", in: one, speaker: "Ali Khamenei"),
            highlight("then Khamenei added", in: one, speaker: "Ali Khamenei", orphaned: true),
            highlight("Araghchi said", in: one, speaker: nil),
        ]]
        let index = SpeakerIndex(articles: articles, annotations: annotations)
        #expect(index.groups.first?.speaker == "Ali Khamenei")
        #expect(index.groups.first?.entries.map(\.text) == ["Khamenei said", "no talks", "never"])
        #expect(index.groups.first?.entries.first?.kind == .highlight)
        #expect(index.groups.first?.entries.first?.quotationIndex == nil)
        #expect(index.groups.last?.count == 1, "a highlight without a speaker is not a quotation")
    }

    @Test func articlesThatFailedToLoadAndEmptyLibrariesGiveNoGroups() {
        var broken = library[0]
        broken.loadError = ArticleLoadError(file: broken.file, reason: "unreadable")
        #expect(SpeakerIndex(articles: [broken]).groups.isEmpty)
        #expect(SpeakerIndex(articles: []).groups.isEmpty)
    }

    @Test func theReportWritesANullSpeaker() throws {
        let groups = SpeakerIndex(articles: library).groups
        let json = try JSONOutput.string(groups.map(SpeakerReport.init))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 4)
        #expect(decoded?.last?["speaker"] is NSNull)
        #expect(decoded?.first?["count"] as? Int == 2)
        let quote = (decoded?.first?["quotations"] as? [[String: Any]])?.first
        #expect(Set(quote?.keys.map { $0 } ?? []) == ["file", "text", "kind", "start", "end"])
        #expect(quote?["kind"] as? String == "speech")
    }
}
