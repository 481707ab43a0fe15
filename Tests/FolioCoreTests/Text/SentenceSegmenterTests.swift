import Testing
@testable import FolioCore

@Suite struct SentenceSegmenterTests {
    private func split(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return SentenceSegmenter().sentences(in: text).map { range in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[range])
            return String(view)
        }
    }

    @Test func splitsAtFullStopsQuestionAndExclamationMarks() {
        #expect(split("It rained. Was it cold? Very! Then it stopped.") == ["It rained.", "Was it cold?", "Very!", "Then it stopped."])
    }

    @Test func keepsAbbreviationsTitlesAndMonths() {
        #expect(split("Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital. They talked.")
                == ["Mr. Smith met Dr. Jones on Jan. 5 in the U.S. capital.", "They talked."])
        #expect(split("Some states, e.g. Oman, mediated. Others, i.e. Qatar, did not.")
                == ["Some states, e.g. Oman, mediated.", "Others, i.e. Qatar, did not."])
    }

    @Test func keepsDecimalsAndInitials() {
        #expect(split("Inflation reached 3.5 percent. J. K. Rowling agreed.") == ["Inflation reached 3.5 percent.", "J. K. Rowling agreed."])
    }

    @Test func closingQuotesBelongToTheSentence() {
        #expect(split("He said, “We will not negotiate.” Then he left.") == ["He said, “We will not negotiate.”", "Then he left."])
        #expect(split("“Why now?” he asked. Nobody knew.") == ["“Why now?” he asked.", "Nobody knew."])
    }

    @Test func ellipsesEndASentenceOnlyBeforeACapital() {
        #expect(split("He paused… and went on. Wait... Then silence.") == ["He paused… and went on.", "Wait...", "Then silence."])
    }

    @Test func handlesUncasedScriptsAndWideStops() {
        #expect(split("گفت: نه. بعد رفت.") == ["گفت: نه.", "بعد رفت."])
        #expect(split("我们谈话。然后离开。") == ["我们谈话。", "然后离开。"])
    }

    @Test func rangesAreScalarOffsetsInTheArticleText() {
        let article = Article(
            file: "/a.txt", relativePath: "a.txt", format: .plainText, metadata: ArticleMetadata(title: "Title"),
            blocks: [Block(kind: .title, text: "Title"), Block(kind: .paragraph, text: "Iran’s leader spoke. “No,” he said. 対話 ended.")],
            raw: "", fingerprint: "f"
        )
        let scalars = Array(article.text.unicodeScalars)
        let texts = SentenceSegmenter().sentences(of: article).map { range in
            String(String.UnicodeScalarView(scalars[range]))
        }
        #expect(texts == ["Title", "Iran’s leader spoke.", "“No,” he said.", "対話 ended."])
    }

    @Test func trailingTextWithoutAStopIsASentence() {
        #expect(split("  One. two three  ") == ["One. two three"])
        #expect(split("") == [])
    }
}
