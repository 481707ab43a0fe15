import Foundation
@testable import FolioCore

/// The Markdown line escaper as it was before it worked on bytes: scalar by scalar, with sets.
/// Kept as the reference the byte escaper must match.
enum ScalarMarkdownEscaper {
    static let alwaysEscaped: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "&", "#", "|", "~", "="]
    static let lineStartMarkers: Set<Unicode.Scalar> = ["-", "+"]

    static func escapeLine<S: Sequence>(_ scalars: S, atLineStart: Bool) -> String where S.Element == Unicode.Scalar {
        var out = ""
        var leading = atLineStart
        var pendingDigits = ""
        for scalar in scalars {
            if leading {
                if pendingDigits.isEmpty, scalar == " " { out += "&#32;"; continue }
                if pendingDigits.isEmpty, scalar == "\t" { out += "&#9;"; continue }
                if scalar.properties.numericType == .decimal, scalar.isASCII {
                    pendingDigits.unicodeScalars.append(scalar)
                    continue
                }
                if !pendingDigits.isEmpty {
                    out += pendingDigits
                    leading = false
                    if scalar == "." || scalar == ")" {
                        out += "\\" + String(scalar)
                        pendingDigits = ""
                        continue
                    }
                    pendingDigits = ""
                } else if lineStartMarkers.contains(scalar) {
                    out += "\\" + String(scalar)
                    leading = false
                    continue
                }
                leading = false
            }
            if scalar == "\r" {
                out += "&#13;"
                continue
            }
            if alwaysEscaped.contains(scalar) {
                out += "\\"
            }
            out.unicodeScalars.append(scalar)
        }
        return out + pendingDigits
    }
}

/// The export date texts as they were built before: interpolation of zero-padded pieces.
enum InterpolatedTimestamp {
    static func iso8601(_ date: Date) -> String {
        let f = ExportTimestamp.fields(date)
        return "\(pad(f.year, 4))-\(pad(f.month))-\(pad(f.day))T\(pad(f.hour)):\(pad(f.minute)):\(pad(f.second))"
            + ".\(pad(f.millisecond, 3))Z"
    }

    static func spreadsheet(_ date: Date) -> String {
        let f = ExportTimestamp.fields(date)
        return "\(pad(f.year, 4))-\(pad(f.month))-\(pad(f.day)) \(pad(f.hour)):\(pad(f.minute)):\(pad(f.second))"
    }

    static func readable(_ date: Date, timeZone: TimeZone) -> String {
        let f = ExportTimestamp.fields(date, offsetSeconds: timeZone.secondsFromGMT(for: date))
        return "\(pad(f.year, 4))-\(pad(f.month))-\(pad(f.day)) \(pad(f.hour)):\(pad(f.minute))"
    }

    static func kindle(_ date: Date, timeZone: TimeZone) -> String {
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = ["January", "February", "March", "April", "May", "June",
                      "July", "August", "September", "October", "November", "December"]
        let f = ExportTimestamp.fields(date, offsetSeconds: timeZone.secondsFromGMT(for: date))
        // Days since 1970 of the local date; 1970-01-01 was a Thursday.
        let local = ExportTimestamp.milliseconds(date) + Int64(timeZone.secondsFromGMT(for: date)) * 1000
        let day = Int((Double(local) / 86_400_000).rounded(.down))
        let weekday = weekdays[((day + 4) % 7 + 7) % 7]
        let hour12 = f.hour % 12 == 0 ? 12 : f.hour % 12
        return "\(weekday), \(months[f.month - 1]) \(f.day), \(f.year) \(hour12):\(pad(f.minute)):\(pad(f.second)) "
            + (f.hour < 12 ? "AM" : "PM")
    }

    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Clippings entries and CSV fields as they were built before: split by characters, joined.
enum JoinedTextExports {
    static func clippingsEntry(_ heading: String, _ detail: String, _ text: String) -> String {
        let body = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line == ClippingsExporter.separator ? line + "\u{2060}" : String(line)
        }
        return ([heading, detail, ""] + body + [ClippingsExporter.separator]).joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
            return value
        }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }
}
