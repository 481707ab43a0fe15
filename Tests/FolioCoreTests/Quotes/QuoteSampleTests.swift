import Foundation
import Testing
@testable import FolioCore

/// The two real web-copied articles in Articles/, split into paragraphs.
@Suite struct QuoteSampleTests {
    static func load(_ name: String) throws -> (Article, [Quotation]) {
        let article = QuoteTestSupport.article(try QuoteTestSupport.fixture("../../../Articles/" + name))
        return (article, QuoteDetector().detect(in: article.blocks))
    }

    static func quotation(startingWith prefix: String, in quotations: [Quotation]) throws -> Quotation {
        try #require(quotations.first { $0.text.hasPrefix(prefix) }, "no quotation starts with \(prefix)")
    }

    static func surname(_ speaker: String?) -> String? {
        speaker?.split(separator: " ").last.map(String.init)
    }

    @Test func alMonitorQuotationsAndSpeakers() throws {
        let (article, quotations) = try Self.load("al-monitor-khamenei-shifts-stance.txt")
        let gun = try Self.quotation(startingWith: "You aim the gun at the Iranian nation", in: quotations)
        #expect(gun.text.contains("‘Negotiate or I shoot!’"))
        #expect(gun.text.hasSuffix("not compatible."))
        #expect(Self.surname(gun.speaker) == "Khamenei")
        #expect(gun.kind == .speech)
        #expect(try Self.quotation(startingWith: "movement of the hungry", in: quotations).speaker == "Baztab")
        for prefix in [
            "From the viewpoint of the Americans", "Our interpretation is",
            "if the officials of the country get daunted", "Indeed, the end to US pressure",
        ] {
            let found = try Self.quotation(startingWith: prefix, in: quotations)
            #expect(Self.surname(found.speaker) == "Khamenei", "\(prefix): \(found.speaker ?? "nil")")
            #expect(found.kind == .speech)
        }
        let rights = try Self.quotation(startingWith: "inalienable rights", in: quotations)
        #expect(rights.kind == .term && rights.speaker == nil)
        #expect(gun.speaker == "Ali Khamenei")
        let title = try Self.quotation(startingWith: "Iran and the United States: An Insider’s View", in: quotations)
        #expect(title.kind == .term)
        #expect(quotations.count == 8)
        Self.expectRealOffsets(quotations, in: article)
    }

    @Test func radioFardaQuotationsAndSpeakers() throws {
        let (article, quotations) = try Self.load("radio-farda-khamenei-no-to-talks.txt")
        #expect(quotations.count == 4)
        let headline = try Self.quotation(startingWith: "No To Talks With U.S.", in: quotations)
        #expect(headline.kind == .term)
        let assuming = try Self.quotation(startingWith: "Assuming that holding talks", in: quotations)
        #expect(assuming.speaker == "Ali Khamenei")
        #expect(assuming.text.hasSuffix("no benefit in holding talks with America."))
        let rouhani = try Self.quotation(startingWith: "When Rouhani was in New York", in: quotations)
        #expect(rouhani.speaker == "President Hassan Rouhani’s chief of staff")
        let fighting = try Self.quotation(startingWith: "Fighting America", in: quotations)
        #expect(fighting.kind == .term && fighting.speaker == nil)
        Self.expectRealOffsets(quotations, in: article)
    }

    /// Every quotation's offsets select exactly its text, and the scalar before it is an opening
    /// mark, never the apostrophe of "Iran’s".
    static func expectRealOffsets(_ quotations: [Quotation], in article: Article) {
        let scalars = Array(article.text.unicodeScalars)
        for quotation in quotations {
            #expect(ContextTokens.string(scalars[quotation.start..<quotation.end]) == quotation.text)
            var before = quotation.start - 1
            while before > 0 && scalars[before].isSpaceLike { before -= 1 }
            #expect(QuoteFamily.opened(by: scalars[before]) != nil, "\(quotation.text) opens after \(scalars[before])")
        }
    }
}
