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
        #expect(error.location == .position(line: 11, column: 25))
        #expect(error.reason.contains("unterminated string"))
        #expect(error.description.hasPrefix("backup.json: line 11, column 25: "))
    }

    @Test func syntaxErrorsPointAtTheOffendingCharacter() throws {
        #expect(refusal("{\n  \"a\": [1, 2,, 3]\n}")?.location == .position(line: 2, column: 14))
        #expect(refusal("{\"α\": tru}")?.location == .position(line: 1, column: 10))
        #expect(refusal("{} x")?.location == .position(line: 1, column: 4))
        #expect(refusal("")?.location == .position(line: 1, column: 1))
        #expect(refusal("{\"a\": \"tab\there\"}")?.reason.contains("control character") == true)
    }

    @Test func wrongVersionIsRefusedBeforeAnythingElse() throws {
        let error = try #require(refusal(try edited(Self.json, "\"version\" : 1", "\"version\" : 2")))
        #expect(error.location == .path("version"))
        #expect(error.reason.contains("unsupported version 2"))
        let w3cError = try #require(refusal(try edited(Self.w3c, "\"folio:version\" : 1", "\"folio:version\" : 3")))
        #expect(w3cError.location == .path("folio:version"))
    }

    @Test func missingFieldNamesItsPath() throws {
        let error = try #require(refusal(try edited(Self.json, "\"created\" : \"2025-02-10T09:58:20.000Z\",", "")))
        #expect(error.location == .path("articles[0].annotations[0].created"))
        #expect(error.reason == "missing field `created`")
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
            #expect(error.location == .path(path), "\(new)")
            #expect(error.reason.contains(reason), "\(error.reason)")
        }
    }

    @Test func invalidW3CNamesItsPath() throws {
        let noSelector = try edited(Self.w3c, "\"type\" : \"TextPositionSelector\"", "\"type\" : \"FragmentSelector\"")
        #expect(refusal(noSelector)?.location == .path("first.items[0].target.selector"))
        let strange = try edited(Self.w3c, "\"purpose\" : \"tagging\"", "\"purpose\" : \"bookmarking\"")
        #expect(refusal(strange)?.location == .path("first.items[0].body[1].purpose"))
        let stray = try edited(Self.w3c, "\"source\" : \"file:///library/radio-farda.txt\"", "\"source\" : \"file:///elsewhere.txt\"")
        #expect(refusal(stray)?.location == .path("first.items[4].target.source"))
        let untyped = try edited(Self.w3c, "\"type\" : \"Annotation\"", "\"type\" : \"Note\"")
        #expect(refusal(untyped)?.location == .path("first.items[0].type"))
        let missing = try edited(Self.w3c, "\"styleClass\" : \"folio-yellow\",", "")
        #expect(refusal(missing)?.location == .path("first.items[0].target.styleClass"))
    }

    @Test func otherJSONIsNotMistakenForAnExport() throws {
        #expect(refusal("{\"articles\": []}")?.reason.contains("not a Folio export") == true)
        #expect(refusal("[1, 2]")?.location == .path(""))
        #expect(refusal("{\"format\": \"kindle\", \"version\": 1}")?.location == .path("format"))
    }
}
