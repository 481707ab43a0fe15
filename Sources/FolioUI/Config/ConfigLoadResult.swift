/// A config and what was wrong with the file it came from. The parts with problems keep their
/// defaults, so the reader can start and show the problems instead of refusing to run.
public struct ConfigLoadResult: Sendable, Hashable {
    public var config: FolioConfig
    /// In file order; empty when the file is clean.
    public var problems: [ConfigProblem]

    public init(config: FolioConfig, problems: [ConfigProblem]) {
        self.config = config
        self.problems = problems
    }

    /// One line for the status line: the first problem and how many more there are.
    public var summary: String? {
        guard let first = problems.first else { return nil }
        let more = problems.count > 1 ? " (and \(problems.count - 1) more: run `folio config --check`)" : ""
        return "Config: \(first.shortDescription)\(more)"
    }
}
