// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Folio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "folio", targets: ["folio"]),
        .library(name: "FolioCore", targets: ["FolioCore"]),
        .library(name: "FolioUI", targets: ["FolioUI"]),
        .executable(name: "folio-bench", targets: ["FolioBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
    ],
    targets: [
        // The model: articles, cleaning, quotations, annotations, store, export. No terminal code.
        .target(
            name: "FolioCore",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's C API, for the article cache's listings read by column index.
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Ink", package: "Ink"),
            ],
            exclude: ["Export/JSON-SCHEMA.md"]
        ),
        // Terminal-independent UI: state, actions, key map, layout, views drawing into a cell buffer.
        .target(
            name: "FolioUI",
            dependencies: ["FolioCore", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // ncursesw plus a shim for the macros Swift cannot import.
        .target(
            name: "CNcursesw",
            cSettings: [.define("_XOPEN_SOURCE", to: "700"), .define("_DEFAULT_SOURCE")],
            linkerSettings: [.linkedLibrary("ncursesw")]
        ),
        // The only module that touches ncurses.
        .target(name: "FolioTerminal", dependencies: ["FolioUI", "CNcursesw"]),
        // One call to glibc's allocator settings, which Swift's Glibc module does not import.
        .target(name: "CMemoryTuning"),
        .executableTarget(
            name: "folio",
            dependencies: [
                "FolioCore", "FolioUI", "FolioTerminal", "CMemoryTuning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The performance issue's benchmark (`make bench`); `--smoke` runs it on tiny data.
        .executableTarget(
            name: "FolioBench",
            dependencies: ["FolioCore", "FolioUI", "CMemoryTuning"],
            path: "Benchmarks/FolioBench"
        ),
        .testTarget(
            name: "FolioCoreTests",
            dependencies: ["FolioCore"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "FolioUITests",
            dependencies: ["FolioUI", "FolioCore"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "FolioTerminalTests",
            dependencies: ["FolioTerminal", "FolioUI"]
        ),
        .testTarget(
            name: "FolioEndToEndTests",
            dependencies: ["folio", "FolioCore", "FolioBench"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
