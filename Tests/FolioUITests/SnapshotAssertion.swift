import Foundation
import Testing
@testable import FolioUI

/// Compares a screen with a text snapshot in `Snapshots/<name>.txt`: the characters, then the
/// role of every cell as a letter, so both what is drawn and how it is styled are checked.
/// With FOLIO_RECORD_SNAPSHOTS=1 the file is (re)written and the test fails saying so.
enum SnapshotAssertion {
    static let roleLetters: [Role: Character] = [
        .normal: " ", .border: "-", .borderFocused: "=", .paneTitle: "t", .paneTitleFocused: "T",
        .listRow: "l", .listRowSelected: "S", .listRowDetail: "d", .readerText: ".", .title: "H",
        .heading: "h", .blockQuote: ">", .code: "c", .link: "u", .quotation: "Q", .cursor: "_", .selection: "v",
        .highlight1: "1", .highlight2: "2", .highlight3: "3", .highlight4: "4", .highlight5: "5",
        .sidebar: "s", .speaker: "p", .dim: ",", .statusLine: "#", .helpOverlay: "?",
        .searchMatch: "/", .warning: "!", .placeholder: "~",
    ]

    /// The screen as a terminal showing `glyphs` paints it, then its roles.
    static func text(of buffer: ScreenBuffer, glyphs: GlyphSet = .unicode) -> String {
        var lines = glyphs.terminalLines(of: buffer).map { $0 + "|" }
        lines.append("--- roles: " + roleLetters.sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.value)=\($0.key.rawValue)" }.joined(separator: " "))
        for y in 0..<buffer.size.height {
            lines.append(String((0..<buffer.size.width).map { roleLetters[buffer[$0, y].style.role] ?? "?" }) + "|")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func assertMatches(_ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        assertMatches(text: text(of: buffer), named: name, sourceLocation: sourceLocation)
    }

    /// Compares any snapshot text (a screen drawn some other way, say with a theme's styles).
    static func assertMatches(text actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Snapshots").appendingPathComponent(name + ".txt")
        if ProcessInfo.processInfo.environment["FOLIO_RECORD_SNAPSHOTS"] == "1" {
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("Recorded snapshot \(url.path); run again without FOLIO_RECORD_SNAPSHOTS to compare", sourceLocation: sourceLocation)
            } catch {
                Issue.record("Could not record snapshot \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("No snapshot at \(url.path); run with FOLIO_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
            return
        }
        guard expected != actual else { return }
        let report = diff(expected: expected, actual: actual)
        Issue.record("Snapshot \(name) differs:\n\(report)", sourceLocation: sourceLocation)
    }

    /// The differing lines, numbered, expected above actual.
    static func diff(expected: String, actual: String) -> String {
        let old = expected.components(separatedBy: "\n")
        let new = actual.components(separatedBy: "\n")
        var report: [String] = []
        for index in 0..<max(old.count, new.count) {
            let before = index < old.count ? old[index] : "<missing>"
            let after = index < new.count ? new[index] : "<missing>"
            if before != after {
                report.append("line \(index + 1):\n  expected: \(before)\n  actual:   \(after)")
            }
        }
        return report.joined(separator: "\n")
    }
}
