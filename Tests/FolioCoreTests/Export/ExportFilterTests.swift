import Foundation
import Testing
@testable import FolioCore

@Suite struct ExportFilterTests {
    let document = ExportFixtures.document

    func ids(_ document: ExportDocument) -> [String] {
        document.articles.flatMap(\.annotationsInExportOrder).map { String($0.id.uuidString.suffix(1)) }
    }

    @Test func emptyFilterKeepsEverything() {
        #expect(ExportFilter().apply(to: document) == document)
    }

    @Test func articlePathMatchesRelativeOrAbsolutePath() {
        #expect(ids(ExportFilter(articlePath: "radio-farda.txt").apply(to: document)) == ["5", "6"])
        #expect(ids(ExportFilter(articlePath: "/library/radio-farda.txt").apply(to: document)) == ["5", "6"])
        #expect(ExportFilter(articlePath: "nowhere.txt").apply(to: document).articles.isEmpty)
    }

    @Test func tagMatchesAnnotationOrArticleTagsIgnoringCase() {
        #expect(ids(ExportFilter(tag: "JCPOA").apply(to: document)) == ["1"])
        #expect(ids(ExportFilter(tag: "diplomacy").apply(to: document)) == ["3", "1", "2", "4"])
        #expect(ids(ExportFilter(tag: "فارسی").apply(to: document)) == ["5"])
    }

    @Test func sinceKeepsAnnotationsCreatedOrModifiedSince() {
        let since = Date(timeIntervalSince1970: 1_739_185_000)
        #expect(ids(ExportFilter(since: since).apply(to: document)) == ["1", "5", "6"])
        #expect(ids(ExportFilter(articlePath: "radio-farda.txt", tag: "فارسی", since: since).apply(to: document)) == ["5"])
    }
}
