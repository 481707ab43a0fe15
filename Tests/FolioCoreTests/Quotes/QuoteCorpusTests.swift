import Foundation
import Testing
@testable import FolioCore

/// The labelled corpus in Fixtures/QuoteCorpus: six news-style articles, each with the quotations
/// a human reader finds in it. The detector must reach quote F1 0.95 and speaker accuracy 0.90.
@Suite struct QuoteCorpusTests {
    static let corpus = QuoteTestSupport.folder.appendingPathComponent("../Fixtures/QuoteCorpus").standardizedFileURL

    static func articleNames() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: corpus.path)
            .filter { $0.hasSuffix(".txt") }
            .map { String($0.dropLast(4)) }
            .sorted()
    }

    @Test func corpusHasSixLabelledArticles() throws {
        let names = try Self.articleNames()
        #expect(names.count >= 6)
        for name in names {
            let words = try String(contentsOf: Self.corpus.appendingPathComponent(name + ".txt"), encoding: .utf8)
                .split(whereSeparator: \.isWhitespace).count
            #expect((300...700).contains(words), "\(name) has \(words) words")
            #expect(FileManager.default.fileExists(atPath: Self.corpus.appendingPathComponent(name + ".expected.json").path))
        }
    }

    @Test func detectorMeetsQualityBar() throws {
        var evaluation = QuoteCorpusEvaluation()
        for name in try Self.articleNames() {
            let text = try String(contentsOf: Self.corpus.appendingPathComponent(name + ".txt"), encoding: .utf8)
            let data = try Data(contentsOf: Self.corpus.appendingPathComponent(name + ".expected.json"))
            let expected = try JSONDecoder().decode([QuoteCorpusEvaluation.Expected].self, from: data)
            evaluation.score(QuoteTestSupport.detect(text), against: expected, article: name)
        }
        print("QuoteCorpus " + evaluation.summary)
        for miss in evaluation.misses { print("QuoteCorpus   " + miss) }
        #expect(evaluation.f1 >= 0.95, "\(evaluation.summary)")
        #expect(evaluation.speakerAccuracy >= 0.90, "\(evaluation.summary)")
    }

    @Test func evaluationCountsMissesAndWrongSpeakers() {
        var evaluation = QuoteCorpusEvaluation()
        let detected = [
            Quotation(text: "Hello there,", speaker: "Jane Doe", kind: .speech, start: 0, end: 12),
            Quotation(text: "spurious", speaker: nil, kind: .term, start: 20, end: 28),
        ]
        let expected = [
            QuoteCorpusEvaluation.Expected(text: "Hello there", speaker: "John Doe", kind: .speech),
            QuoteCorpusEvaluation.Expected(text: "missing", speaker: nil, kind: .term),
        ]
        evaluation.score(detected, against: expected, article: "unit")
        #expect(evaluation.matched == 1)
        #expect(evaluation.precision == 0.5)
        #expect(evaluation.recall == 0.5)
        #expect(evaluation.speakerChecked == 1)
        #expect(evaluation.speakerCorrect == 1)
        #expect(!QuoteCorpusEvaluation.sameSpeaker("Jane Roe", "John Doe"))
        #expect(!QuoteCorpusEvaluation.sameSpeaker(nil, "John Doe"))
    }
}
