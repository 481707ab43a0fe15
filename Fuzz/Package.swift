// swift-tools-version: 6.0
import PackageDescription

// libFuzzer targets for Folio's parsers; built and run only by `make fuzz` (see ../Makefile).
// Every module, FolioCore included, is compiled with `-sanitize=fuzzer,address` from the command
// line so the fuzzer sees coverage inside the code under test. SwiftPM gives each executable its
// own main, which hands over to libFuzzer's driver (CLibFuzzer).
let fuzzer: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer,address"])]
let linkFuzzer: [LinkerSetting] = [.unsafeFlags(["-sanitize=fuzzer,address", "-use-ld=lld"])]

let package = Package(
    name: "FolioFuzz",
    dependencies: [.package(name: "Folio", path: "..")],
    targets: [.target(name: "CLibFuzzer")] + ["FuzzArticleParser", "FuzzQuoteDetector", "FuzzImporter"].map { name in
        .executableTarget(
            name: name,
            dependencies: ["CLibFuzzer", .product(name: "FolioCore", package: "Folio")],
            swiftSettings: fuzzer,
            linkerSettings: linkFuzzer
        )
    },
    swiftLanguageModes: [.v6]
)
