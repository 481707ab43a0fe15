/// Why the interactive reader cannot start on this terminal; the message says what to do instead.
public enum TerminalSetupError: Error, CustomStringConvertible, Sendable {
    case notATerminal
    case cannotAddressCursor(term: String?)
    case initializationFailed(term: String?)

    public var description: String {
        let hint = "use `folio list`, `folio show FILE` or `folio quotes FILE` instead"
        switch self {
        case .notATerminal:
            return "folio: the reader needs a terminal (stdin and stdout are not both terminals); \(hint)"
        case .cannotAddressCursor(let term):
            let name = term.flatMap { $0.isEmpty ? nil : "TERM=\($0)" } ?? "TERM is unset, so the terminal"
            return "folio: \(name) cannot move the cursor, which the reader needs; \(hint)"
        case .initializationFailed(let term):
            return "folio: could not start the terminal (TERM=\(term ?? "unset")); \(hint)"
        }
    }
}
