import CMemoryTuning
import Foundation

// As `folio` does when the reader starts, so that memory is measured under the same allocator settings.
folio_map_large_allocations()

/// `folio-bench [--smoke] [--no-tmux] [--runs N] [--folio PATH] [--keep DIR] [--only export|article] [--highlights N]`
/// prints one line per performance target; `--runs` sets how many times each whole-library or
/// whole-article measurement repeats; `--only` and `--highlights` shrink a run for profiling.
/// `--child SCENARIO PATH` is the isolated process `Benchmark` reads peak memory from.
let arguments = Array(CommandLine.arguments.dropFirst())

func value(after flag: String) -> String? {
    guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
    return arguments[index + 1]
}

if let scenario = value(after: "--child") {
    guard let index = arguments.firstIndex(of: "--child"), index + 2 < arguments.count else {
        FileHandle.standardError.write(Data("--child needs a scenario and a path\n".utf8))
        exit(2)
    }
    do {
        print(try Benchmark.childPeakMemory(scenario: scenario, path: arguments[index + 2]))
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("\(error)\n".utf8))
        exit(1)
    }
}

let smoke = arguments.contains("--smoke")
let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
let folio = value(after: "--folio") ?? executable.deletingLastPathComponent().appendingPathComponent("folio").path
let root = value(after: "--keep").map { URL(fileURLWithPath: $0) }
    ?? FileManager.default.temporaryDirectory.appendingPathComponent("folio-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
var scale = smoke ? BenchScale.smoke : .full
if let runs = value(after: "--runs").flatMap(Int.init), runs > 0 { scale.runs = runs }
if let highlights = value(after: "--highlights").flatMap(Int.init), highlights > 0 { scale.highlightCount = highlights }
let benchmark = Benchmark(scale: scale, corpus: BenchCorpus(root: root), folioBinary: folio)
benchmark.skipsTmux = arguments.contains("--no-tmux")
if let only = value(after: "--only") {
    guard let part = Benchmark.Part(rawValue: only) else {
        FileHandle.standardError.write(Data("--only takes export or article\n".utf8))
        exit(2)
    }
    benchmark.only = part
}
var status: Int32 = 0
do {
    try benchmark.run()
} catch {
    FileHandle.standardError.write(Data("folio-bench: \(error)\n".utf8))
    status = 1
}
if value(after: "--keep") == nil { try? FileManager.default.removeItem(at: root) }
exit(status)
