// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for Folio's parsers; built and run only by `make fuzz` (see ../Makefile).
// Every module, FolioCore included, is compiled with `-sanitize=fuzzer,address` from the command
// line so the fuzzer sees coverage inside the code under test; these flags make each target link
// libFuzzer's main instead of a Swift one.
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-parse-as-library", "-sanitize=fuzzer,address"])]
let linkFuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]

let package = Package(
    name: "FolioFuzz",
    dependencies: [.package(name: "Folio", path: "..")],
    targets: ["FuzzArticleParser", "FuzzQuoteDetector", "FuzzImporter"].map { name in
        .executableTarget(
            name: name,
            dependencies: [.product(name: "FolioCore", package: "Folio")],
            swiftSettings: fuzzer,
            linkerSettings: linkFuzzer
        )
    },
    swiftLanguageModes: [.v6]
)
