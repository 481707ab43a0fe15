import FolioCore
import Foundation

/// Bytes as an export document for `AnnotationImporter.importDocument(from:)`: it must either
/// return a document or throw its typed error, never crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzImporter(_ data: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    _ = try? AnnotationImporter.importDocument(from: Data(bytes: data, count: count), file: "fuzz.json")
    return 0
}
