import Testing
@testable import FolioCore

/// The byte-level reader of simple front matter must read exactly what Yams reads, and hand
/// everything else to Yams.
@Suite struct SimpleFrontMatterTests {
    static let keys = ["title", "Author", "tags", "date", "x_y", "summary", "a-b", "9key", "ke y", "tïtle", ""]
    static let values = [
        "Plain words", "Smith, Jones", "C# and F#", "x: y", "#comment", "a #b", "a#b", "[a, b]", "[a,b]", "[ a , b ]",
        "[a, [b]]", "[]", "[a, , b]", "[a: b]", "'q'", "\"d\"", "it's", "say \"hi\"", "Zürich café", "€40m", "2024-01-02",
        "~", "null", "true", "a:b", "a:", "-x", "- x", "?x", "a]", "{a}", "&a", "*a", "!t", "|", ">", "%p", "@x", "`x`",
        "", " ", "a ", "a  b", "\u{85}x", "x\u{2028}y", "\tx", "x\u{7F}", "x\u{9B}", "\u{FEFF}x", "日本語", "a, b, c",
        "[€40m, naïve]", "[x y, z]", "[a#b]", "[a #b]",
    ]

    static func yams(_ yaml: String) -> [(key: String, value: FrontMatter.Value)]? {
        if case .success(let fields) = FrontMatter.yamsFields(yaml) { return fields }
        return nil
    }

    @Test func readsWhatYamsReads() {
        var random = SeededGenerator(seed: 7)
        var accepted = 0
        for _ in 0..<20_000 {
            let lines = (0..<Int.random(in: 1...4, using: &random)).map { _ -> String in
                let separator = [": ", ":", ":  ", " : "].randomElement(using: &random)!
                return Self.keys.randomElement(using: &random)! + separator + Self.values.randomElement(using: &random)!
            }
            let yaml = lines.joined(separator: "\n")
            guard let simple = SimpleFrontMatter.fields(yaml) else { continue }
            accepted += 1
            let expected = Self.yams(yaml)
            #expect(expected != nil, "Yams rejects \(yaml.debugDescription)")
            guard let expected else { continue }
            #expect(simple.map(\.key) == expected.map(\.key), "\(yaml.debugDescription)")
            #expect(simple.map(\.value) == expected.map(\.value), "\(yaml.debugDescription)")
        }
        #expect(accepted > 500)
    }

    @Test func typicalFrontMatterIsSimple() {
        let yaml = "title: Harbour vote in Zürich\nauthor: Sara Bjørnstad\ntags: [flood, €40m]"
        let fields = SimpleFrontMatter.fields(yaml)
        #expect(fields?.map(\.key) == ["title", "author", "tags"])
        #expect(fields?.map(\.value) == [.scalar("Harbour vote in Zürich"), .scalar("Sara Bjørnstad"), .list(["flood", "€40m"])])
    }

    @Test func anythingElseGoesToYams() {
        for yaml in ["title: 'Quoted'", "tags:\n  - a\n  - b", "title: A\n\nauthor: B", "title: A # note", "title: A\ntitle: B", ""] {
            #expect(SimpleFrontMatter.fields(yaml) == nil, "\(yaml.debugDescription)")
        }
    }
}
