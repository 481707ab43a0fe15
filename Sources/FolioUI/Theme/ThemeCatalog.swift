import Foundation

/// Where themes come from: the folder shipped with Folio, the user's own folder, a path, and the
/// two themes built into the code. User themes shadow shipped ones of the same name, so a user
/// can restyle `default` by copying it into their folder.
public struct ThemeCatalog: Sendable {
    public enum Source: Sendable, Hashable {
        case builtIn
        case bundled
        case user
    }

    /// A theme the catalog can load, named after its file (`gruvbox.toml` is `gruvbox`).
    public struct Entry: Sendable, Hashable {
        public let name: String
        public let source: Source
        /// nil for a theme that exists only in code.
        public let url: URL?
    }

    /// The `Themes/` folder shipped with Folio, if the executable found one.
    public let bundledDirectory: URL?
    /// `$XDG_CONFIG_HOME/folio/themes`, or nil when there is no home to find it in.
    public let userDirectory: URL?

    public init(bundledDirectory: URL?, userDirectory: URL?) {
        self.bundledDirectory = bundledDirectory
        self.userDirectory = userDirectory
    }

    public init(bundledDirectory: URL?, environment: [String: String]) {
        self.init(bundledDirectory: bundledDirectory, userDirectory: ThemeCatalog.userDirectory(environment: environment))
    }

    /// `$XDG_CONFIG_HOME/folio/themes`, or `~/.config/folio/themes` when it is unset, empty or
    /// relative (the XDG spec says to ignore relative values).
    public static func userDirectory(environment: [String: String]) -> URL? {
        if let config = environment["XDG_CONFIG_HOME"], config.hasPrefix("/") {
            return URL(fileURLWithPath: config, isDirectory: true).appendingPathComponent("folio/themes", isDirectory: true)
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(".config/folio/themes", isDirectory: true)
    }

    /// Every theme available by name, sorted by name: user themes, then shipped ones they do not
    /// shadow, then the built-in `default` and `mono` when no file provides them.
    public func entries() -> [Entry] {
        var byName: [String: Entry] = [:]
        for builtIn in [Theme.builtInDefault, Theme.builtInMono] {
            byName[builtIn.name] = Entry(name: builtIn.name, source: .builtIn, url: nil)
        }
        for (directory, source) in [(bundledDirectory, Source.bundled), (userDirectory, Source.user)] {
            for url in ThemeCatalog.themeFiles(in: directory) {
                let name = url.deletingPathExtension().lastPathComponent
                byName[name] = Entry(name: name, source: source, url: url)
            }
        }
        return byName.values.sorted { $0.name < $1.name }
    }

    /// Loads a theme by catalog name, or by path when `request` contains `/` or ends in `.toml`.
    public func load(_ request: String) throws(ThemeError) -> Theme {
        if request.contains("/") || request.hasSuffix(".toml") {
            return try ThemeLoader.load(from: URL(fileURLWithPath: request))
        }
        guard let entry = entries().first(where: { $0.name == request }) else {
            let searched = [userDirectory, bundledDirectory].compactMap { $0?.path }
            throw ThemeError(file: request, line: nil, reason: .notFound(name: request, searched: searched))
        }
        return try load(entry)
    }

    public func load(_ entry: Entry) throws(ThemeError) -> Theme {
        guard let url = entry.url else {
            return entry.name == Theme.builtInMono.name ? .builtInMono : .builtInDefault
        }
        return try ThemeLoader.load(from: url)
    }

    /// The requested theme, or the built-in default together with the reason when it cannot be
    /// loaded, so Folio can start and show the message.
    public func loadOrDefault(_ request: String) -> ThemeLoadResult {
        do {
            return ThemeLoadResult(requested: request, theme: try load(request), error: nil)
        } catch {
            return ThemeLoadResult(requested: request, theme: .builtInDefault, error: error)
        }
    }

    /// The theme after `name` in `entries()` order, wrapping around, for a key that cycles
    /// themes live. A name not in the catalog (a theme given by path) starts from the first.
    /// `entries()` always holds the built-in themes, so there is always a next one.
    public func next(after name: String) -> ThemeLoadResult {
        let all = entries()
        let position = all.firstIndex(where: { $0.name == name }).map { all.index(after: $0) % all.count } ?? 0
        return loadOrDefault(all[position].name)
    }

    private static func themeFiles(in directory: URL?) -> [URL] {
        guard let directory,
              let contents = try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
        else { return [] }
        return contents.filter { $0.pathExtension == "toml" }
    }
}
