import Testing
@testable import FolioCore

/// One test per pattern the detector must handle; each builds a small article with real offsets.
@Suite struct QuotePatternTests {
    func detect(_ body: String) -> [Quotation] {
        QuoteTestSupport.detect("Title\n\n" + body)
    }

    @Test func splitQuotationHasTwoPartsWithOneSpeaker() {
        let found = detect("Jane Doe, the mayor, spoke on Monday.\n\n“We will win,” she said, “and we will win soon, whatever they say.”")
        #expect(found.map(\.text) == ["We will win,", "and we will win soon, whatever they say."])
        #expect(found.map(\.speaker) == ["Jane Doe", "Jane Doe"])
        #expect(found.allSatisfy { $0.kind == .speech })
    }

    @Test func invertedSplitQuotation() {
        let found = detect("“The deal is done,” said Pieter Smit, a spokesman. “Now we sign it.”")
        #expect(found.map(\.speaker) == ["Pieter Smit", "Pieter Smit"])
    }

    @Test func multiParagraphQuotationIsOnePerParagraphWithOneSpeaker() {
        let body = """
            Anna Berg said the plan had failed.

            “We tried everything we could think of. We called, we wrote, we waited outside their offices.

            “Nobody answered. Not once.

            “So now we go to court.”

            The ministry did not respond.
            """
        let article = QuoteTestSupport.article("Title\n\n" + body)
        let found = QuoteDetector().detect(in: article.blocks)
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker == "Anna Berg" && $0.kind == .speech })
        #expect(found.map(\.text).last == "So now we go to court.")
        for (quotation, block) in zip(found, article.blocks[2...4]) {
            #expect(quotation.start == block.start + 1)
        }
    }

    @Test func nestedSingleQuotesStayInsideTheOuterQuotation() {
        let found = detect("He had said, “You aim the gun and then say, ‘Negotiate or I shoot!’ But pressure and talks do not mix.”")
        #expect(found.count == 1)
        #expect(found.first?.text.contains("‘Negotiate or I shoot!’") == true)
    }

    @Test func apostrophesAreNotQuotes() {
        let found = detect(
            "Iran’s leaders don’t like the ’90s rules, and the United States’ officials say rock ’n’ roll is O’Brien’s business. It's the Joneses' turn, isn't it? Rock 'n' roll since '94.")
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func britishSingleQuotesAreQuotations() {
        let found = detect("Khamenei’s ‘No To Talks With U.S.’, a sign of authority.\n\n‘The farmers’ concerns are real, but so is the bill,’ the environment secretary, Helen Marsh, told MPs.")
        #expect(found.map(\.text) == ["No To Talks With U.S.", "The farmers’ concerns are real, but so is the bill,"])
        #expect(found[0].kind == .term)
        #expect(found[1].speaker == "Helen Marsh")
    }

    @Test func unclosedSingleMarkIsAnApostropheAndLaterQuotesSurvive() {
        let found = detect("Fans of ‘the old days remember it, and the coach said, “We were better then, much better than now.”")
        #expect(found.map(\.text) == ["We were better then, much better than now."])
        #expect(found.first?.speaker == "the coach")
    }

    @Test func pronounsPointBackToTheLastPersonNamed() {
        let body = """
            Iranian Supreme Leader Ayatollah Ali Khamenei spoke in Tehran. He rejected Joe Biden's offer.

            Later Khamenei addressed the crowd again. He stressed, “Pressure and negotiation are not compatible with each other.”
            """
        let found = detect(body)
        #expect(found.map(\.speaker) == ["Ali Khamenei"])
    }

    @Test func pronounSkipsNamesInsideDescriptions() {
        let body = "Rachel Hume, director of the charity Coastal Futures, was unimpressed.\n\n“People on the coast are being asked to wait,” she said."
        #expect(detect(body).map(\.speaker) == ["Rachel Hume"])
    }

    @Test func accordingTo() {
        let found = detect("“The numbers will speak for themselves,” according to Pieter Smit.\n\nAccording to Smit, “the figures are final and will not change.”")
        #expect(found.map(\.speaker) == ["Pieter Smit", "Pieter Smit"])
    }

    @Test func speechVerbsBeforeTheQuotation() {
        let found = detect(
            "Marsh maintains, “Our interpretation is that the offers are a tactic.” Marsh firmly believes that “concessions never end once they start,” maintaining that, “the end will only come with resistance.”")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker == "Marsh" })
    }

    @Test func participleBorrowsTheSubjectOfTheSentence() {
        let found = detect(
            "A few days earlier, President Hassan Rouhani’s chief of staff denied the report, adding, “Rouhani rejected the call every single time.”")
        #expect(found.first?.speaker == "President Hassan Rouhani’s chief of staff")
    }

    @Test func namingVerbAttributesToANamedSubject() {
        let found = detect("It could lead to what Baztab, a popular website, called a “movement of the hungry.” Critics called it a “witch hunt.”")
        #expect(found.map(\.speaker) == ["Baztab", nil])
        #expect(found.map(\.kind) == [.speech, .term])
    }

    @Test func guillemetsAndOtherMarks() {
        let found = detect(
            "Jean Dupont said: « Nous ne céderons pas sur ce point. » The paper called it «realismo». »Wir haben viel erreicht«, sagte Merz. „Das reicht nicht“, sagte er. A negotiator said the result was 「一歩前進だが、十分ではない」. The headline read 『現実的な妥協』. They chanted ‹ non ›.")
        #expect(found.map(\.text) == [
            "Nous ne céderons pas sur ce point.", "realismo", "Wir haben viel erreicht", "Das reicht nicht",
            "一歩前進だが、十分ではない", "現実的な妥協", "non",
        ])
        #expect(found.map(\.speaker) == ["Jean Dupont", nil, "Merz", "Merz", "A negotiator", nil, nil])
    }

    @Test func straightQuotes() {
        let found = detect("\"We came in good faith and left with nothing,\" said Marieke van Dijk. The 5\" screen broke.")
        #expect(found.map(\.text) == ["We came in good faith and left with nothing,"])
        #expect(found.first?.speaker == "Marieke van Dijk")
    }

    @Test func shortUnattributedQuotesAreTerms() {
        let found = detect(
            "“Fighting America” is part of the definition. Brokers call it “park life.” The long one: “this sentence has many words but nobody said it anywhere”")
        #expect(found.map(\.kind) == [.term, .term, .speech])
        #expect(found.allSatisfy { $0.speaker == nil })
    }

    @Test func surnameResolvesToTheMostCompleteEarlierName() {
        let found = detect("Vice President Joe Biden arrived.\n\n“We are ready to talk whenever they are,” Biden said.")
        #expect(found.first?.speaker == "Joe Biden")
    }

    @Test func codeBlocksAreIgnored() {
        let blocks = [Block(kind: .title, text: "T"), Block(kind: .code, text: "print(\"not a quotation at all here\")")]
        let article = Article(
            file: "a", relativePath: "a", format: .markdown, metadata: ArticleMetadata(title: "T"), blocks: blocks,
            raw: "", fingerprint: "0")
        #expect(QuoteDetector().detect(in: article.blocks).isEmpty)
    }
}
