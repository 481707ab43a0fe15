/// Why a benchmark step could not run, printed instead of a figure.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String
}
