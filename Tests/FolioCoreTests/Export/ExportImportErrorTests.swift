import Foundation
import Testing
@testable import FolioCore

/// Invalid input is refused whole, with the place and the reason.
@Suite struct ExportImportErrorTests {
    static let json = ExportFormat.json.export(ExportFixtures.document)
    static let w3c = ExportFormat.w3c.export(ExportFixtures.document)

    func refusal(_ text: String, file: String? = nil) -> AnnotationImportError? {
        do {
            _ = try AnnotationImporter.importDocument(from: Data(text.utf8), file: file)
            return nil
        } catch {
            return error
        }
    }

    /// The text with the first occurrence of `old` replaced, which must exist.
    func edited(_ text: String, _ old: String, _ new: String) throws -> String {
        let range = try #require(text.range(of: old))
        return text.replacingCharacters(in: range, with: new)
    }

    @Test func truncatedJSONGivesLineAndColumnOfTheEnd() throws {
        let lines = Self.json.split(separator: "\n", omittingEmptySubsequences: false)
        let truncated = lines.prefix(10).joined(separator: "\n") + "\n    \"note\" : \"unfinished"
        let error = try #require(refusal(truncated, file: "backup.json"))
        #expect((error.line, error.column, error.path) == (11, 25, nil))
        #expect(error.reason.contains("unterminated string"))
        #expect(error.description.hasPrefix("backup.json: line 11, column 25: "))
    }

    @Test func syntaxErrorsPointAtTheOffendingCharacter() throws {
        func place(_ text: String) -> [Int?] {
            let error = refusal(text)
            return [error?.line, error?.column]
        }
        #expect(place("{\n  \"a\": [1, 2,, 3]\n}") == [2, 14])
        #expect(place("{\"α\": tru}") == [1, 10])
        #expect(place("{} x") == [1, 4])
        #expect(place("") == [1, 1])
        #expect(refusal("{\"a\": \"tab\there\"}")?.reason.contains("control character") == true)
    }

    @Test func wrongVersionIsRefusedBeforeAnythingElse() throws {
        let error = try #require(refusal(try edited(Self.json, "\"version\" : 1", "\"version\" : 2")))
        #expect(error.path == "version")
        #expect((error.line, error.column) == (189, 15))
        #expect(error.reason.contains("unsupported version 2"))
        let w3cError = try #require(refusal(try edited(Self.w3c, "\"folio:version\" : 1", "\"folio:version\" : 3")))
        #expect(w3cError.path == "folio:version")
    }

    @Test func missingFieldNamesItsPath() throws {
        let error = try #require(refusal(try edited(Self.json, "\"created\" : \"2025-02-10T09:58:20.000Z\",", "")))
        #expect(error.path == "articles[0].annotations[0].created")
        #expect(error.reason == "missing field `created`")
        // The object that lacks the field: the first annotation opens on line 5, column 9.
        #expect((error.line, error.column) == (5, 9))
    }

    @Test func invalidValuesNameTheirPath() throws {
        let cases: [(String, String, String, String)] = [
            ("\"color\" : \"yellow\"", "\"color\" : \"teal\"", "articles[0].annotations[0].color", "unknown color"),
            ("\"id\" : \"00000000-0000-4000-8000-000000000003\"", "\"id\" : \"nope\"", "articles[0].annotations[0].id", "not a UUID"),
            ("\"created\" : \"2025-02-10T09:58:20.000Z\"", "\"created\" : \"2025-02-10 09:58\"", "articles[0].annotations[0].created", "ISO 8601"),
            ("\"state\" : \"exact\"", "\"state\" : \"lost\"", "articles[0].annotations[0].anchoring.state", "unknown anchoring"),
            ("\"end\" : 198", "\"end\" : 100000", "articles[0].annotations[0].position", "past the article text"),
            ("\"start\" : 162", "\"start\" : \"162\"", "articles[0].annotations[0].position.start", "expected an integer"),
            ("\"id\" : \"00000000-0000-4000-8000-000000000001\"", "\"id\" : \"00000000-0000-4000-8000-000000000003\"", "articles[0].annotations[1].id", "duplicate"),
        ]
        for (old, new, path, reason) in cases {
            let error = try #require(refusal(try edited(Self.json, old, new)), "accepted \(new)")
            #expect(error.path == path, "\(new)")
            #expect(error.line != nil && error.column != nil, "\(error)")
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test func invalidW3CNamesItsPath() throws {
        let noSelector = try edited(Self.w3c, "\"type\" : \"TextPositionSelector\"", "\"type\" : \"FragmentSelector\"")
        let selectorError = try #require(refusal(noSelector))
        #expect(selectorError.path == "first.items[0].target.selector")
        let lines = Self.w3c.split(separator: "\n", omittingEmptySubsequences: false)
        let selectorLine = try #require(lines.firstIndex { $0.contains("\"selector\" : [") })
        #expect(selectorError.line == selectorLine + 1, "\(selectorError)")
        let strange = try edited(Self.w3c, "\"purpose\" : \"tagging\"", "\"purpose\" : \"bookmarking\"")
        #expect(refusal(strange)?.path == ("first.items[0].body[1].purpose"))
        let stray = try edited(Self.w3c, "\"source\" : \"file:///library/radio-farda.txt\"", "\"source\" : \"file:///elsewhere.txt\"")
        #expect(refusal(stray)?.path == ("first.items[4].target.source"))
        let untyped = try edited(Self.w3c, "\"type\" : \"Annotation\"", "\"type\" : \"Note\"")
        #expect(refusal(untyped)?.path == ("first.items[0].type"))
        let missing = try edited(Self.w3c, "\"styleClass\" : \"folio-yellow\",", "")
        #expect(refusal(missing)?.path == ("first.items[0].target.styleClass"))
    }

    @Test func otherJSONIsNotMistakenForAnExport() throws {
        #expect(refusal("{\"articles\": []}")?.reason.contains("not a Folio export") == true)
        #expect(refusal("[1, 2]")?.path == (""))
        #expect(refusal("{\"format\": \"kindle\", \"version\": 1}")?.path == ("format"))
    }
}
