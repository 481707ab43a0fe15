/// Word lists that tell a person's name apart from other capitalised words, and the small
/// function words the attribution patterns step over.
enum NameWords {
    /// Honorifics and offices dropped from speaker names: "Iranian Supreme Leader Ayatollah Ali
    /// Khamenei" is reported as "Ali Khamenei".
    static let titles: Set<String> = [
        "president", "vice", "supreme", "leader", "ayatollah", "grand", "prime", "minister", "sen", "sen.",
        "senator", "rep", "rep.", "representative", "gov", "gov.", "governor", "mayor", "dr", "dr.", "mr",
        "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "gen", "gen.", "general", "col", "col.", "colonel",
        "lt", "lt.", "lieutenant", "capt", "capt.", "captain", "admiral", "sgt", "sgt.", "sergeant", "king",
        "queen", "prince", "princess", "sheikh", "emir", "pope", "cardinal", "bishop", "archbishop",
        "rabbi", "imam", "hojatoleslam", "chancellor", "secretary", "spokesman", "spokeswoman",
        "spokesperson", "ambassador", "judge", "justice", "chairman", "chairwoman", "chair", "director",
        "chief", "commander", "professor", "prof", "prof.", "sir", "dame", "lord", "lady", "speaker",
        "deputy", "foreign", "defense", "defence", "interior", "finance", "economy", "health",
        "attorney", "inspector", "superintendent", "detective", "officer", "coach", "councillor",
        "councilman", "councilwoman", "premier", "ceo", "executive", "founder", "editor",
        "mullah", "monsignor", "father", "sister", "brother", "reverend", "rev", "rev.", "mme", "m.", "herr",
        "frau", "señor", "señora", "madame", "monsieur", "composer", "singer", "actor", "actress", "author",
        "novelist", "poet", "artist", "economist", "analyst", "host",
    ]

    /// Words that mark a capitalised run as a place, body or thing rather than a person.
    static let nonPersonWords: Set<String> = [
        "united", "states", "kingdom", "nations", "union", "republic", "islamic", "council", "assembly",
        "ministry", "department", "treaty", "agency", "organization", "organisation", "committee",
        "parliament", "congress", "senate", "house", "court", "party", "guard", "guards", "corps", "bank",
        "fund", "university", "institute", "street", "strait", "gulf", "sea", "ocean", "east", "west",
        "north", "south", "middle", "new", "york", "times", "post", "news", "radio", "press", "service",
        "group", "company", "inc", "ltd", "airlines", "police", "army", "navy", "force", "forces", "office",
        "commission", "federal", "national", "international", "security", "affairs", "revolutionary",
        "city", "county", "province", "square", "avenue", "road", "hall", "center", "centre", "lobbying",
        "influence", "game", "review", "week", "pulse", "article", "summary", "breaking", "found",
        "privacy", "policy", "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "iran", "iraq", "israel", "america", "american", "americans",
        "china", "russia", "europe", "european", "washington", "tehran", "london", "paris", "berlin",
        "moscow", "beijing", "brussels", "geneva", "vienna", "image", "images", "getty", "reuters",
        "associated", "agence", "france", "germany", "britain", "british", "english", "french",
        "german", "iranian", "iranians", "hezbollah", "hezballah", "lebanese", "syria", "turkey",
        "non-proliferation", "club", "festival", "museum", "library", "school", "college",
        "hospital", "station", "airport", "market", "exchange", "index", "foundation", "trust",
        "council's", "board", "league", "cup", "championship", "award", "prize", "act", "bill", "law",
        "constitution", "day", "year", "christmas", "easter", "ramadan", "nowruz", "world", "war",
        "internet", "web", "website", "online", "email", "twitter", "facebook", "google", "apple",
        "microsoft", "amazon", "bbc", "cnn", "un", "eu", "nato", "opec", "accessibility", "links",
        "continue", "next", "accept", "archived", "exclusive", "events", "newsletter",
    ]

    /// Capitalised words that start sentences or clauses and are never part of a name.
    static let sentenceWords: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "however", "but", "and", "or", "so", "yet",
        "in", "on", "at", "by", "for", "with", "from", "to", "of", "as", "if", "when", "while", "after",
        "before", "since", "although", "though", "because", "meanwhile", "moreover", "now", "then",
        "still", "also", "even", "there", "here", "it", "its", "he", "she", "they", "we", "i", "you",
        "his", "her", "their", "our", "my", "your", "what", "which", "who", "whom", "whose", "why", "how",
        "where", "according", "asked", "said", "says", "yes", "no", "not", "one", "two", "three", "many",
        "some", "most", "all", "every", "each", "both", "either", "neither", "another", "other", "such",
        "unlike", "like", "despite", "during", "under", "over", "about", "against", "between", "into",
        "through", "without", "within", "among", "instead", "indeed", "therefore", "thus", "perhaps",
        "alternatively", "finally", "first", "second", "third", "last", "later", "earlier", "today",
        "yesterday", "tomorrow", "tonight", "back", "just", "only", "well", "oh", "ah", "let", "please",
        "sources", "officials", "critics", "analysts", "experts", "residents", "witnesses",
    ]

    /// Lowercase particles that may sit inside a name: "Osama bin Laden", "Ursula von der Leyen".
    static let particles: Set<String> = ["bin", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "dos", "del", "ter"]

    /// Pronouns that point back to the last person named.
    static let pronouns: Set<String> = ["he", "she", "they", "il", "elle", "a-t-il", "a-t-elle", "er", "sie"]

    static let prepositions: Set<String> = [
        "of", "to", "with", "by", "for", "from", "against", "about", "on", "at", "in", "into", "toward",
        "towards", "than", "between", "among", "under", "over", "upon", "via", "vs", "versus", "like",
        "unlike", "including", "and", "or",
    ]

    /// Adverbs and auxiliaries that can stand between a subject and its verb: "He firmly believes",
    /// "He had said".
    static let verbModifiers: Set<String> = [
        "had", "has", "have", "also", "then", "later", "once", "often", "again", "would", "will",
        "could", "might", "may", "did", "does", "do", "was", "is", "were", "are", "been",
        "already", "still", "never", "always", "even", "just", "only", "since", "previously",
        "recently", "subsequently", "last", "yesterday", "today", "on", "in",
    ]

    /// Words that end a descriptive subject when reading backwards from its verb.
    static let clauseBreaks: Set<String> = [
        "that", "which", "who", "what", "and", "but", "while", "when", "as", "because", "if", "although",
        "though", "where", "whom", "whose", "so", "or", "nor", "after", "before", "since", "until",
        "why", "how", "whether", "than", "then",
    ]

    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "prof", "jr", "sr",
        "vs", "etc", "no", "capt", "rev", "mt", "ft", "inc", "ltd", "co", "corp", "jan", "feb", "mar",
        "apr", "aug", "sept", "sep", "oct", "nov", "dec",
    ]

    /// The word with a possessive ending removed, and whether it had one.
    ///
    /// Compares the last UTF-8 bytes rather than characters: this runs for every capitalised
    /// word, and the endings are single scalars that no combining mark can join.
    static func strippingPossessive(_ word: String) -> (String, Bool) {
        var word = word
        let dropped = word.withUTF8 { bytes -> Int in
            let n = bytes.count
            guard n >= 2 else { return 0 }
            func byte(_ fromEnd: Int) -> UInt8 { bytes[n - fromEnd] }
            // "’" is E2 80 99 in UTF-8.
            func curlyApostrophe(endingAt fromEnd: Int) -> Bool {
                n >= fromEnd + 2 && byte(fromEnd) == 0x99 && byte(fromEnd + 1) == 0x80 && byte(fromEnd + 2) == 0xE2
            }
            let s = UInt8(ascii: "s")
            let apostrophe = UInt8(ascii: "'")
            if byte(1) == s && byte(2) == apostrophe { return 2 }
            if byte(1) == s && curlyApostrophe(endingAt: 2) { return 4 }
            if byte(1) == apostrophe && byte(2) == s { return 1 }
            if curlyApostrophe(endingAt: 1) && n >= 4 && byte(4) == s { return 3 }
            return 0
        }
        guard dropped > 0 else { return (word, false) }
        return (String(decoding: word.utf8.dropLast(dropped), as: UTF8.self), true)
    }
}
