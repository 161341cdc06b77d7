import Foundation
import FuzzTargets

#if canImport(Glibc)
import Glibc
#endif

// kgraph-fuzz TARGET [libFuzzer options] [CORPUS_DIR…]
//
// Built with `swift build -c release --product kgraph-fuzz -Xswiftc -sanitize=fuzzer -Xswiftc -use-ld=lld`
// it runs libFuzzer on TARGET (see README, "Fuzzing"). Built without the sanitizer (as
// `make test` builds it) it replays the files and folders it is given through TARGET once each,
// which is how a crashing input is reproduced.

typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
typealias RunDriver = @convention(c) (UnsafeMutablePointer<Int32>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, Callback) -> Int32

nonisolated(unsafe) var target = ""

let arguments = CommandLine.arguments
guard arguments.count >= 2, FuzzTargets.names.contains(arguments[1]) else {
    FileHandle.standardError.write(Data("usage: kgraph-fuzz \(FuzzTargets.names.joined(separator: "|")) [libFuzzer options] [corpus dir…]\n".utf8))
    exit(1)
}
target = arguments[1]

if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "LLVMFuzzerRunDriver") {
    let runDriver = unsafeBitCast(symbol, to: RunDriver.self)
    // libFuzzer sees the arguments after the target name.
    var argv: [UnsafeMutablePointer<CChar>?] = [strdup(arguments[0])] + arguments.dropFirst(2).map { strdup($0) } + [nil]
    var argc = Int32(argv.count - 1)
    let status = argv.withUnsafeMutableBufferPointer { buffer -> Int32 in
        var base: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
        return runDriver(&argc, &base) { data, count in
            FuzzTargets.run(target, UnsafeRawBufferPointer(start: data, count: count))
            return 0
        }
    }
    exit(status)
}

// Without libFuzzer: replay each given file, or each file of each given folder.
var replayed = 0
for path in arguments.dropFirst(2) {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        FileHandle.standardError.write(Data("kgraph-fuzz: \(path): no such file\n".utf8))
        exit(1)
    }
    let files = isDirectory.boolValue
        ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
    for file in files {
        guard let data = FileManager.default.contents(atPath: file) else { continue }
        data.withUnsafeBytes { _ = FuzzTargets.run(target, $0) }
        replayed += 1
    }
}
print("replayed \(replayed) inputs through \(target) without a crash")
