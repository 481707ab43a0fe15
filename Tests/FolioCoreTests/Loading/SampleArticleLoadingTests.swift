import Foundation
import Testing
@testable import FolioCore

/// The two web-copied samples in Articles/ load with their metadata and without page furniture.
@Suite struct SampleArticleLoadingTests {
    static let articles = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Articles").path

    static let furniture = [
        "Accessibility links", "Breaking News", "Continue reading this article", "Archived articles",
        "The Week in Review", "Found in:", "Next for you", "uses cookies", "Accept", "16x9 Image",
        "Article Summary", "co-author of a book",
    ]

    let loader = ArticleLoader()

    func load(_ name: String) -> Article {
        loader.loadFile(at: Self.articles + "/" + name, root: Self.articles)
    }

    @Test func alMonitorMetadata() {
        let article = load("al-monitor-khamenei-shifts-stance.txt")
        #expect(article.loadError == nil)
        #expect(article.title == "Khamenei Shifts Stance, Open to Talks Between Iran, US")
        #expect(article.metadata.section == "Iran Pulse")
        #expect(article.metadata.author == "Shahir ShahidSaless")
        #expect(article.metadata.tags == [
            "us", "security", "peace", "nuclear", "negotiations", "khamenei", "iran sanctions", "iran", "ahmadinejad",
        ])
        #expect(article.metadata.summary?.hasPrefix("Iran's Supreme Leader Ayatollah Khamenei seems") == true)
        #expect(article.metadata.source == nil)
        #expect(article.blocks[0].kind == .title)
        #expect(article.blocks[1].kind == .summary)
        #expect(article.relativePath == "al-monitor-khamenei-shifts-stance.txt")
    }

    @Test func alMonitorNumberedListAndNoBreakSpaces() {
        let article = load("al-monitor-khamenei-shifts-stance.txt")
        let items = article.blocks.filter { if case .listItem = $0.kind { return true } else { return false } }
        #expect(items.map(\.kind) == [.listItem(marker: "1.", depth: 0), .listItem(marker: "2.", depth: 0)])
        #expect(items[0].text.hasPrefix("Ayatollah Khamenei is apprehensive"))
        #expect(items[1].text.hasPrefix("He firmly believes that “if"))
        #expect(!article.text.contains("\u{00A0} "))
        #expect(article.text.contains("He had said, “You aim the gun"))
    }

    @Test func alMonitorKeepsOneAuthorBio() {
        let article = load("al-monitor-khamenei-shifts-stance.txt")
        let bios = article.blocks.filter { $0.text.hasPrefix("Shahir ShahidSaless is a political analyst") }
        #expect(bios.count == 1)
        #expect(article.blocks.last?.text.hasPrefix("Shahir ShahidSaless is a political analyst") == true)
    }

    @Test func radioFardaMetadata() {
        let article = load("radio-farda-khamenei-no-to-talks.txt")
        #expect(article.title == "Khamenei’s ‘No To Talks With U.S.’, Sign Of Authority Or Lack Of Self-Confidence?")
        #expect(article.metadata.author == "Morteza Kazemian")
        #expect(article.metadata.source == "Radio Farda")
        #expect(article.metadata.section == nil)
        #expect(article.blocks[1].text == "Ayatollah Khamenei, Iranian leader, met with IRGC generals-- 30 Jun 18")
        #expect(article.blocks.last?.text.hasPrefix("Morteza Kazemian is an Iranian journalist") == true)
        #expect(!article.blocks.contains { $0.text == "Morteza Kazemian" })
    }

    @Test(arguments: ["al-monitor-khamenei-shifts-stance.txt", "radio-farda-khamenei-no-to-talks.txt"])
    func furnitureIsGoneFromTextButKeptInRaw(name: String) throws {
        let article = load(name)
        let rawBytes = try Data(contentsOf: URL(fileURLWithPath: Self.articles + "/" + name))
        #expect(article.fingerprint == ContentFingerprint.of(rawBytes))
        var rawHasSome = false
        for phrase in Self.furniture {
            #expect(!article.text.contains(phrase), "\(phrase) left in \(name)")
            rawHasSome = rawHasSome || article.raw.contains(phrase)
        }
        #expect(rawHasSome)
        for block in article.blocks {
            #expect(block.text.unicodeScalars.count > 2, "lone letter block \(block.text)")
            #expect(!block.text.hasPrefix(" "))
        }
    }

    @Test func wholeSampleFolderLoadsSorted() {
        let articles = loader.load(paths: [Self.articles])
        #expect(articles.count >= 2)
        #expect(articles.map(\.relativePath) == articles.map(\.relativePath).sorted())
        #expect(articles.allSatisfy { $0.loadError == nil })
        #expect(articles.allSatisfy { !$0.blocks.isEmpty && $0.blocks[0].kind == .title })
    }
}
