import Foundation
@testable import FolioCore

/// Scores detected quotations against a hand-labelled expected list.
///
/// A detection matches an expectation when their texts are equal after trimming white space and
/// punctuation at both ends (so “bill.” and “bill” agree). Speakers are compared over matched
/// speech quotations: equal ignoring case, or with the same surname (last word), so "Van Dijk"
/// and "Marieke van Dijk" agree; nil must match nil.
struct QuoteCorpusEvaluation {
    struct Expected: Decodable {
        var text: String
        var speaker: String?
        var kind: Quotation.Kind
    }

    var expectedCount = 0
    var detectedCount = 0
    var matched = 0
    var speakerChecked = 0
    var speakerCorrect = 0
    var kindCorrect = 0
    var misses: [String] = []

    var precision: Double { detectedCount == 0 ? 0 : Double(matched) / Double(detectedCount) }
    var recall: Double { expectedCount == 0 ? 0 : Double(matched) / Double(expectedCount) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var speakerAccuracy: Double { speakerChecked == 0 ? 1 : Double(speakerCorrect) / Double(speakerChecked) }

    mutating func score(_ detected: [Quotation], against expected: [Expected], article: String) {
        expectedCount += expected.count
        detectedCount += detected.count
        var used = Array(repeating: false, count: detected.count)
        for wanted in expected {
            let key = Self.normalized(wanted.text)
            guard let index = detected.indices.first(where: { !used[$0] && Self.normalized(detected[$0].text) == key })
            else {
                misses.append("\(article): missed “\(wanted.text)”")
                continue
            }
            used[index] = true
            matched += 1
            let found = detected[index]
            if found.kind == wanted.kind {
                kindCorrect += 1
            } else {
                misses.append("\(article): “\(wanted.text.prefix(40))” is a \(found.kind.rawValue), expected \(wanted.kind.rawValue)")
            }
            guard wanted.kind == .speech else { continue }
            speakerChecked += 1
            if Self.sameSpeaker(found.speaker, wanted.speaker) {
                speakerCorrect += 1
            } else {
                misses.append("\(article): speaker of “\(wanted.text.prefix(40))” is \(found.speaker ?? "nil"), expected \(wanted.speaker ?? "nil")")
            }
        }
        for (index, quotation) in detected.enumerated() where !used[index] {
            misses.append("\(article): spurious “\(quotation.text)”")
        }
    }

    static func normalized(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
    }

    static func sameSpeaker(_ found: String?, _ wanted: String?) -> Bool {
        guard let found, let wanted else { return found == nil && wanted == nil }
        if found.caseInsensitiveCompare(wanted) == .orderedSame { return true }
        let surname = { (name: String) in name.split(separator: " ").last.map { $0.lowercased() } }
        return surname(found) == surname(wanted)
    }

    var summary: String {
        String(
            format: "quotes: expected %d, detected %d, matched %d; precision %.3f recall %.3f F1 %.3f; speaker accuracy %.3f (%d/%d); kind agreement %d/%d",
            expectedCount, detectedCount, matched, precision, recall, f1, speakerAccuracy, speakerCorrect, speakerChecked,
            kindCorrect, matched)
    }
}
