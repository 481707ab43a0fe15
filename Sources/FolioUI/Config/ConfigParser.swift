import TOMLKit

/// Turns `config.toml` into a `FolioConfig`, keeping defaults for whatever is wrong and saying
/// where. Unlike a theme, a config is not refused as a whole: one typo must not cost the user
/// their other settings, nor stop the reader from starting.
public enum ConfigParser {
    /// The top-level settings, as written in the file.
    public static let settingNames = ["library", "theme", "reading-width", "sidebar", "store", "export-folder", "mouse"]

    /// Parses `source`; `file` labels problems and `home` expands a leading `~/` in paths.
    public static func parse(_ source: String, file: String, home: String? = nil) -> ConfigLoadResult {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            let problem = ConfigProblem(file: file, line: error.source.begin.line, reason: .syntax(error.description))
            return ConfigLoadResult(config: FolioConfig(), problems: [problem])
        } catch {
            let problem = ConfigProblem(file: file, line: nil, reason: .syntax(String(describing: error)))
            return ConfigLoadResult(config: FolioConfig(), problems: [problem])
        }
        var reader = DocumentReader(file: file, home: home, locator: TOMLLineLocator(source: source))
        let config = reader.config(from: document)
        let problems = reader.problems.enumerated().sorted {
            ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset)
        }.map(\.element)
        return ConfigLoadResult(config: config, problems: problems)
    }

    private struct DocumentReader {
        let file: String
        let home: String?
        let locator: TOMLLineLocator
        var problems: [ConfigProblem] = []

        mutating func config(from document: TOMLTable) -> FolioConfig {
            var config = FolioConfig()
            for (key, value) in document {
                let line = locator.line(ofKey: key, inElement: nil)
                switch key {
                case "library":
                    if let paths = strings(value) { config.library = paths.map(expanded) }
                    else { refuse(.wrongType(key: key, expected: "a list of folders such as [\"~/Articles\"]"), at: line) }
                case "theme":
                    if let name = value.string, !name.isEmpty { config.theme = name }
                    else { refuse(.wrongType(key: key, expected: "a theme name or path"), at: line) }
                case "reading-width":
                    if let width = value.int, FolioConfig.readingWidthRange.contains(width) { config.readingWidth = width }
                    else {
                        let range = FolioConfig.readingWidthRange
                        refuse(.wrongType(key: key, expected: "a whole number of cells, \(range.lowerBound)-\(range.upperBound)"), at: line)
                    }
                case "sidebar":
                    if let shown = value.bool { config.sidebar = shown }
                    else { refuse(.wrongType(key: key, expected: "true or false"), at: line) }
                case "store":
                    if let path = value.string, !path.isEmpty { config.store = expanded(path) }
                    else { refuse(.wrongType(key: key, expected: "the path of the annotation database"), at: line) }
                case "export-folder":
                    if let path = value.string, !path.isEmpty { config.exportFolder = expanded(path) }
                    else { refuse(.wrongType(key: key, expected: "a folder path"), at: line) }
                case "mouse":
                    if let enabled = value.bool { config.mouse = enabled }
                    else { refuse(.wrongType(key: key, expected: "true or false"), at: line) }
                case "keys":
                    if let table = value.table {
                        config.keyBindings = keyBindings(from: table)
                    } else {
                        refuse(.wrongType(key: key, expected: "a table: [keys]"), at: line)
                    }
                default:
                    if value.table != nil {
                        refuse(.unknownSection(key), at: locator.line(ofElement: key))
                    } else {
                        refuse(.unknownSetting(key), at: line)
                    }
                }
            }
            return config
        }

        /// The default table with each action the user names rebound, then clashes resolved.
        private mutating func keyBindings(from table: TOMLTable) -> [KeyBinding] {
            var bindings = KeyBinding.defaults
            var userLines: [String: Int] = [:]
            for (name, value) in table {
                let line = locator.line(ofKey: name, inElement: "keys") ?? locator.line(ofElement: "keys")
                let indices = bindings.indices.filter { bindings[$0].name == name && bindings[$0].context != .help }
                guard !indices.isEmpty else {
                    refuse(.unknownAction(name), at: line)
                    continue
                }
                guard let texts = strings(value) else {
                    refuse(.wrongType(key: name, expected: "a key or a list of keys, such as [\"q\", \"ctrl-c\"]"), at: line)
                    continue
                }
                var sequences: [[Key]] = []
                var valid = true
                for text in texts {
                    guard let sequence = KeyNotation.parse(text) else {
                        refuse(.badKey(text, action: name), at: line)
                        valid = false
                        continue
                    }
                    if !sequences.contains(sequence) { sequences.append(sequence) }
                }
                guard valid else { continue }
                for index in indices { bindings[index].rebind(sequences) }
                userLines[name] = line ?? 0
            }
            return resolvingConflicts(in: bindings, userLines: userLines)
        }

        /// Reports every key that does two things in one place. A key the user gave an action is
        /// taken from a default binding it clashes with, so the user's choice works and the help
        /// shows what keys really do; between two of the user's own, the key map's order decides
        /// and the problem says which won.
        private mutating func resolvingConflicts(in bindings: [KeyBinding], userLines: [String: Int]) -> [KeyBinding] {
            var bindings = bindings
            for conflict in KeyConflict.all(in: bindings) {
                let winner = bindings[conflict.winner]
                let loser = bindings[conflict.loser]
                guard loser.allSequences.contains(conflict.sequence),
                      winner.allSequences.contains(conflict.longerSequence ?? conflict.sequence) else { continue }
                let winnerLine = userLines[winner.name]
                let loserLine = userLines[loser.name]
                guard winnerLine != nil || loserLine != nil else { continue }
                var keeper = winner.name
                if loserLine == nil {
                    bindings[conflict.loser].remove(conflict.sequence)
                } else if winnerLine == nil, conflict.longerSequence == nil {
                    bindings[conflict.winner].remove(conflict.sequence)
                    keeper = loser.name
                }
                let line = [winnerLine, loserLine].compactMap { $0 }.max()
                let key = KeyNotation.format(conflict.sequence)
                if let longer = conflict.longerSequence {
                    refuse(.shadowedByPrefix(key: key, action: loser.name, sequence: KeyNotation.format(longer),
                                             sequenceAction: winner.name), at: line)
                } else {
                    refuse(.clash(key: key, actions: [winner.name, loser.name], winner: keeper), at: line)
                }
            }
            return bindings
        }

        /// A string or a list of strings, as a list.
        private func strings(_ value: TOMLValueConvertible) -> [String]? {
            if let text = value.string { return [text] }
            guard let array = value.array else { return nil }
            var texts: [String] = []
            for entry in array {
                guard let text = entry.string else { return nil }
                texts.append(text)
            }
            return texts
        }

        /// `~/x` under the home folder; other paths as written, relative ones taken from the
        /// folder Folio starts in, as on the command line.
        private func expanded(_ path: String) -> String {
            guard let home, path == "~" || path.hasPrefix("~/") else { return path }
            return home + path.dropFirst()
        }

        private mutating func refuse(_ reason: ConfigProblem.Reason, at line: Int?) {
            problems.append(ConfigProblem(file: file, line: line, reason: reason))
        }
    }
}
