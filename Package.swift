// swift-tools-version:6.1
import PackageDescription

// Layers, in the one direction data flows (see README, "Architecture"):
//   Extraction (text → events, pure) → EventLog (LevelDB store) → Projections (read models)
//   → KGraphCLI (commands) → kgraph (executable). Events holds the model every layer shares.
// PostgresLog is the log's second backend (the same EventLogBackend protocol, on PostgreSQL).
let package = Package(
    name: "kgraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "kgraph", targets: ["kgraph"]),
        .library(name: "KGraphEvents", targets: ["Events"]),
        .library(name: "KGraphEventLog", targets: ["EventLog"]),
        .library(name: "KGraphProjections", targets: ["Projections"]),
        .library(name: "KGraphExtraction", targets: ["Extraction"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        // Debian's libleveldb-dev, linked as a system library (no vendored copy).
        .systemLibrary(name: "CLevelDB", path: "Sources/CLevelDB"),
        .target(name: "LevelDB", dependencies: ["CLevelDB"]),
        // Debian's libmecab-dev (the MeCab morphological analyzer), linked as a system library.
        .systemLibrary(name: "CMeCab", path: "Sources/CMeCab"),
        // Debian's libsqlite3-dev (FTS5 with the trigram tokenizer), linked as a system library,
        // and a thin Swift wrapper over its C API: the article catalog and full-text index.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(name: "Events", dependencies: [.product(name: "Crypto", package: "swift-crypto")]),
        // Korean news → candidate events. Pure: no I/O but reading its own lexicon files and MeCab's dictionary.
        .target(name: "Extraction", dependencies: ["Events", "CMeCab"], resources: [.copy("Lexicon")]),
        .target(name: "EventLog", dependencies: ["Events", "LevelDB", .product(name: "Crypto", package: "swift-crypto")]),
        // The shared log on PostgreSQL (table layout in PostgresSchema.swift).
        .target(name: "PostgresLog", dependencies: [
            "Events", "EventLog", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // Starts and stops a throwaway PostgreSQL cluster for the tests and the benchmark.
        .target(name: "PostgresCluster", path: "Tools/PostgresCluster"),
        .target(name: "Projections", dependencies: ["Events", "EventLog", "LevelDB", "SQLite", .product(name: "Crypto", package: "swift-crypto")]),
        // The ingest pipeline: read files, segment articles, extract, append one batch per file.
        .target(name: "Ingest", dependencies: ["Events", "EventLog", "Extraction"]),
        // Walks over the projections with time filters, through the projections' readers.
        .target(name: "Query", dependencies: ["Events", "Projections"]),
        // Tables for people, JSON for programs, Graphviz DOT for pictures.
        .target(name: "Render", dependencies: ["Events", "Projections", "Query"], resources: [.copy("Explorer")]),
        .target(name: "KGraphCLI", dependencies: [
            "Events", "EventLog", "LevelDB", "PostgresLog", "Extraction", "Ingest", "Projections", "Query", "Render",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "kgraph", dependencies: ["KGraphCLI"]),
        .executableTarget(
            name: "kgraph-bench",
            dependencies: ["Events", "EventLog", "Extraction", "Ingest", "LevelDB", "PostgresLog", "PostgresCluster", "Projections", "Query", "Render", "SQLite", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            path: "Tools/Benchmark"
        ),
        .testTarget(name: "EventsTests", dependencies: [
            "Events", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "EventLogTests", dependencies: ["EventLog", "Events", "LevelDB"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "Events", "FuzzTargets"]),
        .testTarget(name: "IngestPipelineTests", dependencies: ["Ingest", "Events"]),
        .testTarget(name: "ProjectionsTests", dependencies: ["Projections", "EventLog", "Events", "LevelDB"]),
        .testTarget(name: "QueryTests", dependencies: ["Query", "Render", "Projections", "EventLog", "Events", "TestSupport"]),
        // What the fuzzing harness feeds arbitrary bytes to, and its driver (README, "Fuzzing").
        .target(name: "FuzzTargets", dependencies: ["Events", "Extraction"], path: "Tools/Fuzz/Targets"),
        .executableTarget(name: "kgraph-fuzz", dependencies: ["FuzzTargets"], path: "Tools/Fuzz/Driver"),
        // Appends in a loop until killed: the crash test's child process.
        .executableTarget(name: "kgraph-crash-writer", dependencies: ["Events", "EventLog"], path: "Tools/CrashWriter"),
        // End-to-end tests run the built executables as child processes.
        // Runs the built kgraph as a child process, for the tests of the command line.
        .target(name: "TestSupport", dependencies: ["Events", "EventLog", "Projections", "Query"], path: "Tests/TestSupport"),
        .testTarget(name: "CLITests", dependencies: ["Events", "EventLog", "LevelDB", "TestSupport", "kgraph", "kgraph-crash-writer"]),
        // The PostgreSQL backend against a real server started for the run, library and CLI.
        .testTarget(name: "PostgresLogTests", dependencies: [
            "PostgresLog", "PostgresCluster", "EventLog", "Events", "Projections", "Query", "TestSupport", "kgraph",
        ]),
    ]
)
