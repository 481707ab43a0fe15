import Foundation
import Testing
@testable import FolioCore

/// The exports write their bytes by hand for speed; these tests hold the hand-written paths to
/// what the slower, obvious code produces on the same input, so "byte-identical" is checked on
/// far more than the golden files: JSON against `JSONEncoder`, Markdown escaping against the
/// scalar-by-scalar escaper it replaced, dates against plain interpolation, ids against
/// Foundation's.
@Suite struct ExportWriterEquivalenceTests {
    /// What the exports used before `PrettyJSONWriter`, and still the definition of their layout.
    static func encoderOutput(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    static let documents = [ExportFixtures.document, ExportFixtures.trickyDocument, ExportRandomTextTests.document, nastyDocument]

    /// Every control character, quotes, slashes, DEL, line separators, lone combining marks,
    /// confidences that print in exponent form, nil and empty fields.
    static var nastyDocument: ExportDocument {
        let controls = String(String.UnicodeScalarView((0..<0x20).compactMap(Unicode.Scalar.init)))
        let odd = controls + "\"\\/ \u{7F} \u{2028}\u{2029} \u{301}é e\u{301} \u{FEFF} 𝄞 </script>"
        let text = "Title\n\n" + odd + "\n\n" + odd
        var annotations: [Annotation] = []
        for (index, confidence) in [0.0, 1, 0.5, 1e-7, 0.123456789012345, .leastNonzeroMagnitude, .nan, -3].enumerated() {
            annotations.append(Annotation(
                id: UUID(uuidString: String(format: "50000000-0000-4000-8000-%012d", index))!,
                articlePath: "odd/" + odd, articleFingerprint: "ffff",
                anchor: TextAnchor(
                    quote: TextQuoteSelector(exact: odd, prefix: index % 2 == 0 ? "" : controls, suffix: "/"),
                    position: TextPositionSelector(start: index * 3 - 2, end: index * 5)
                ),
                anchoring: index == 7 ? .orphaned : .approximate(confidence: confidence),
                color: HighlightColor.allCases[index % 5],
                note: index % 3 == 0 ? "" : odd,
                tags: index % 2 == 0 ? [] : [odd, "", "t"],
                speaker: index % 4 == 0 ? nil : odd,
                created: Date(timeIntervalSince1970: Double(index) * 1e9 - 3e9 + 0.001),
                modified: Date(timeIntervalSince1970: Double(index) * 7.3e8 + 0.9995)
            ))
        }
        return ExportDocument(articles: [
            ExportedArticle(
                file: "/lib/" + odd, relativePath: "odd/" + odd, fingerprint: "ffff",
                metadata: ArticleMetadata(title: odd, author: odd, source: "", section: nil, date: odd, url: nil, summary: odd, tags: [odd]),
                text: text, annotations: annotations
            ),
            ExportedArticle(file: "/lib/empty", relativePath: "empty", fingerprint: "0", metadata: ArticleMetadata(title: ""), text: "", annotations: []),
        ])
    }

    @Test(arguments: documents.indices)
    func folioJSONIsWhatJSONEncoderWrote(index: Int) throws {
        let document = Self.documents[index]
        #expect(ExportFormat.json.export(document) == (try Self.encoderOutput(FolioJSONExporter.file(document))))
    }

    @Test(arguments: documents.indices)
    func w3cIsWhatJSONEncoderWrote(index: Int) throws {
        let document = Self.documents[index]
        let options = ExportOptions(collectionLabel: "Label \"/\\\u{1}")
        let collection = W3CExporter.collection(document, options: options)
        #expect(ExportFormat.w3c.export(document, options: options) == (try Self.encoderOutput(collection)))
    }

    @Test func jsonWriterEscapesRandomStringsAsJSONEncoderDoes() throws {
        var generator = SeededGenerator(seed: 7)
        let scalars: [Unicode.Scalar] = (0..<0x80).compactMap(Unicode.Scalar.init) + ["é", "\u{2028}", "\u{FFFF}", "👍", "\u{301}"]
        for _ in 0..<500 {
            let length = Int.random(in: 0..<24, using: &generator)
            let text = String(String.UnicodeScalarView((0..<length).map { _ in scalars.randomElement(using: &generator)! }))
            let values = [text, "", text + text]
            var writer = PrettyJSONWriter()
            values.write(to: &writer)
            #expect(String(decoding: writer.bytes, as: UTF8.self) + "\n" == (try Self.encoderOutput(values)), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func jsonWriterWritesNumbersAsJSONEncoderDoes() throws {
        var generator = SeededGenerator(seed: 11)
        var doubles = [0, 1, 0.5, 0.1, 1e-7, 1e-5, 1e-4, .leastNonzeroMagnitude, 1e300, 123_456_789_012_345_680, 0.1 + 0.2]
        doubles += (0..<200).map { _ in Double.random(in: 0...1, using: &generator) }
        let integers = [0, 1, -1, 42, Int.max, Int.min] + (0..<100).map { _ in Int.random(in: -1_000_000...1_000_000, using: &generator) }
        var writer = PrettyJSONWriter()
        doubles.write(to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self) + "\n" == (try Self.encoderOutput(doubles)))
        writer = PrettyJSONWriter()
        integers.write(to: &writer)
        #expect(String(decoding: writer.bytes, as: UTF8.self) + "\n" == (try Self.encoderOutput(integers)))
    }

    @Test func jsonExportStillParsesAndRoundTrips() throws {
        for document in Self.documents {
            let json = ExportFormat.json.export(document)
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(json.utf8)) }
            #expect(throws: Never.self) { try JSONSerialization.jsonObject(with: Data(ExportFormat.w3c.export(document).utf8)) }
        }
    }

    // MARK: Markdown

    @Test func lineEscapingMatchesTheScalarEscaper() {
        var generator = SeededGenerator(seed: 3)
        let pieces = ExportRandomTextTests.pieces + ["1", "9", "0", ".", " ", "\t", "12.", "3)", "- ", "+", "\u{301}", "\r\n"]
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0..<8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for atLineStart in [true, false] {
                #expect(
                    MarkdownEscaper.escapeLine(text.unicodeScalars, atLineStart: atLineStart)
                        == ScalarMarkdownEscaper.escapeLine(text.unicodeScalars, atLineStart: atLineStart),
                    "\(Array(text.unicodeScalars)) atLineStart \(atLineStart)"
                )
            }
        }
    }

    @Test func byteParagraphsMatchTheStringParagraphs() {
        var generator = SeededGenerator(seed: 5)
        let pieces = ExportRandomTextTests.pieces + ["\n", "\n\n", "\n\n\n", " \n", "\u{A0}", "\u{2028}", "\u{3000}\n\n", "\r\n\n", "\n\u{301}",
                                                   "\n\u{1F3FD}", "\n\u{200D}", "\n\u{903}", "\n\u{20DD}", "\n\u{FE0F}", "\n\u{E0041}", "\n“", "\n\u{600}"]
        for _ in 0..<6_000 {
            let text = (0..<Int.random(in: 0..<10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var quote: [UInt8] = []
            MarkdownEscaper.appendBlockQuote(text, to: &quote)
            #expect(String(decoding: quote, as: UTF8.self) == MarkdownEscaper.blockQuote(text), "\(Array(text.unicodeScalars))")
            var paragraphs: [UInt8] = []
            MarkdownEscaper.appendParagraphText(text, to: &paragraphs)
            #expect(String(decoding: paragraphs, as: UTF8.self) == MarkdownEscaper.paragraphText(text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test func clippingsEntriesAndCSVFieldsMatchTheJoinedText() {
        var generator = SeededGenerator(seed: 19)
        let pieces = ExportRandomTextTests.pieces + ["\n", "\n\n", "==========", "\n==========\n", "\r\n", "\n\u{301}",
                                                   "\n\u{200D}", "\u{301}", "\"\u{301}", ",", "\"", "\r"]
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 0..<8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            var entry = ""
            ClippingsExporter.appendEntry("Title", "- detail", text, to: &entry)
            #expect(entry == JoinedTextExports.clippingsEntry("Title", "- detail", text), "\(Array(text.unicodeScalars))")
            #expect(CSVExporter.field(text) == JoinedTextExports.csvField(text), "\(Array(text.unicodeScalars))")
        }
    }

    // MARK: Dates and ids

    @Test func datesMatchInterpolatedText() throws {
        var generator = SeededGenerator(seed: 13)
        let zones = [try #require(TimeZone(identifier: "UTC")), try #require(TimeZone(identifier: "Asia/Tehran")),
                     try #require(TimeZone(identifier: "America/St_Johns"))]
        var dates = [-62_135_596_800.0, -62_198_755_200, -1e11, -0.001, 0, 951_782_400, 253_402_300_799.999, 1e11]
        dates += (0..<2_000).map { _ in Double.random(in: -8e10...8e10, using: &generator).rounded() / 1000 }
        for seconds in dates {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(ExportTimestamp.iso8601(date) == InterpolatedTimestamp.iso8601(date))
            #expect(ExportTimestamp.spreadsheet(date) == InterpolatedTimestamp.spreadsheet(date))
            for zone in zones {
                #expect(ExportTimestamp.readable(date, timeZone: zone) == InterpolatedTimestamp.readable(date, timeZone: zone))
                #expect(ExportTimestamp.kindle(date, timeZone: zone) == InterpolatedTimestamp.kindle(date, timeZone: zone))
            }
        }
    }

    @Test func idsMatchFoundation() {
        var generator = SeededGenerator(seed: 17)
        for _ in 0..<1_000 {
            var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            withUnsafeMutableBytes(of: &bytes) { raw in
                for index in raw.indices { raw[index] = UInt8.random(in: 0...255, using: &generator) }
            }
            let id = UUID(uuid: bytes)
            #expect(UUIDText.lowercase(id) == id.uuidString.lowercased())
            #expect(UUIDText.parse(id.uuidString) == id)
            #expect(UUIDText.parse(id.uuidString.lowercased()) == id)
        }
        let malformed = [
            "", "00000000-0000-4000-8000-00000000000", "00000000-0000-4000-8000-0000000000011",
            "00000000_0000-4000-8000-000000000001", "0000000g-0000-4000-8000-000000000001",
            "000000000000-4000-8000-000000000001-", "{00000000-0000-4000-8000-000000000001}",
            "00000000-0000-4000-8000-00000000000é",
        ]
        for text in malformed {
            #expect(UUIDText.parse(text) == nil, "\(text)")
            #expect(UUID(uuidString: text) == nil, "Foundation accepts \(text)")
        }
    }
}
