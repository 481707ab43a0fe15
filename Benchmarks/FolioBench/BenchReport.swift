import Foundation

/// One line of the benchmark's output: what was measured against the performance target.
struct BenchRow {
    var name: String
    var median: String
    var p99: String = "-"
    var target: String
    /// nil for an informational row (no target), else whether the target is met.
    var passed: Bool?
    var note: String = ""

    var verdict: String {
        switch passed {
        case .some(true): "PASS"
        case .some(false): "MISS"
        case .none: "info"
        }
    }

    func line() -> String {
        func pad(_ text: String, _ width: Int) -> String {
            text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
        }
        let base = pad(name, 44) + pad(median, 14) + pad(p99, 12) + pad(target, 16) + verdict
        return note.isEmpty ? base : base + "  (" + note + ")"
    }

    static var header: String {
        BenchRow(name: "measurement", median: "median", p99: "p99", target: "target", passed: nil).line()
            .replacingOccurrences(of: "info", with: "result")
    }
}

func formatMilliseconds(_ value: Double) -> String {
    value < 10 ? String(format: "%.2f ms", value) : String(format: "%.0f ms", value)
}

/// Writes a line at once, unbuffered, so a long run shows progress and a killed run keeps its rows.
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
