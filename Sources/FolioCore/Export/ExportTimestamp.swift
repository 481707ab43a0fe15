import Foundation

/// Date text for exports, computed with integer arithmetic on whole milliseconds so that
/// format → parse → format gives the same bytes (Foundation's ISO 8601 formatters can lose a
/// millisecond to binary floating point on the way back).
enum ExportTimestamp {
    /// Broken-down UTC (or offset) time of a millisecond count since 1970.
    struct Fields {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int, millisecond: Int
    }

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func fields(_ date: Date, offsetSeconds: Int = 0) -> Fields {
        let ms = milliseconds(date) + Int64(offsetSeconds) * 1000
        let days = Int(floorDiv(ms, 86_400_000))
        let inDay = Int(ms - Int64(days) * 86_400_000)
        let (year, month, day) = civil(fromDays: days)
        return Fields(
            year: year, month: month, day: day,
            hour: inDay / 3_600_000, minute: inDay / 60_000 % 60, second: inDay / 1000 % 60,
            millisecond: inDay % 1000
        )
    }

    /// `2026-03-21T10:15:00.000Z`: RFC 3339 with milliseconds, always UTC.
    static func iso8601(_ date: Date) -> String {
        let f = fields(date)
        return ascii { text in
            text.day(f)
            text.byte("T")
            text.time(f, seconds: true)
            text.byte(".")
            text.padded(f.millisecond, 3)
            text.byte("Z")
        }
    }

    /// `2026-03-21 10:15:00` in UTC, the layout Readwise's CSV import reads.
    static func spreadsheet(_ date: Date) -> String {
        let f = fields(date)
        return ascii { text in
            text.day(f)
            text.byte(" ")
            text.time(f, seconds: true)
        }
    }

    /// Parses RFC 3339 (`T` or space, optional fraction, `Z` or `±HH:MM`); nil when malformed.
    static func parseISO8601(_ text: String) -> Date? {
        let pattern = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(?:([Zz])|([+-])(\d{2}):(\d{2}))$/
        guard let m = text.wholeMatch(of: pattern),
              let year = Int(m.1), let month = Int(m.2), let day = Int(m.3),
              let hour = Int(m.4), let minute = Int(m.5), let second = Int(m.6),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        var fraction = 0
        if let digits = m.7 {
            let three = String((digits + "00").prefix(3))
            fraction = Int(three) ?? 0
        }
        var offset = 0
        if let sign = m.9, let oh = Int(m.10 ?? ""), let om = Int(m.11 ?? "") {
            guard oh < 24, om < 60 else { return nil }
            offset = (oh * 3600 + om * 60) * (sign == "-" ? -1 : 1)
        }
        let days = Int64(days(fromCivil: year, month, day))
        let seconds = days * 86_400 + Int64(hour * 3600 + minute * 60 + second - offset)
        return Date(timeIntervalSince1970: Double(seconds * 1000 + Int64(fraction)) / 1000)
    }

    /// Kindle's `Monday, March 21, 2013 10:15:00 AM`, in the given time zone.
    static func kindle(_ date: Date, timeZone: TimeZone) -> String {
        let f = fields(date, offsetSeconds: timeZone.secondsFromGMT(for: date))
        let days = days(fromCivil: f.year, f.month, f.day)
        let weekday = weekdays[Int(floorMod(Int64(days) + 4, 7))]
        let hour12 = f.hour % 12 == 0 ? 12 : f.hour % 12
        return ascii { text in
            text.append(weekday)
            text.append(", ")
            text.append(months[f.month - 1])
            text.byte(" ")
            text.padded(f.day, 1)
            text.append(", ")
            text.padded(f.year, 1)
            text.byte(" ")
            text.padded(hour12, 1)
            text.byte(":")
            text.padded(f.minute, 2)
            text.byte(":")
            text.padded(f.second, 2)
            text.append(f.hour < 12 ? " AM" : " PM")
        }
    }

    /// `2013-03-21 10:15` in the given time zone, for the human-readable Markdown lines.
    static func readable(_ date: Date, timeZone: TimeZone) -> String {
        let f = fields(date, offsetSeconds: timeZone.secondsFromGMT(for: date))
        return ascii { text in
            text.day(f)
            text.byte(" ")
            text.time(f, seconds: false)
        }
    }

    private static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let months = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// Date text written into one string: an export writes one or two per highlight, and
    /// building each from a dozen interpolated pieces cost more than the rest of a CSV row.
    private static func ascii(_ write: (inout ASCIIText) -> Void) -> String {
        String(unsafeUninitializedCapacity: ASCIIText.capacity) { buffer in
            var text = ASCIIText(buffer: buffer)
            write(&text)
            return text.count
        }
    }

    /// Appends to a buffer of `capacity` bytes, which the longest date text (a Kindle date with a
    /// 20-character year) fits.
    private struct ASCIIText {
        static let capacity = 80
        let buffer: UnsafeMutableBufferPointer<UInt8>
        var count = 0

        mutating func byte(_ scalar: Unicode.Scalar) {
            buffer[count] = UInt8(ascii: scalar)
            count += 1
        }

        mutating func append(_ text: String) {
            for byte in text.utf8 {
                buffer[count] = byte
                count += 1
            }
        }

        /// The decimal digits of `value`, zero-padded to `width`; a negative value is padded
        /// after its sign is counted, as `String(value)` left-padded with zeros would be.
        mutating func padded(_ value: Int, _ width: Int) {
            guard value >= 0 else {
                let digits = String(value)
                for _ in 0..<max(0, width - digits.utf8.count) { byte("0") }
                append(digits)
                return
            }
            var length = 1
            var rest = value / 10
            while rest > 0 {
                length += 1
                rest /= 10
            }
            for _ in 0..<max(0, width - length) { byte("0") }
            var remaining = value
            for position in stride(from: count + length - 1, through: count, by: -1) {
                buffer[position] = UInt8(ascii: "0") + UInt8(remaining % 10)
                remaining /= 10
            }
            count += length
        }

        /// `YYYY-MM-DD`.
        mutating func day(_ f: Fields) {
            padded(f.year, 4)
            byte("-")
            padded(f.month, 2)
            byte("-")
            padded(f.day, 2)
        }

        /// `HH:MM`, or `HH:MM:SS`.
        mutating func time(_ f: Fields, seconds: Bool) {
            padded(f.hour, 2)
            byte(":")
            padded(f.minute, 2)
            if seconds {
                byte(":")
                padded(f.second, 2)
            }
        }
    }

    private static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    private static func floorMod(_ a: Int64, _ b: Int64) -> Int64 {
        a - floorDiv(a, b) * b
    }

    private static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Howard Hinnant's `civil_from_days`: proleptic Gregorian date of a day count since 1970.
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Howard Hinnant's `days_from_civil`, the inverse of `civil(fromDays:)`.
    private static func days(fromCivil year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
