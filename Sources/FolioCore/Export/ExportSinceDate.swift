import Foundation

/// Reads the `--since` argument: a day, `2026-11-20`, meaning its first moment in the given time
/// zone (the reader's own, so "since today" means today where they are), or a full ISO 8601
/// date-time with its zone, `2026-11-20T09:30:00Z` or `…+01:00`, meaning exactly that moment.
public enum ExportSinceDate {
    public static func parse(_ text: String, timeZone: TimeZone = .current) -> Date? {
        if let moment = ExportTimestamp.parseISO8601(text) { return moment }
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/),
              let year = Int(match.1), let month = Int(match.2), let day = Int(match.3)
        else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: year, month: month, day: day)
        guard let date = calendar.date(from: components),
              calendar.dateComponents([.year, .month, .day], from: date) == components
        else { return nil }
        return date
    }
}
