/// Verbs that attribute words to someone, in every form news prose uses them.
///
/// Kept as data in one place so a missed attribution is fixed by adding a word, not by touching
/// the attribution logic.
enum SpeechVerbs {
    private static let stems: [[String]] = [
        ["say", "says", "said", "saying"],
        ["tell", "tells", "told", "telling"],
        ["add", "adds", "added", "adding"],
        ["note", "notes", "noted", "noting"],
        ["stress", "stresses", "stressed", "stressing"],
        ["maintain", "maintains", "maintained", "maintaining"],
        ["insist", "insists", "insisted", "insisting"],
        ["argue", "argues", "argued", "arguing"],
        ["warn", "warns", "warned", "warning"],
        ["write", "writes", "wrote", "written", "writing"],
        ["believe", "believes", "believed", "believing"],
        ["ask", "asks", "asked", "asking"],
        ["reply", "replies", "replied", "replying"],
        ["respond", "responds", "responded", "responding"],
        ["explain", "explains", "explained", "explaining"],
        ["declare", "declares", "declared", "declaring"],
        ["announce", "announces", "announced", "announcing"],
        ["state", "stated", "stating"],
        ["claim", "claims", "claimed", "claiming"],
        ["recall", "recalls", "recalled", "recalling"],
        ["admit", "admits", "admitted", "admitting"],
        ["acknowledge", "acknowledges", "acknowledged", "acknowledging"],
        ["confirm", "confirms", "confirmed", "confirming"],
        ["deny", "denies", "denied", "denying"],
        ["conclude", "concludes", "concluded", "concluding"],
        ["urge", "urges", "urged", "urging"],
        ["vow", "vows", "vowed", "vowing"],
        ["promise", "promises", "promised", "promising"],
        ["predict", "predicts", "predicted", "predicting"],
        ["remark", "remarks", "remarked", "remarking"],
        ["observe", "observes", "observed", "observing"],
        ["suggest", "suggests", "suggested", "suggesting"],
        ["complain", "complains", "complained", "complaining"],
        ["shout", "shouts", "shouted", "shouting"],
        ["tweet", "tweets", "tweeted", "tweeting"],
        ["quip", "quips", "quipped", "quipping"],
        ["exclaim", "exclaims", "exclaimed", "exclaiming"],
        ["whisper", "whispers", "whispered", "whispering"],
        ["joke", "jokes", "joked", "joking"],
        ["continue", "continues", "continued", "continuing"],
        ["counter", "counters", "countered", "countering"],
        ["emphasize", "emphasizes", "emphasized", "emphasizing"],
        ["emphasise", "emphasises", "emphasised", "emphasising"],
        ["assert", "asserts", "asserted", "asserting"],
        ["contend", "contends", "contended", "contending"],
        ["reckon", "reckons", "reckoned", "reckoning"],
        ["concede", "concedes", "conceded", "conceding"],
        ["accuse", "accuses", "accused", "accusing"],
        ["laugh", "laughs", "laughed", "laughing"],
        ["sigh", "sighs", "sighed", "sighing"],
        // Attribution verbs of the languages quoted most often in English-language coverage.
        ["déclaré", "dit", "affirmé", "ajouté", "expliqué", "sagte", "sagt", "erklärte", "betonte", "fügte",
         "detto", "dichiarato", "afirmó", "dijo", "declaró"],
        ["call", "calls", "called", "calling"],
        ["dub", "dubs", "dubbed", "dubbing"],
        ["describe", "describes", "described", "describing"],
        ["term", "termed"],
        ["label", "labels", "labelled", "labeled"],
        ["brand", "brands", "branded"],
    ]

    static let all: Set<String> = Set(stems.joined())

    /// Verbs that name a thing (“what critics called a ‘witch hunt’”), which may take an article
    /// or pronoun between the verb and the quotation.
    static let naming: Set<String> = [
        "call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "describe", "describes",
        "described", "describing", "term", "termed", "label", "labels", "labelled", "labeled", "brand",
        "brands", "branded",
    ]

    /// Verbs that take the person spoken to as object: “told reporters:”.
    static let addressed: Set<String> = ["tell", "tells", "told", "telling", "ask", "asks", "asked", "urge", "urged", "warned", "warn", "warns"]

    /// “he said, … saying, …”: the -ing form borrows the sentence's subject.
    static func isParticiple(_ word: String) -> Bool { word.hasSuffix("ing") && all.contains(word) }

    static func isVerb(_ word: String) -> Bool { all.contains(word) }

    /// Whether a sentence with this word can introduce the quotation that follows it ("she
    /// laughed. “Probably not.”"); naming verbs only label a phrase and introduce nothing.
    static func introduces(_ word: String) -> Bool { all.contains(word) && !naming.contains(word) }

    static func isNaming(_ word: String) -> Bool { naming.contains(word) }

    static func takesAddressee(_ word: String) -> Bool { addressed.contains(word) }
}
