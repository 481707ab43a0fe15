/// Recognizes the parts of a copied web page that are not the article: navigation, paywall and
/// newsletter blurbs, cookie notices and their buttons, share bars, image placeholders.
///
/// The rules are the ones a reader applies by eye: a table of phrases sites use (several
/// languages), whole-line matches for short labels, contained phrases for long blurbs.
enum PageFurniture {
    /// Lines that are furniture when they are the whole line (compared lowercased, trimmed).
    static let labels: Set<String> = [
        // English
        "accessibility links", "skip to content", "skip to main content", "skip to navigation",
        "skip navigation", "breaking news", "menu", "main menu", "search", "home", "share",
        "share this", "share this article", "share this story", "share on facebook",
        "share on twitter", "tweet", "print", "print this article", "email", "comments",
        "show comments", "advertisement", "sponsored", "sponsored content", "next for you",
        "read more", "read next", "up next", "related", "related articles", "related stories",
        "related content", "recommended", "recommended for you", "more from", "more stories",
        "most read", "most popular", "trending", "trending now", "you may also like",
        "sign in", "log in", "login", "register", "subscribe", "subscribe now", "newsletter",
        "sign up", "accept", "accept all", "accept cookies", "accept all cookies", "i agree",
        "agree", "ok", "got it", "reject all", "decline", "manage cookies", "cookie settings",
        "manage preferences", "privacy policy", "terms of use", "terms of service",
        "back to top", "follow us", "listen", "listen to this article", "close", "loading",
        "image", "photo", "video", "watch", "gallery", "copy link", "link copied", "view comments",
        "story continues below advertisement", "continue reading", "open in app",
        // French, German, Spanish
        "passer au contenu", "aller au contenu", "lire aussi", "à lire aussi", "partager",
        "s'abonner", "abonnez-vous", "accepter", "tout accepter", "publicité", "zum inhalt springen",
        "teilen", "abonnieren", "akzeptieren", "alle akzeptieren", "anzeige", "weiterlesen",
        "mehr zum thema", "saltar al contenido", "compartir", "suscríbete", "aceptar",
        "aceptar todo", "publicidad", "lee también", "leer más",
        // Persian, Arabic
        "اشتراک‌گذاری", "بیشتر بخوانید", "مطالب مرتبط", "مشاركة", "اقرأ أيضا", "اقرأ أيضاً", "إعلان",
    ]

    // The phrase tables are lowercase ASCII, which `PhraseMatcher` relies on.

    /// Phrases that make a whole line a paywall or registration blurb; the list that follows such a
    /// line is its sales pitch.
    static let paywallPhrases = [
        "continue reading this article", "to continue reading", "subscribe to continue",
        "subscribe to read", "already a subscriber", "register to continue", "get unlimited access",
        "create a free account", "this article is for subscribers", "this content is for subscribers",
        "become a member to read", "pour lire la suite", "weiterlesen mit", "para seguir leyendo",
    ]

    /// Phrases that make a line a cookie or consent notice.
    static let consentPhrases = [
        "uses cookies", "use cookies", "use of cookies", "cookie policy", "cookies and similar technologies",
        "you agree to these terms", "by using our site, you agree", "by continuing to browse",
        "sign up for our newsletter", "utilise des cookies", "verwendet cookies", "utiliza cookies",
    ]

    /// Lines longer than this are prose even if they mention a furniture phrase.
    static let maxBlurbLength = 600

    /// Scalars in the longest label; `key` can only match a label (or a lone letter or an image
    /// placeholder) when the trimmed text is no longer, since lowercasing never removes scalars.
    static let longestKey = max(40, labels.map(\.unicodeScalars.count).max() ?? 0)
    static let keyTrailers = ":.!›»>|→ ".unicodeScalars

    static func key(_ text: String) -> String {
        let key = text.lowercased()
        let scalars = key.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, keyTrailers.contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        // One slice rather than removing trailers one by one, which copied the string each time.
        return end == scalars.endIndex ? key : String(Substring(scalars[..<end]))
    }

    /// `key(text)`, or nil when it is too long to be a label; avoids lowercasing prose.
    static func shortKey(_ text: String) -> String? {
        isShortEnoughForKey(text) ? key(text) : nil
    }

    /// Whether the text without its trailing `keyTrailers` has at most `longestKey` scalars: no
    /// scalar from the one at offset `longestKey` on may be anything but a trailer. Read on bytes,
    /// since nearly every line of prose is turned away at that one scalar.
    static func isShortEnoughForKey(_ text: String) -> Bool {
        if text.utf8.count <= longestKey { return true }
        var text = text
        // Read once: a static is checked for initialisation at every use.
        let longest = longestKey
        // The byte offset of the scalar at offset `longestKey`, counting the bytes that start one.
        let offset: Int? = text.withUTF8 { bytes in
            // When every byte up to it is ASCII, the scalar at offset `longestKey` is the byte there.
            var ascii = 0
            while ascii + 8 <= longest + 1, TextScan.word(bytes, at: ascii) & 0x8080_8080_8080_8080 == 0 { ascii += 8 }
            while ascii <= longest, bytes[ascii] < 0x80 { ascii += 1 }
            if ascii > longest { return keyTrailerBytes.contains(bytes[longest]) ? longest : -1 }
            var scalars = 0
            for index in 0..<bytes.count where bytes[index] & 0xC0 != 0x80 {
                if scalars == longest {
                    let byte = bytes[index]
                    // An ASCII scalar there that is no trailer answers at once: the common case for prose.
                    return byte < 0x80 && !keyTrailerBytes.contains(byte) ? -1 : index
                }
                scalars += 1
            }
            return nil
        }
        guard let offset else { return true }
        guard offset >= 0 else { return false }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return text.unicodeScalars[start...].allSatisfy(keyTrailers.contains)
    }

    static let keyTrailerBytes = Set(keyTrailers.filter(\.isASCII).map { UInt8($0.value) })

    static func isFurniture(_ text: String) -> Bool {
        guard text.utf8.count <= maxBlurbLength * 4 else { return false }
        if let key = shortKey(text), labels.contains(key) || isLoneLetter(key) || isImagePlaceholder(key) { return true }
        guard TextScan.hasAtMostScalars(text, maxBlurbLength) else { return false }
        return blurbPhrases.matches(text)
    }

    /// `isFurniture(text)` for text made by appending to its first `prefixBytes` UTF-8 bytes, a
    /// text `isFurniture` turned away that has more than `longestKey` scalars: no label can match
    /// any more, and only a phrase ending after the join can, so the search starts just before it.
    /// Hard-wrapped paragraphs are joined a line at a time, and searching each whole again made
    /// their cost grow with the square of their lines.
    static func isFurniture(extending text: String, turnedAwayPrefix prefixBytes: Int) -> Bool {
        guard text.utf8.count <= maxBlurbLength * 4, TextScan.hasAtMostScalars(text, maxBlurbLength) else { return false }
        return blurbPhrases.matches(text, from: prefixBytes - (blurbPhrases.longestPhrase - 1))
    }

    static func isPaywall(_ text: String) -> Bool {
        TextScan.hasAtMostScalars(text, maxBlurbLength) && paywallMatcher.matches(text)
    }

    static func isConsentNotice(_ text: String) -> Bool {
        TextScan.hasAtMostScalars(text, maxBlurbLength) && consentMatcher.matches(text)
    }

    static let paywallMatcher = PhraseMatcher(paywallPhrases)
    static let consentMatcher = PhraseMatcher(consentPhrases)
    static let blurbPhrases = PhraseMatcher(paywallPhrases + consentPhrases)

    /// Icons copied as letters ("p", "x", "×"): one or two scalars that are not a number.
    static func isLoneLetter(_ key: String) -> Bool {
        let scalars = key.unicodeScalars
        return !scalars.isEmpty && scalars.count <= 2 && !scalars.contains { $0.properties.numericType != nil }
    }

    static let placeholderWords = ["image", "photo", "picture", "video", "graphic", "illustration"]

    /// "16x9 image", "photo", "[image]", "1:1 picture" (`key` is lowercased): an optional "[", an
    /// optional aspect ratio, a placeholder word, an optional "]".
    static func isImagePlaceholder(_ key: String) -> Bool {
        var scanner = ScalarScanner(key)
        _ = scanner.consume("[")
        var ratio = scanner
        if ratio.skip(while: ScalarScanner.isDecimalDigit) > 0 {
            ratio.skipWhitespace()
            if let mark = ratio.current, mark == "x" || mark == "×" || mark == ":" {
                ratio.advance()
                ratio.skipWhitespace()
                if ratio.skip(while: ScalarScanner.isDecimalDigit) > 0, ratio.skipWhitespace() > 0 { scanner = ratio }
            }
        }
        guard scanner.consume(oneOf: placeholderWords) != nil else { return false }
        _ = scanner.consume("]")
        return scanner.isAtEnd
    }
}
