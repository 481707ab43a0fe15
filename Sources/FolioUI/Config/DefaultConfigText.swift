/// The text `folio config --default` prints: every setting and every action with its default
/// keys, commented, so a user can start from a complete file. It parses back to the defaults.
public enum DefaultConfigText {
    public static func make(bindings: [KeyBinding] = KeyBinding.defaults) -> String {
        let defaults = FolioConfig()
        var lines = [
            "# Folio configuration. Folio reads $XDG_CONFIG_HOME/folio/config.toml",
            "# (~/.config/folio/config.toml), or the file given with --config PATH.",
            "# Every value below is the default: keep only what you change.",
            "# Command-line options win over this file. In paths, \"~/\" is your home folder;",
            "# relative paths are taken from the folder Folio is started in.",
            "",
            "# Folders or files of articles, read when none are given on the command line.",
            "library = [\(defaults.library.map(quoted).joined(separator: ", "))]",
            "",
            "# A theme name (see `folio themes`) or the path of a theme file.",
            "theme = \(quoted(defaults.theme))",
            "",
            "# The widest the reader's text column gets, in cells "
                + "(\(FolioConfig.readingWidthRange.lowerBound)-\(FolioConfig.readingWidthRange.upperBound)).",
            "reading-width = \(defaults.readingWidth)",
            "",
            "# Show the quotes sidebar. When false, Tab moves between the list and the reader only.",
            "sidebar = \(defaults.sidebar)",
            "",
            "# The annotation database. Default: $XDG_DATA_HOME/folio/annotations.sqlite",
            "# (~/.local/share/folio/annotations.sqlite). --store wins over it.",
            "# store = \"~/.local/share/folio/annotations.sqlite\"",
            "",
            "# Where exports go: the reader's export menu (e) writes here, and `folio export -o FILE`",
            "# puts a relative FILE here (./FILE means the current folder). Default: the reader writes",
            "# to $XDG_DATA_HOME/folio/exports (~/.local/share/folio/exports), -o to the current folder.",
            "# export-folder = \"~/Documents/Folio\"",
            "",
            "# Take mouse input where the terminal reports it: a click selects an article or a",
            "# sidebar entry (a second click opens it), the wheel scrolls the pane under the pointer.",
            "# false leaves the terminal's own selection and scrolling alone.",
            "mouse = \(defaults.mouse)",
            "",
            "[keys]",
            "# Each action takes a key or a list of keys; [] leaves it without a key. Actions not",
            "# listed keep their default keys. Keys are written:",
            "#   a single character, case-sensitive: \"q\", \"G\", \"?\", \"]\"",
            "#   ctrl-<letter>: \"ctrl-c\"      shift-tab, enter, esc, tab, backspace, delete, space",
            "#   up, down, left, right, pgup, pgdn, home, end, f1 ... f12",
            "#   a sequence, keys separated by spaces: \"g g\" (the first key waits for the next;",
            "#   any other next key does what it does alone)",
            "# A key bound twice in the same place, or one that starts a sequence there, is reported.",
        ]
        for context in KeyContext.allCases where context != .help {
            let group = bindings.filter { $0.context == context }
            guard !group.isEmpty else { continue }
            lines.append("")
            lines.append("# \(context.title)")
            let width = group.map { entry(for: $0).count }.max() ?? 0
            for binding in group {
                let text = entry(for: binding)
                lines.append(text + String(repeating: " ", count: width - text.count) + "  # \(binding.help)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name = "key"` for one key, `name = ["a", "b"]` for several.
    private static func entry(for binding: KeyBinding) -> String {
        let keys = binding.allSequences.map { quoted(KeyNotation.format($0)) }
        let value = keys.count == 1 ? keys[0] : "[\(keys.joined(separator: ", "))]"
        return "\(binding.name) = \(value)"
    }

    /// A TOML basic string.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for character in text {
            switch character {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.append(character)
            }
        }
        return result + "\""
    }
}
