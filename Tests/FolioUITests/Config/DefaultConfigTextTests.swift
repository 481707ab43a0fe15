import Testing
@testable import FolioUI

@Suite struct DefaultConfigTextTests {
    @Test func parsesBackToTheDefaults() {
        let result = ConfigParser.parse(DefaultConfigText.make(), file: "default.toml")
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.config == FolioConfig())
    }

    @Test func theMouseIsOnByDefault() {
        #expect(FolioConfig().mouse)
        #expect(DefaultConfigText.make().contains("\nmouse = true\n"))
    }

    @Test func listsEverySettingAndEveryAction() {
        let text = DefaultConfigText.make()
        for setting in ConfigParser.settingNames {
            #expect(text.contains("\n\(setting) = ") || text.contains("\n# \(setting) = "), "\(setting)")
        }
        for binding in KeyBinding.defaults where binding.context != .help {
            #expect(text.contains("\n\(binding.name) = "), "\(binding.name)")
        }
        #expect(text.contains("top = [\"g\", \"home\"]"))
        #expect(text.contains("quit = \"q\""))
    }

    @Test func aChangedTableRoundTripsWithSequencesAndQuotes() {
        var bindings = KeyBinding.defaults
        let top = bindings.firstIndex { $0.name == "top" }!
        bindings[top].rebind([[.character("g"), .character("g")], [.home]])
        let quit = bindings.firstIndex { $0.name == "quit" }!
        bindings[quit].rebind([[.character("\"")], [.character("\\")]])
        let result = ConfigParser.parse(DefaultConfigText.make(bindings: bindings), file: "custom.toml")
        #expect(result.problems.isEmpty, "\(result.problems)")
        #expect(result.config.keyBindings == bindings)
    }
}
