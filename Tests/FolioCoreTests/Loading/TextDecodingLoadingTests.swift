import Testing
@testable import FolioCore

/// Encodings, line ends, tabs and empty files, through the whole loader.
@Suite struct TextDecodingLoadingTests {
    let loader = ArticleLoader()

    func article(_ bytes: [UInt8], name: String = "sample.txt") -> Article {
        loader.makeArticle(bytes: bytes, file: "/library/" + name, relativePath: name, format: name.hasSuffix(".md") ? .markdown : .plainText)
    }

    @Test func invalidUTF8IsReplacedAndReported() {
        let bytes = Array("Title\n\nCaf".utf8) + [0xE9] + Array(" au lait and ".utf8) + [0xFF, 0xFE] + Array(" end.".utf8)
        let loaded = article(bytes)
        #expect(loaded.text.contains("Caf\u{FFFD} au lait"))
        let warning = loaded.warnings.first { $0.kind == .invalidUTF8 }
        #expect(warning?.message.contains("byte offset 10") == true)
        #expect(loaded.loadError == nil)
    }

    @Test func invalidUTF8OffsetCountsTheByteOrderMark() {
        let decoded = ArticleTextDecoder.decode([0xEF, 0xBB, 0xBF, 0x41, 0xC0, 0x80])
        #expect(decoded.text == "A\u{FFFD}\u{FFFD}")
        #expect(decoded.warnings.first?.message.contains("byte offset 4") == true)
    }

    @Test func emptyAndBlankFiles() {
        let empty = article([], name: "empty-notes.txt")
        #expect(empty.warnings.map(\.kind) == [.emptyFile])
        #expect(empty.title == "Empty notes")
        #expect(empty.loadError == nil)
        #expect(empty.blocks.map(\.kind) == [.title])
        #expect(article(Array(" \n\n\t\n".utf8)).warnings.map(\.kind) == [.emptyFile])
    }

    @Test func crlfWithByteOrderMark() {
        let loaded = article([0xEF, 0xBB, 0xBF] + Array("Headline Here\r\n\r\nFirst paragraph.\r\rSecond one.\r\n".utf8))
        #expect(loaded.title == "Headline Here")
        #expect(loaded.text == "Headline Here\n\nFirst paragraph.\n\nSecond one.")
        #expect(!loaded.raw.contains("\r"))
        #expect(!loaded.raw.hasPrefix("\u{FEFF}"))
        #expect(loaded.warnings.isEmpty)
    }

    @Test func utf16WithByteOrderMark() {
        let units = Array("Título\n\nTexto.".utf16)
        let bytes: [UInt8] = [0xFF, 0xFE] + units.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let loaded = article(bytes)
        #expect(loaded.title == "Título")
        #expect(loaded.loadError == nil)
    }

    @Test func tabsExpandToStopsOfFour() {
        #expect(ArticleTextDecoder.decode(Array("a\tb\n\tc\nabcd\te".utf8)).text == "a   b\n    c\nabcd    e")
        let markdown = article(Array("# Code\n\n```\nlet x = 1\nif x {\n\tprint(x)\n}\n```\n".utf8), name: "code.md")
        #expect(markdown.blocks.last?.kind == .code)
        #expect(markdown.blocks.last?.text == "let x = 1\nif x {\n    print(x)\n}")
        #expect(!markdown.raw.contains("\t"))
    }
}
