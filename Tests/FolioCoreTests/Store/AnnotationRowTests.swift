import Foundation
import Testing
@testable import FolioCore

/// The tags column is read without a JSON decoder when it can be; these hold that shortcut to
/// what the decoder reads.
@Suite struct AnnotationRowTests {
    @Test func tagsReadBackAsTheyWereWritten() throws {
        var generator = SeededGenerator(seed: 23)
        let pieces = ["a", "tag", "", " ", ",", "\"", "\\", "/", "[", "]", "\",\"", "\n", "\u{1}", "é", "\u{301}", "👍🏽", "فارسی"]
        for _ in 0..<2_000 {
            let tags = (0..<Int.random(in: 0..<4, using: &generator)).map { _ in
                (0..<Int.random(in: 0..<4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            }
            let json = String(decoding: try JSONEncoder().encode(tags), as: UTF8.self)
            #expect(try AnnotationRow.tags(json) == tags, "\(json)")
        }
    }

    @Test func tagsInOtherLayoutsGoThroughTheDecoder() throws {
        #expect(try AnnotationRow.tags("[ \"a\" , \"b\" ]") == ["a", "b"])
        #expect(try AnnotationRow.tags("[\"a\\u0041\"]") == ["aA"])
        for malformed in ["", "[", "]", "[\"a\"", "[\"a\"]x", "[\"a\u{1}\"]", "[a]", "[\"a\"\"b\"]", "{}"] {
            #expect(throws: (any Error).self, "\(malformed)") { try AnnotationRow.tags(malformed) }
        }
    }
}
