/// Something wrong in the config file, with the file and line so the user can fix it. The
/// reader shows these in the status line and uses defaults for the parts affected;
/// `folio config --check` lists them all and fails.
public struct ConfigProblem: Error, Sendable, Hashable, FileProblem {
    public enum Reason: Sendable, Hashable {
        /// Not valid TOML; the text is the TOML parser's own explanation. Nothing of the file is used.
        case syntax(String)
        /// A top-level setting Folio does not know.
        case unknownSetting(String)
        /// A `[table]` other than `[keys]`.
        case unknownSection(String)
        /// A name in `[keys]` that is no action's.
        case unknownAction(String)
        /// A key that is not in the notation; the action keeps its default keys.
        case badKey(String, action: String)
        /// A known setting holding the wrong kind of value; the default is used.
        case wrongType(key: String, expected: String)
        /// The same key (or sequence) does two things in one place. `winner` keeps it.
        case clash(key: String, actions: [String], winner: String)
        /// A key that also starts a sequence: with no timeout it can never act alone there.
        case shadowedByPrefix(key: String, action: String, sequence: String, sequenceAction: String)
        /// The file named with `--config` does not exist.
        case missingFile
        /// The file exists but could not be read.
        case unreadable(String)
    }

    public let file: String
    /// 1-based line of the offending text, when the problem is inside the file.
    public let line: Int?
    public let reason: Reason

    public init(file: String, line: Int?, reason: Reason) {
        self.file = file
        self.line = line
        self.reason = reason
    }

    public var explanation: String {
        switch reason {
        case .syntax(let message):
            "TOML syntax error, using the defaults: \(message)"
        case .unknownSetting(let key):
            "unknown setting '\(key)' (known: \(ConfigParser.settingNames.joined(separator: ", ")), [keys])"
        case .unknownSection(let name):
            "unknown section [\(name)] (the only section is [keys])"
        case .unknownAction(let name):
            "unknown action '\(name)' in [keys] (`folio config --default` lists them all)"
        case .badKey(let key, let action):
            "bad key \"\(key)\" for \(action), keeping its default keys "
                + "(write e.g. \"q\", \"ctrl-c\", \"shift-tab\", \"pgdn\", \"f5\", \"g g\")"
        case .wrongType(let key, let expected):
            "'\(key)' must be \(expected); using the default"
        case .clash(let key, let actions, let winner):
            "\"\(key)\" is bound to \(actions.joined(separator: " and ")) in the same place; \(winner) keeps it"
        case .shadowedByPrefix(let key, let action, let sequence, let sequenceAction):
            "\"\(key)\" for \(action) also starts \"\(sequence)\" (\(sequenceAction)), so it cannot act alone; "
                + "\(sequenceAction) keeps it"
        case .missingFile:
            "no such config file"
        case .unreadable(let message):
            "cannot read the config: \(message)"
        }
    }
}
