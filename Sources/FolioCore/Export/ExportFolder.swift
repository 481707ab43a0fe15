import Foundation

/// A folder the reader drops exports into without asking for a file name: each export gets a
/// new file named for what it holds and when it was made, and an existing file is never
/// replaced — a name already taken gets `-2`, `-3`… instead.
public struct ExportFolder: Sendable {
    public let path: String
    public var timeZone: TimeZone

    public init(path: String, timeZone: TimeZone = .current) {
        self.path = path
        self.timeZone = timeZone
    }

    /// Writes `text` (atomically, creating the folder if needed) as
    /// `folio-<scope>-<yyyyMMdd-HHmmss>.<ext>` and returns the file's path.
    public func write(_ text: String, scope: String, fileExtension: String, date: Date) throws(FileWriteError) -> String {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw FileWriteError(path: path, kind: .system(reason: "cannot create the folder: \((error as NSError).localizedDescription)"))
        }
        let stem = "folio-\(Self.slug(scope))-\(stamp(date))"
        let data = Data(text.utf8)
        var number = 1
        while true {
            let name = number == 1 ? "\(stem).\(fileExtension)" : "\(stem)-\(number).\(fileExtension)"
            let file = (path as NSString).appendingPathComponent(name)
            do {
                try AtomicFileWriter().write(data, to: file)
                return file
            } catch where error.kind == .exists && number < 1000 {
                number += 1
            }
        }
    }

    private func stamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ value: Int?) -> String { value.map { $0 < 10 ? "0\($0)" : "\($0)" } ?? "00" }
        return "\(parts.year ?? 0)\(two(parts.month))\(two(parts.day))-\(two(parts.hour))\(two(parts.minute))\(two(parts.second))"
    }

    /// Lowercase letters, digits and single hyphens, at most 60 characters, so a title or file
    /// name becomes a name any file system and shell take as is.
    static func slug(_ text: String) -> String {
        var result = ""
        for scalar in text.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty, !result.hasSuffix("-") {
                result += "-"
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        let short = String(result.prefix(60))
        return short.isEmpty ? "export" : (short.hasSuffix("-") ? String(short.dropLast()) : short)
    }
}
