import FolioUI
import Testing
@testable import FolioTerminal

/// The locale decision against made-up systems: which locales exist is the `codeset` probe.
@Suite struct LocaleChoiceTests {
    /// A system where exactly `locales` can be set, each with its codeset.
    private func system(_ locales: [String: String]) -> (String) -> String? {
        { locales[$0] }
    }

    private let debian = ["C": "ANSI_X3.4-1968", "POSIX": "ANSI_X3.4-1968", "C.UTF-8": "UTF-8", "C.utf8": "UTF-8"]

    @Test func aUTF8EnvironmentIsKept() {
        let choice = LocaleChoice.choose(environment: ["LANG": "en_GB.UTF-8"],
                                         codeset: system(["en_GB.UTF-8": "UTF-8", "C.UTF-8": "UTF-8"]))
        #expect(choice.characterLocale == "en_GB.UTF-8")
        #expect(choice.glyphs == .unicode)
    }

    @Test func langCFallsBackToCUTF8() {
        let choice = LocaleChoice.choose(environment: ["LANG": "C"], codeset: system(debian))
        #expect(choice.characterLocale == "C.UTF-8")
        #expect(choice.glyphs == .unicode)
    }

    @Test func noLocaleVariablesAtAllFallBackToo() {
        #expect(LocaleChoice.choose(environment: [:], codeset: system(debian)).characterLocale == "C.UTF-8")
    }

    @Test func aMissingUTF8LocaleFallsBack() {
        let choice = LocaleChoice.choose(environment: ["LANG": "de_DE.UTF-8"], codeset: system(["C.utf8": "utf8"]))
        #expect(choice.characterLocale == "C.utf8")
    }

    @Test func aNonUTF8EnvironmentFallsBack() {
        let locales = ["en_US.ISO-8859-1": "ISO-8859-1", "en_US.UTF-8": "UTF-8"]
        let choice = LocaleChoice.choose(environment: ["LANG": "en_US.ISO-8859-1"], codeset: system(locales))
        #expect(choice.characterLocale == "en_US.UTF-8")
    }

    @Test func nothingUTF8AvailableMeansASCII() {
        let choice = LocaleChoice.choose(environment: ["LANG": "C.UTF-8"], codeset: system(["C": "ANSI_X3.4-1968"]))
        #expect(choice.characterLocale == nil)
        #expect(choice.glyphs == .ascii)
    }

    @Test func lcAllWinsOverLcCtypeAndLang() {
        let locales = ["fr_FR.UTF-8": "UTF-8", "de_DE.UTF-8": "UTF-8", "es_ES.UTF-8": "UTF-8"]
        let environment = ["LC_ALL": "fr_FR.UTF-8", "LC_CTYPE": "de_DE.UTF-8", "LANG": "es_ES.UTF-8"]
        #expect(LocaleChoice.choose(environment: environment, codeset: system(locales)).characterLocale == "fr_FR.UTF-8")
    }

    @Test func lcCtypeWinsOverLang() {
        let locales = ["de_DE.UTF-8": "UTF-8", "es_ES.UTF-8": "UTF-8"]
        let environment = ["LC_CTYPE": "de_DE.UTF-8", "LANG": "es_ES.UTF-8"]
        #expect(LocaleChoice.choose(environment: environment, codeset: system(locales)).characterLocale == "de_DE.UTF-8")
    }

    /// `LC_ALL=C` decides even when `LANG` names a UTF-8 locale, as setlocale(3) does; the
    /// fallback then restores UTF-8 rather than `LANG`'s locale.
    @Test func lcAllCOverridesAUTF8Lang() {
        let locales = debian.merging(["en_US.UTF-8": "UTF-8"]) { $1 }
        let choice = LocaleChoice.choose(environment: ["LC_ALL": "C", "LANG": "en_US.UTF-8"], codeset: system(locales))
        #expect(choice.characterLocale == "C.UTF-8")
    }

    @Test func emptyVariablesCountAsUnset() {
        let locales = ["es_ES.UTF-8": "UTF-8"]
        let environment = ["LC_ALL": "", "LC_CTYPE": "", "LANG": "es_ES.UTF-8"]
        #expect(LocaleChoice.choose(environment: environment, codeset: system(locales)).characterLocale == "es_ES.UTF-8")
    }

    @Test func codesetSpellings() {
        #expect(LocaleChoice.isUTF8("UTF-8"))
        #expect(LocaleChoice.isUTF8("utf8"))
        #expect(!LocaleChoice.isUTF8("ANSI_X3.4-1968"))
        #expect(!LocaleChoice.isUTF8("ISO-8859-15"))
        #expect(!LocaleChoice.isUTF8(nil))
    }
}
