import Foundation
import Testing
@testable import FolioCore

@Suite struct ExportRoundTripTests {
    static let documents = [ExportFixtures.document, ExportFixtures.trickyDocument]

    @Test(arguments: [0, 1])
    func jsonImportedAndExportedAgainIsByteIdentical(document index: Int) throws {
        let json = ExportFormat.json.export(Self.documents[index])
        let imported = try AnnotationImporter.importDocument(from: Data(json.utf8))
        #expect(ExportFormat.json.export(imported) == json)
    }

    @Test(arguments: [0, 1])
    func w3cImportedGivesTheSameJSONAsTheOriginal(document index: Int) throws {
        let document = Self.documents[index]
        let w3c = ExportFormat.w3c.export(document)
        let imported = try AnnotationImporter.importDocument(from: Data(w3c.utf8))
        #expect(ExportFormat.json.export(imported) == ExportFormat.json.export(document))
        #expect(ExportFormat.w3c.export(imported) == w3c)
    }

    @Test(arguments: [0, 1])
    func importGivesBackEveryAnnotationField(document index: Int) throws {
        let document = Self.documents[index]
        for format in [ExportFormat.json, .w3c] {
            let imported = try AnnotationImporter.importDocument(from: Data(format.export(document).utf8))
            #expect(imported.articles.count == document.articles.count)
            for (original, back) in zip(document.articles, imported.articles) {
                #expect(back.file == original.file)
                #expect(back.relativePath == original.relativePath)
                #expect(back.fingerprint == original.fingerprint)
                #expect(back.metadata == original.metadata)
                #expect(back.text == original.text)
                let byID = Dictionary(uniqueKeysWithValues: back.annotations.map { ($0.id, $0) })
                for annotation in original.annotations {
                    var expected = annotation
                    // Exports keep whole milliseconds.
                    expected.created = Date(timeIntervalSince1970: (annotation.created.timeIntervalSince1970 * 1000).rounded() / 1000)
                    expected.modified = Date(timeIntervalSince1970: (annotation.modified.timeIntervalSince1970 * 1000).rounded() / 1000)
                    #expect(byID[annotation.id] == expected, "\(format) lost a field of \(annotation.id)")
                }
            }
        }
    }

    @Test func importDetectsTheFormat() throws {
        let document = ExportFixtures.document
        #expect(try AnnotationImporter.format(of: Data(ExportFormat.json.export(document).utf8)) == .json)
        #expect(try AnnotationImporter.format(of: Data(ExportFormat.w3c.export(document).utf8)) == .w3c)
    }
}
