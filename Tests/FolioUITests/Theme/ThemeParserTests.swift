import Testing
@testable import FolioUI

@Suite struct ThemeParserTests {
    private let file = "/themes/broken.toml"

    private func refusal(_ source: String) -> ThemeError? {
        do {
            _ = try ThemeParser.parse(source, file: file)
            return nil
        } catch {
            return error
        }
    }

    @Test func unknownKeyInElementIsRefusedAtItsLine() {
        let error = refusal("""
            name = "x"

            [heading]
            fg = "red"
            colour = "blue"
            """)
        #expect(error == ThemeError(file: file, line: 5, reason: .unknownKey("colour", element: "heading")))
        #expect(error?.description.hasPrefix("/themes/broken.toml:5: unknown key 'colour' in [heading]") == true)
    }

    @Test func unknownTopLevelKeyIsRefused() {
        let error = refusal("""
            name = "x"
            author = "me"
            """)
        #expect(error == ThemeError(file: file, line: 2, reason: .unknownKey("author", element: nil)))
    }

    @Test func badColorIsRefusedAtItsLine() {
        let error = refusal("""
            # a comment with [brackets] and fg = "#000000"
            name = "x"
            [reader-text]
            bg = "default"
            fg = "#12345"
            """)
        #expect(error == ThemeError(file: file, line: 5, reason: .badColor("\"#12345\"", key: "fg", element: "reader-text")))
    }

    @Test(arguments: ["\"#gg0000\"", "\"purple\"", "256", "-1", "true", "\"#ff00001\""])
    func otherBadColorsAreRefused(value: String) {
        let error = refusal("name = \"x\"\n[link]\nfg = \(value)\n")
        #expect(error?.line == 3)
        guard case .badColor(_, "fg", "link")? = error?.reason else {
            Issue.record("expected a bad color, got \(String(describing: error))")
            return
        }
    }

    @Test func unknownElementIsRefusedAtItsHeader() {
        let error = refusal("""
            name = "x"
            [heading]
            fg = "red"

            [headings]
            fg = "red"
            """)
        #expect(error == ThemeError(file: file, line: 5, reason: .unknownElement("headings")))
    }

    @Test func unknownAttributeIsRefused() {
        let error = refusal("name = \"x\"\ncode = { fg = \"green\", attrs = [\"bold\", \"blink\"] }\n")
        #expect(error == ThemeError(file: file, line: 2, reason: .unknownAttribute("\"blink\"", element: "code")))
    }

    @Test func tomlSyntaxErrorCarriesTheParsersLine() {
        let error = refusal("""
            name = "x"
            [heading]
            fg = "red
            """)
        #expect(error?.file == file)
        #expect(error?.line == 3)
        guard case .syntax? = error?.reason else {
            Issue.record("expected a syntax error, got \(String(describing: error))")
            return
        }
    }

    @Test func missingNameIsRefused() {
        #expect(refusal("[heading]\nfg = \"red\"\n") == ThemeError(file: file, line: 1, reason: .missingName))
    }

    @Test func wrongTypesAreRefused() {
        #expect(refusal("name = 3\n")?.reason == .wrongType(key: "name", expected: "a non-empty string"))
        #expect(refusal("name = \"x\"\nheading = \"red\"\n")?.line == 2)
        #expect(refusal("name = \"x\"\n[heading]\nattrs = \"bold\"\n")?.line == 3)
    }

    @Test func earliestProblemIsReportedWhateverTheKeyOrder() {
        let error = refusal("""
            name = "x"
            [zz-unknown]
            fg = "red"
            [border]
            fg = "nope"
            """)
        #expect(error?.line == 2)
    }

    @Test func dottedAndInlineKeysAreLocated() {
        #expect(refusal("name = \"x\"\n\nborder.fg = \"nope\"\n")?.line == 3)
        #expect(refusal("name = \"x\"\nborder = { attrs = [], bg = \"nope\" }\n")?.line == 2)
    }

    @Test func colorFormsAreUnderstood() throws {
        let theme = try ThemeParser.parse("""
            name = "forms"
            description = "every color form"
            border = { fg = "Bright-Blue", bg = 236 }
            link = { fg = "#FF8000", bg = "grey" }
            code = { fg = "default" }
            """, file: file)
        #expect(theme.description == "every color form")
        #expect(theme.style(for: .border) == ThemeStyle(foreground: .ansi(12), background: .indexed(236)))
        #expect(theme.style(for: .link) == ThemeStyle(foreground: .rgb(0xFF, 0x80, 0x00), background: .ansi(8), attributes: .underline))
        #expect(theme.style(for: .code).foreground == .default)
    }

    @Test func missingFieldsAndElementsInherit() throws {
        let theme = try ThemeParser.parse("""
            name = "partial"
            [normal]
            fg = "white"
            bg = "black"
            [reader-text]
            fg = "#dddddd"
            [heading]
            fg = "red"
            """, file: file)
        #expect(theme.style(for: .heading) == ThemeStyle(foreground: .ansi(1), background: .ansi(0), attributes: .bold))
        #expect(theme.style(for: .title) == ThemeStyle(foreground: .rgb(0xDD, 0xDD, 0xDD), background: .ansi(0), attributes: .bold))
        #expect(theme.style(for: .listRowSelected) == ThemeStyle(foreground: .ansi(7), background: .ansi(0), attributes: .reverse))
        #expect(theme.style(for: .borderFocused).attributes == .bold)
        #expect(theme.style(for: .highlight1) == ThemeStyle(foreground: .ansi(0), background: .ansi(3)))
        #expect(theme.style(for: .speaker) == ThemeStyle(foreground: .ansi(7), background: .ansi(0), attributes: .italic))
    }

    @Test func explicitEmptyAttributesDropInheritedOnes() throws {
        let theme = try ThemeParser.parse("name = \"x\"\nheading = { attrs = [] }\n", file: file)
        #expect(theme.style(for: .heading).attributes == [])
    }
}
