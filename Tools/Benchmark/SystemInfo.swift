import CLevelDB
import EventLog
import Foundation

/// Facts about the machine and process that a reader needs to compare figures across runs.
enum SystemInfo {
    static var processorCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    static var levelDBVersion: String { "\(leveldb_major_version()).\(leveldb_minor_version())" }

    static var cpuModel: String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
              let colon = line.firstIndex(of: ":")
        else { return "unknown" }
        return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }

    static var kernel: String {
        var u = utsname()
        uname(&u)
        return withUnsafeBytes(of: u.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }

    static var totalMemoryBytes: UInt64 { ProcessInfo.processInfo.physicalMemory }

    /// Peak resident set size so far (VmHWM), in bytes.
    static var peakRSSBytes: UInt64 { statusField("VmHWM") }

    /// Hands freed heap back to the kernel, then restarts VmHWM from the current RSS, so a later
    /// reading covers only what follows. Needs Linux 4.0+; false if the kernel refused.
    static func resetPeakRSS() -> Bool {
        trimHeap()
        guard let f = fopen("/proc/self/clear_refs", "w") else { return false }
        defer { fclose(f) }
        return fputs("5", f) >= 0 && fflush(f) == 0
    }

    /// glibc's malloc_trim, looked up at run time: Swift's Glibc module does not export <malloc.h>.
    private static func trimHeap() {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        typealias Trim = @convention(c) (Int) -> Int32
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// Current resident set size (VmRSS), in bytes.
    static var rssBytes: UInt64 { statusField("VmRSS") }

    /// Resident pages backed by files. LevelDB maps its table files, so a full scan shows up here
    /// although the kernel can drop those pages at will.
    static var fileRSSBytes: UInt64 { statusField("RssFile") }

    /// Resident anonymous memory: the heap, what the process itself allocated.
    static var anonymousRSSBytes: UInt64 { statusField("RssAnon") }

    private static func statusField(_ name: String) -> UInt64 {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") })
        else { return 0 }
        let kb = line.split(separator: " ").compactMap { UInt64($0) }.first ?? 0
        return kb * 1024
    }

    /// Bytes of regular files under `path`, the way `du --apparent-size` counts them.
    static func directorySize(_ path: String) -> UInt64 { Store.directorySize(path) }
}
