import ArgumentParser
import FolioCore

/// `--color` takes 1–5 or a color name (yellow, green, blue, pink, purple).
extension HighlightColor: ExpressibleByArgument {
    public init?(argument: String) {
        if let number = Int(argument) {
            self.init(rawValue: number)
        } else {
            self.init(name: argument)
        }
    }

    public static var allValueStrings: [String] { allCases.map { "\($0.rawValue)" } + allCases.map(\.name) }
}
