import CLibFuzzer
import FolioCore
import Foundation

/// Bytes as an export document for `AnnotationImporter.importDocument(from:)`: it must either
/// return a document or throw its typed error, never crash.
func fuzzOne(_ data: UnsafePointer<UInt8>?, _ count: Int) -> Int32 {
    guard let data else { return 0 }
    _ = try? AnnotationImporter.importDocument(from: Data(bytes: data, count: count), file: "fuzz.json")
    return 0
}

var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, fuzzOne))
