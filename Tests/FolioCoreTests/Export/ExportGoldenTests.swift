import Foundation
import Testing
@testable import FolioCore

@Suite struct ExportGoldenTests {
    @Test(arguments: ExportFormat.allCases)
    func formatMatchesGoldenFile(format: ExportFormat) throws {
        let output = format.export(ExportFixtures.document)
        try ExportTestSupport.expectGolden(output, named: "fixture.\(format.rawValue).\(format.fileExtension)")
    }

    @Test(arguments: ExportFormat.allCases)
    func exportIsDeterministicWhateverTheInputOrder(format: ExportFormat) {
        var shuffled = ExportFixtures.document
        for index in shuffled.articles.indices {
            shuffled.articles[index].annotations.reverse()
        }
        #expect(format.export(shuffled) == format.export(ExportFixtures.document))
    }
}
