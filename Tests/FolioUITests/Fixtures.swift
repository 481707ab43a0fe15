import Foundation
import FolioCore
@testable import FolioUI

/// Articles built directly as values, covering what the reader must draw: curly quotes with
/// speakers, a heading, list items, a block quote, code, a rule, wide CJK text, a combining
/// mark, a placeholder run, warnings, a file that failed to load, and long articles.
enum Fixtures {
    static let khameneiRaw = """
        Skip to main content
        Subscribe | Log in
        IRAN PULSE
        Khamenei shifts stance on talks with the US
        Ali Hashem  March 12, 2025
        Accept cookies?
        In a speech on Wednesday, Ayatollah Ali Khamenei said …
        """

    static var khamenei: Article {
        let blocks = [
            Block(kind: .title, text: "Khamenei shifts stance on talks with the US"),
            Block(kind: .summary, text: "Iran’s supreme leader signalled a softer line on negotiations while warning Washington against pressure."),
            Block(kind: .paragraph, text: "In a speech on Wednesday, Ayatollah Ali Khamenei said “negotiating with America is not wise, not intelligent and not honourable,” repeating a line he has used for years, but he stopped short of ruling out indirect contacts.",
                  runs: [InlineRun(range: 26..<48, style: .emphasis)]),
            Block(kind: .heading(level: 2), text: "A change of tone"),
            Block(kind: .paragraph, text: "Foreign Minister Abbas Araghchi told reporters that “the door to diplomacy has never been closed,” while hardliners chanted “Fighting America” outside parliament."),
            Block(kind: .listItem(marker: "1.", depth: 0), text: "Sanctions relief must come first, officials said, before any talks on enrichment limits can begin."),
            Block(kind: .listItem(marker: "2.", depth: 0), text: "Any agreement would need the supreme leader’s approval."),
            Block(kind: .blockQuote, text: "“We will not negotiate under pressure,” the statement read."),
            Block(kind: .paragraph, text: "Beijing’s state media used the word 对话 (dialogue) and Le Monde’s café-side analysts called it a “détente de façade”."),
            Block(kind: .code, text: "GET /statement HTTP/1.1\n  Accept: text/plain"),
            Block(kind: .rule, text: ""),
            Block(kind: .paragraph, text: "The copied page contained ␛[31m escape codes, shown as placeholders.",
                  runs: [InlineRun(range: 26..<31, style: .placeholder)]),
        ]
        var article = Article(
            file: "/library/al-monitor-khamenei.txt",
            relativePath: "al-monitor-khamenei.txt",
            format: .plainText,
            metadata: ArticleMetadata(
                title: "Khamenei shifts stance on talks with the US",
                author: "Ali Hashem", source: "Al-Monitor", section: "Iran Pulse", date: "March 12, 2025",
                tags: ["Iran", "United States", "Diplomacy"]
            ),
            blocks: blocks,
            raw: khameneiRaw,
            warnings: [ArticleWarning(.controlCharacters, "2 control characters were replaced with placeholders")],
            fingerprint: "khamenei"
        )
        article.quotations = [
            quotation("negotiating with America is not wise, not intelligent and not honourable,", in: article, speaker: "Ali Khamenei"),
            quotation("the door to diplomacy has never been closed,", in: article, speaker: "Abbas Araghchi"),
            quotation("Fighting America", in: article, speaker: nil, kind: .term),
            quotation("We will not negotiate under pressure,", in: article, speaker: nil),
            quotation("détente de façade", in: article, speaker: nil, kind: .term),
        ]
        return article
    }

    static var broken: Article {
        Article(
            file: "/library/broken.md",
            relativePath: "broken.md",
            format: .markdown,
            metadata: ArticleMetadata(title: "broken.md"),
            blocks: [Block(kind: .title, text: "broken.md")],
            raw: "",
            loadError: ArticleLoadError(file: "/library/broken.md", reason: "front matter line 3: mapping values are not allowed here"),
            fingerprint: "broken"
        )
    }

    /// A long article with numbered paragraphs, so scroll positions can be checked by content.
    static func long(paragraphs: Int = 120) -> Article {
        var blocks = [Block(kind: .title, text: "A very long report on regional diplomacy and what was said")]
        for number in 1...paragraphs {
            blocks.append(Block(kind: .paragraph, text: "Paragraph \(number): officials met again to discuss the framework, and each side restated the positions it had taken in earlier rounds of talks."))
        }
        return Article(
            file: "/library/long-report.md",
            relativePath: "long-report.md",
            format: .markdown,
            metadata: ArticleMetadata(title: "A very long report on regional diplomacy and what was said", source: "Radio Farda"),
            blocks: blocks,
            raw: blocks.map(\.text).joined(separator: "\n\n"),
            fingerprint: "long"
        )
    }

    static var all: [Article] { [khamenei, broken, long()] }

    /// A quotation of `text`, located in the article's text by search so offsets are right.
    static func quotation(_ text: String, in article: Article, speaker: String?, kind: Quotation.Kind = .speech) -> Quotation {
        guard let range = article.text.range(of: text) else { fatalError("\(text) not in article") }
        let start = article.text.unicodeScalars.distance(from: article.text.startIndex, to: range.lowerBound)
        return Quotation(text: text, speaker: speaker, kind: kind, start: start, end: start + text.unicodeScalars.count)
    }

    static func program(size: Size, articles: [Article] = all) -> (Program, TestBackend) {
        let backend = TestBackend(size: size)
        let program = Program(state: AppState(articles: articles, size: size), backend: backend)
        return (program, backend)
    }

    /// A stored highlight of `quotation` of the khamenei article.
    static func highlight(_ quotation: Quotation, color: HighlightColor = .yellow, note: String = "", tags: [String] = []) -> Annotation {
        let article = khamenei
        return Annotation(articlePath: article.relativePath, articleFingerprint: article.fingerprint,
                          anchor: AnchorBuilder(text: article.text).anchor(for: quotation.start..<quotation.end),
                          color: color, note: note, tags: tags, speaker: quotation.speaker, created: now)
    }

    /// An annotation of the khamenei article whose text is no longer there.
    static var orphan: Annotation {
        let anchor = TextAnchor(
            quote: TextQuoteSelector(exact: "talks would resume in Oman next week", prefix: "officials said ", suffix: "."),
            position: TextPositionSelector(start: 900, end: 936)
        )
        return Annotation(articlePath: khamenei.relativePath, articleFingerprint: "old", anchor: anchor,
                          anchoring: .orphaned, color: .green, note: "check this", created: now)
    }

    /// A store holding two highlights of the khamenei article (out of order) and an orphan.
    static func storeWithHighlights() -> FakeEffectHandler {
        let handler = FakeEffectHandler()
        let quotations = khamenei.quotations
        handler.annotationsToLoad[khamenei.id] = [
            highlight(quotations[1], color: .blue, note: "said to reporters", tags: ["diplomacy"]),
            orphan,
            highlight(quotations[0]),
        ]
        handler.counts = [khamenei.id: 3, long().id: 7]
        return handler
    }

    /// The moment every annotation made in tests is created at.
    static let now = Date(timeIntervalSince1970: 1_750_000_000)

    /// A program whose effects go to `handler`, with a fixed clock, on a terminal showing `glyphs`.
    static func program(size: Size, articles: [Article] = all, handler: FakeEffectHandler,
                        glyphs: GlyphSet = .unicode) -> Program {
        let state = AppState(articles: articles, size: size, clock: { now })
        return Program(state: state, backend: TestBackend(size: size, glyphs: glyphs), effectHandler: handler)
    }
}

extension Program {
    /// Presses keys in order.
    func press(_ keys: Key...) {
        for key in keys { handle(.key(key)) }
    }

    /// Types text key by key, as a person would.
    func type(_ text: String) {
        for character in text { handle(.key(.character(character))) }
    }

    /// The open article's annotations as the state has them.
    var annotations: [Annotation] {
        state.openAnnotations
    }

    var screenText: String {
        render().textLines().joined(separator: "\n")
    }

    /// The text drawn in cells with `role`, row by row, runs joined by "|".
    func text(withRole role: Role) -> String {
        let buffer = render()
        var runs: [String] = []
        for y in 0..<buffer.size.height {
            var run = ""
            for x in 0..<buffer.size.width where !buffer[x, y].isContinuation {
                if buffer[x, y].style.role == role {
                    run += buffer[x, y].text
                } else if !run.isEmpty {
                    runs.append(run)
                    run = ""
                }
            }
            if !run.isEmpty { runs.append(run) }
        }
        return runs.joined(separator: "|")
    }
}
