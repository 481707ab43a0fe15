import Foundation
import Testing
@testable import FolioUI

@Suite struct ConfigParserTests {
    private func parse(_ source: String) -> ConfigLoadResult {
        ConfigParser.parse(source, file: "config.toml", home: "/home/ana")
    }

    private func keys(_ name: String, in config: FolioConfig) -> [[Key]] {
        config.keyBindings.first { $0.name == name }?.allSequences ?? []
    }

    @Test func readsEverySetting() {
        let result = parse("""
            library = ["~/Articles", "/srv/clips"]
            theme = "gruvbox"
            reading-width = 66
            sidebar = false
            store = "~/notes/folio.sqlite"
            export-folder = "exports"
            mouse = false
            """)
        #expect(result.problems.isEmpty)
        let config = result.config
        #expect(config.library == ["/home/ana/Articles", "/srv/clips"])
        #expect(config.theme == "gruvbox")
        #expect(config.readingWidth == 66)
        #expect(config.sidebar == false)
        #expect(config.store == "/home/ana/notes/folio.sqlite")
        #expect(config.exportFolder == "exports")
        #expect(config.mouse == false)
        #expect(config.keyBindings == KeyBinding.defaults)
    }

    @Test func emptyFileIsTheDefaults() {
        let result = parse("# nothing here\n")
        #expect(result.problems.isEmpty)
        #expect(result.config == FolioConfig())
    }

    @Test func keysTakeOneKeyAListOrSequences() {
        let result = parse("""
            [keys]
            quit = ["ctrl-q", "f10"]
            line-down = "n"
            top = "g g"
            bottom = ["G", "g e"]
            toggle-raw = []
            """)
        #expect(result.problems.isEmpty, "\(result.problems)")
        let config = result.config
        #expect(keys("quit", in: config) == [[.control("q")], [.function(10)]])
        #expect(keys("line-down", in: config) == [[.character("n")]])
        #expect(keys("top", in: config) == [[.character("g"), .character("g")]])
        #expect(keys("bottom", in: config) == [[.character("G")], [.character("g"), .character("e")]])
        #expect(keys("toggle-raw", in: config).isEmpty)
        #expect(keys("line-up", in: config) == [[.character("k")], [.up]])
    }

    @Test func unknownSettingsSectionsAndActionsAreReportedWithTheirLine() {
        let result = parse("""
            theme = "nord"
            colour = "red"

            [keys]
            quit = "q"
            fly = "f"

            [panes]
            width = 3
            """)
        #expect(result.problems.map(\.line) == [2, 6, 8])
        #expect(result.problems.map(\.reason) == [.unknownSetting("colour"), .unknownAction("fly"), .unknownSection("panes")])
        #expect(result.problems[1].description.hasPrefix("config.toml:6: unknown action 'fly'"))
        #expect(result.config.theme == "nord")
    }

    @Test func wrongValuesKeepTheirDefaultsAndSayWhere() {
        let result = parse("""
            reading-width = 3
            sidebar = "no"
            library = "~/Clips"
            mouse = 1
            keys = "q"
            """)
        #expect(result.problems.map(\.line) == [1, 2, 4, 5])
        #expect(result.config.readingWidth == 80)
        #expect(result.config.sidebar == true)
        #expect(result.config.library == ["/home/ana/Clips"])
        #expect(result.config.mouse == true)
    }

    @Test func aBadKeyKeepsTheActionsDefaultKeys() {
        let result = parse("""
            [keys]
            line-down = "n"
            quit = ["ctrl-q", "ctrl-"]
            """)
        #expect(result.problems == [ConfigProblem(file: "config.toml", line: 3, reason: .badKey("ctrl-", action: "quit"))])
        #expect(keys("quit", in: result.config) == [[.character("q")]])
        #expect(keys("line-down", in: result.config) == [[.character("n")]])
    }

    @Test func syntaxErrorsGiveTheLineAndAllDefaults() {
        let result = parse("theme = \"nord\"\nreading-width = = 4\n")
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 2)
        #expect(result.config == FolioConfig())
    }

    @Test func dottedKeysFindTheirLine() {
        let result = parse("theme = \"nord\"\nkeys.quit = \"ctrl-q\"\nkeys.jump = \"j\"\n")
        #expect(result.problems == [ConfigProblem(file: "config.toml", line: 3, reason: .unknownAction("jump"))])
        #expect(keys("quit", in: result.config) == [[.control("q")]])
    }

    @Test func aKeyTakenFromADefaultBindingIsReportedAndTheUserWins() {
        let result = parse("""
            [keys]
            line-down = "k"
            """)
        #expect(result.problems == [ConfigProblem(
            file: "config.toml", line: 2, reason: .clash(key: "k", actions: ["line-down", "line-up"], winner: "line-down"))])
        #expect(keys("line-up", in: result.config) == [[.up]])
        #expect(KeyMap(config: result.config).action(for: .character("k"), focus: .reader, helpVisible: false) == .lineDown)
    }

    @Test func theUserWinsEvenOverAnEarlierDefault() {
        let result = parse("""
            [keys]
            line-up = "j"
            """)
        #expect(result.problems.map(\.reason) == [.clash(key: "j", actions: ["line-down", "line-up"], winner: "line-up")])
        #expect(KeyMap(config: result.config).action(for: .character("j"), focus: .list, helpVisible: false) == .lineUp)
    }

    @Test func twoUserBindingsOnOneKeyClashAtTheLaterLine() {
        let result = parse("""
            [keys]
            quit = "x"
            toggle-raw = "x"
            """)
        #expect(result.problems == [ConfigProblem(
            file: "config.toml", line: 3, reason: .clash(key: "x", actions: ["toggle-raw", "quit"], winner: "toggle-raw"))])
    }

    @Test func keysInDifferentPlacesDoNotClash() {
        let result = parse("""
            [keys]
            highlight = "o"
            open-article = "o"
            extend-word-forward = "e"
            """)
        #expect(result.problems.isEmpty, "\(result.problems)")
    }

    @Test func paneKeysThatMeetInOnePaneClash() {
        let result = parse("""
            [keys]
            toggle-detected-quotations = "h"
            """)
        #expect(result.problems.map(\.reason) == [
            .clash(key: "h", actions: ["highlight", "toggle-detected-quotations"], winner: "toggle-detected-quotations"),
        ])
        #expect(keys("highlight", in: result.config).isEmpty)
    }

    @Test func aKeyThatStartsASequenceIsReported() {
        let result = parse("""
            [keys]
            bottom = ["G", "g e"]
            """)
        #expect(result.problems == [ConfigProblem(file: "config.toml", line: 2, reason: .shadowedByPrefix(
            key: "g", action: "top", sequence: "g e", sequenceAction: "bottom"))])
        #expect(keys("top", in: result.config) == [[.home]])
    }

    @Test func loadingFindsTheFileOrExplainsWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-config-\(UUID())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("folio"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let environment = ["XDG_CONFIG_HOME": folder.path, "HOME": "/home/ana"]
        let defaultPath = folder.appendingPathComponent("folio/config.toml").path
        #expect(FolioConfig.defaultPath(environment: environment) == defaultPath)
        #expect(FolioConfig.defaultPath(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/home/ana"])
                == "/home/ana/.config/folio/config.toml")

        let absent = FolioConfig.load(path: nil, environment: environment)
        #expect(absent == ConfigLoadResult(config: FolioConfig(), problems: []))

        try "reading-width = 70\n".write(toFile: defaultPath, atomically: true, encoding: .utf8)
        #expect(FolioConfig.load(path: nil, environment: environment).config.readingWidth == 70)

        let missing = FolioConfig.load(path: folder.appendingPathComponent("nope.toml").path, environment: environment)
        #expect(missing.problems.map(\.reason) == [.missingFile])
        #expect(missing.config == FolioConfig())
    }

    @Test func theSummaryNamesTheFirstProblemAndCountsTheRest() {
        let result = parse("a = 1\nb = 2\n")
        #expect(result.summary == "Config: config.toml:1: unknown setting 'a' "
                + "(known: library, theme, reading-width, sidebar, store, export-folder, mouse, [keys]) "
                + "(and 1 more: run `folio config --check`)")
        #expect(parse("").summary == nil)
    }
}
