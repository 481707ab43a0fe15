import Foundation
@testable import FolioCore

/// Fixed documents for the export tests: fixed ids and dates, so output is byte-stable.
enum ExportFixtures {

    /// Two articles, one orphan, a multi-paragraph quote, notes, tags, colors, a speaker,
    /// overlapping highlights and non-Latin text.
    static var document: ExportDocument {
        let alMonitorText = [
            "Khamenei shifts stance on talks with Washington",
            "Iran’s leader rejects negotiations, for now.",
            "Iran’s Supreme Leader Ali Khamenei said on Friday that negotiating with the United States is “not smart, wise or honorable.”",
            "He added: “Experience shows that talks with America have no effect.\nWe will not be deceived twice.”",
            "Analysts said the remarks narrow the room for diplomacy.",
            "Officials in Tehran, however, kept the door open to indirect contacts.",
        ].joined(separator: "\n\n")
        let alMonitorFile = "/library/al-monitor/khamenei shifts stance.txt"
        let alMonitorPath = "al-monitor/khamenei shifts stance.txt"
        let alMonitorFingerprint = "0123456789abcdef"
        let a = ExportedArticle(
            file: alMonitorFile,
            relativePath: alMonitorPath,
            fingerprint: alMonitorFingerprint,
            metadata: ArticleMetadata(
                title: "Khamenei shifts stance on talks with Washington",
                author: "Ali Hashem",
                source: "Al-Monitor",
                section: "Iran Pulse",
                date: "2025-02-10",
                url: "https://www.al-monitor.com/originals/2025/02/khamenei-shifts-stance",
                summary: "Iran’s leader rejects negotiations, for now.",
                tags: ["iran", "diplomacy"]
            ),
            text: alMonitorText,
            annotations: [
                annotation(
                    "00000000-0000-4000-8000-000000000001", "not smart, wise or honorable.", in: alMonitorText,
                    path: alMonitorPath, fingerprint: alMonitorFingerprint, color: .pink,
                    note: "The key line.\n\nCompare with the 2015 wording.", tags: ["quote", "jcpoa"],
                    speaker: "Ali Khamenei", created: 1_739_181_300, modified: 1_739_185_000.25
                ),
                annotation(
                    "00000000-0000-4000-8000-000000000002",
                    "Experience shows that talks with America have no effect.\nWe will not be deceived twice.”\n\nAnalysts said the remarks narrow the room for diplomacy.",
                    in: alMonitorText, path: alMonitorPath, fingerprint: alMonitorFingerprint,
                    anchoring: .approximate(confidence: 0.875), color: .blue, created: 1_739_181_400.123
                ),
                annotation(
                    "00000000-0000-4000-8000-000000000003", "with the United States is “not smart", in: alMonitorText,
                    path: alMonitorPath, fingerprint: alMonitorFingerprint, color: .yellow,
                    note: "Overlaps the pink one.", tags: ["us"], created: 1_739_181_500
                ),
                Annotation(
                    id: UUID(uuidString: "00000000-0000-4000-8000-000000000004")!,
                    articlePath: alMonitorPath,
                    articleFingerprint: "fedcba9876543210",
                    anchor: TextAnchor(
                        quote: TextQuoteSelector(exact: "A paragraph the editors later removed.", prefix: "contacts.\n\n", suffix: ""),
                        position: TextPositionSelector(start: 900, end: 938)
                    ),
                    anchoring: .orphaned,
                    color: .green,
                    note: "Was in the first version.",
                    created: Date(timeIntervalSince1970: 1_739_000_000)
                ),
            ]
        )

        let fardaText = [
            "Khamenei says no to talks",
            "رهبر جمهوری اسلامی گفت: «مذاکره با آمریکا عاقلانه نیست.»",
            "Commentators in Beijing wrote: 谈判没有用 — talks are useless. 👍🏽",
            "Fighting America remains the slogan.",
        ].joined(separator: "\n\n")
        let fardaFile = "/library/radio-farda.txt"
        let b = ExportedArticle(
            file: fardaFile,
            relativePath: "radio-farda.txt",
            fingerprint: "1111222233334444",
            metadata: ArticleMetadata(title: "Khamenei says no to talks", source: "Radio Farda"),
            text: fardaText,
            annotations: [
                annotation(
                    "00000000-0000-4000-8000-000000000005", "مذاکره با آمریکا عاقلانه نیست.", in: fardaText,
                    path: "radio-farda.txt", fingerprint: "1111222233334444", anchoring: .moved, color: .purple,
                    note: "Persian original; compare the translation.", tags: ["فارسی"], speaker: "Ali Khamenei",
                    created: 1_739_300_000
                ),
                annotation(
                    "00000000-0000-4000-8000-000000000006", "谈判没有用 — talks are useless. 👍🏽", in: fardaText,
                    path: "radio-farda.txt", fingerprint: "1111222233334444", color: .green, created: 1_739_300_100
                ),
            ]
        )
        return ExportDocument(articles: [a, b])
    }

    /// Highlights full of Markdown, HTML, CSV and JSON syntax, and non-Latin text.
    static let trickyQuotes = [
        "# Not a heading",
        "* not a bullet and **not bold**",
        "> not a nested quote",
        "see [x](y) and ![img](z.png)",
        "<script>alert(\"x\")</script> &amp; &copy;",
        "| a | b |\n|---|---|",
        "commas, \"double quotes\", and 'single'",
        "line one\nline two\n\nsecond paragraph",
        "- dash item\n+ plus item\n1. ordered\n2) other",
        "`code` and _emphasis_ and ==mark== and ~~strike~~ and \\backslash",
        "=cmd|' /C calc'!A0",
        "    indented four spaces",
        "سلام دنیا — Persian",
        "你好，世界 and emoji 👍🏽🇮🇷",
        "---",
        "Title\n===",
    ]

    static var trickyDocument: ExportDocument {
        let text = (["Tricky [title] *with* #marks"] + trickyQuotes).joined(separator: "\n\n")
        let path = "tricky/doc, \"odd\" #1.md"
        let annotations = trickyQuotes.enumerated().map { index, quote in
            annotation(
                String(format: "10000000-0000-4000-8000-%012d", index), quote, in: text, path: path,
                fingerprint: "aaaabbbbccccdddd", color: HighlightColor.allCases[index % 5],
                note: index.isMultiple(of: 2) ? "note: " + trickyQuotes[(index + 3) % trickyQuotes.count] : "",
                tags: index.isMultiple(of: 3) ? ["tag, with comma", "#hash"] : [],
                speaker: index == 4 ? "O'Brien <b>" : nil,
                created: 1_739_400_000 + Double(index)
            )
        }
        return ExportDocument(articles: [ExportedArticle(
            file: "/library/tricky/doc, \"odd\" #1.md",
            relativePath: path,
            fingerprint: "aaaabbbbccccdddd",
            metadata: ArticleMetadata(title: "Tricky [title] *with* #marks", author: "Anon, \"Esq.\"", tags: ["a|b"]),
            text: text,
            annotations: annotations
        )])
    }

    static func annotation(
        _ id: String, _ exact: String, in text: String, path: String, fingerprint: String,
        anchoring: Anchoring = .exact, color: HighlightColor, note: String = "", tags: [String] = [],
        speaker: String? = nil, created: Double, modified: Double? = nil
    ) -> Annotation {
        Annotation(
            id: UUID(uuidString: id)!,
            articlePath: path,
            articleFingerprint: fingerprint,
            anchor: anchor(exact, in: text),
            anchoring: anchoring,
            color: color,
            note: note,
            tags: tags,
            speaker: speaker,
            created: Date(timeIntervalSince1970: created),
            modified: modified.map { Date(timeIntervalSince1970: $0) }
        )
    }

    /// Quote and position selectors for the first occurrence of `exact`, 32 scalars of context.
    static func anchor(_ exact: String, in text: String) -> TextAnchor {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(exact.unicodeScalars)
        let start = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
        let end = start + needle.count
        var prefix = "", suffix = ""
        prefix.unicodeScalars.append(contentsOf: scalars[max(0, start - 32)..<start])
        suffix.unicodeScalars.append(contentsOf: scalars[end..<min(scalars.count, end + 32)])
        return TextAnchor(
            quote: TextQuoteSelector(exact: exact, prefix: prefix, suffix: suffix),
            position: TextPositionSelector(start: start, end: end)
        )
    }
}
