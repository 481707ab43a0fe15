import FolioUI

/// Which character locale the reader runs under, decided from the environment and from which
/// locales this system can actually set.
///
/// ncursesw reads and writes UTF-8 only under a UTF-8 `LC_CTYPE`. Users often have none in
/// their environment (`LANG=C` in a container, over `ssh`, in cron-started tmux), so Folio tries
/// the locales that are UTF-8 everywhere they exist before giving up; when none can be set it
/// draws ASCII rather than sending bytes the terminal would garble.
public struct LocaleChoice: Sendable, Hashable {
    /// The locale to set for `LC_CTYPE`; nil when no UTF-8 locale could be set.
    public var characterLocale: String?

    /// The glyphs the terminal can show under this choice.
    public var glyphs: GlyphSet { characterLocale == nil ? .ascii : .unicode }

    /// UTF-8 locales tried, in order, when the environment's is not one: `C.UTF-8` is built
    /// into glibc 2.35 and later and into musl; `en_US.UTF-8` is the one most systems generate.
    public static let fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Decides the locale.
    ///
    /// - Parameters:
    ///   - environment: the process environment; `LC_ALL`, then `LC_CTYPE`, then `LANG` name the
    ///     character locale, as setlocale(3) reads them (an empty value counts as unset).
    ///   - codeset: the character encoding of a locale if it can be set (as `nl_langinfo(CODESET)`
    ///     reports it, such as "UTF-8" or "ANSI_X3.4-1968"), nil if it cannot.
    public static func choose(environment: [String: String], codeset: (String) -> String?) -> LocaleChoice {
        let requested = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        for name in (requested.map { [$0] } ?? []) + fallbacks where isUTF8(codeset(name)) {
            return LocaleChoice(characterLocale: name)
        }
        return LocaleChoice(characterLocale: nil)
    }

    /// Whether a codeset name is UTF-8, however the C library spells it.
    static func isUTF8(_ codeset: String?) -> Bool {
        guard let codeset else { return false }
        return codeset.uppercased().filter { $0 != "-" && $0 != "_" } == "UTF8"
    }
}
