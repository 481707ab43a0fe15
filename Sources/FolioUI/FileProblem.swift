/// A problem found in a file the user wrote (a theme, the config): where it is and what is
/// wrong, printed the way compilers print it, `file:line: reason`, so editors can jump there.
public protocol FileProblem: CustomStringConvertible {
    var file: String { get }
    /// 1-based line of the offending text, when the problem is inside the file.
    var line: Int? { get }
    /// What is wrong, without the place.
    var explanation: String { get }
}

extension FileProblem {
    public var description: String {
        "\(line.map { "\(file):\($0)" } ?? file): \(explanation)"
    }

    /// With the file's name only, for the status line, where a long path would hide the reason.
    public var shortDescription: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return "\(line.map { "\(name):\($0)" } ?? name): \(explanation)"
    }
}
