import ArgumentParser
import Events
import Foundation

struct LogBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Event log append and replay throughput, beside raw LevelDB doing the same writes and reads."
    )

    static let batchSizes = [1, 100, 10_000]
    static let appendTarget = 0.5
    static let decodeTarget = 0.25

    @Option(help: "Synthetic events to append and read back.")
    var events = 1_000_000

    @Option(name: .customLong("batch1-events"), help: "Events for the batch=1 case (it is slow; fewer keeps runs short).")
    var batchOneEvents = 100_000

    @Option(help: "Repetitions; the report gives the median of each figure.")
    var runs = 1

    @Option(help: "Markdown file whose log section is replaced (created if missing).")
    var output = "BENCHMARKS.md"

    @Flag(help: "Also print all figures as one JSON object on standard output.")
    var json = false

    @Option(help: "Seed for the synthetic events; the same seed gives the same events.")
    var seed: UInt64 = 20_150_101

    @Option(help: "Size of the organization pool participants are drawn from.")
    var organizations = 100_000

    @Flag(name: .customLong("check-replay"), help: "Confirm each raw database ends up byte-identical to its log (slower).")
    var checkReplay = false

    @Option(name: .customLong("work-dir"), help: "Where the temporary stores go (removed afterwards).")
    var workDirectory = "/tmp"

    func validate() throws {
        guard events >= 1, batchOneEvents >= 1, runs >= 1 else { throw ValidationError("counts must be at least 1") }
        guard organizations >= 3 else { throw ValidationError("--organizations must be at least 3") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let began = clock.now
        let work = workDirectory + "/kgraph-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: work) }

        var samples = Samples()
        let readStore = try measureAppends(work: work, into: &samples)
        // Taken before the read phase resets the counter: the append phase, with every generated
        // event and a case's captured pairs in memory, is where the whole run peaks.
        samples.peakRSSBytes = SystemInfo.peakRSSBytes
        try settle(storePath: readStore)
        samples.compactedStoreBytes = SystemInfo.directorySize(readStore)
        let resetPeak = SystemInfo.resetPeakRSS()
        samples.readStartRSSBytes = SystemInfo.rssBytes
        for _ in 1...runs { try measureReads(storePath: readStore, into: &samples) }
        if resetPeak { samples.readPeakRSSBytes = SystemInfo.peakRSSBytes }
        samples.readEndFileRSSBytes = SystemInfo.fileRSSBytes
        samples.readEndAnonymousRSSBytes = SystemInfo.anonymousRSSBytes
        try FileManager.default.removeItem(atPath: readStore)

        let report = LogReport(
            date: Timestamp.iso8601(milliseconds: Int64(Date().timeIntervalSince1970 * 1000)).prefix(16)
                .replacingOccurrences(of: "T", with: " ") + " UTC",
            events: events, batchOneEvents: min(events, batchOneEvents), runs: runs, seed: seed,
            organizations: organizations, cases: samples.results(events: events, batchOneEvents: min(events, batchOneEvents)),
            averageRecordBytes: samples.averageRecordBytes, averageWrittenBytesPerEvent: samples.averageWrittenBytes,
            storeBytes: samples.storeBytes, compactedStoreBytes: samples.compactedStoreBytes,
            generatedEventsRSSBytes: samples.generatedRSS, peakRSSBytes: samples.peakRSSBytes,
            readPeakRSSBytes: samples.readPeakRSSBytes, readStartRSSBytes: samples.readStartRSSBytes,
            readEndFileRSSBytes: samples.readEndFileRSSBytes,
            readEndAnonymousRSSBytes: samples.readEndAnonymousRSSBytes,
            generationSeconds: samples.generationSeconds, totalSeconds: seconds(clock.now - began))

        let section = MarkdownReport.section(report)
        try BenchmarksFile.write(section: "log", section, to: output)
        progress("wrote the log section of \(output)")
        if json { print(try JSONReport.render(report)) } else { print(section, terminator: "") }
    }

    /// Every append case of every run; returns the last run's largest-batch store for the reads.
    /// The generated events live only in here: the reads then run without a 1 GB heap of them beside,
    /// which would otherwise slow every allocation the decoder makes.
    private func measureAppends(work: String, into samples: inout Samples) throws -> String {
        progress("generating \(Format.grouped(events)) events (seed \(seed))")
        var generation = Stopwatch()
        let all = generation.measure {
            var generator = SyntheticEvents(seed: seed, organizations: organizations)
            return generator.generate(events)
        }
        samples.generationSeconds = generation.seconds
        samples.generatedRSS = SystemInfo.rssBytes
        progress("generated in \(Format.fixed(generation.seconds, 1)) s, RSS \(Format.mebibytes(samples.generatedRSS))")

        let largest = Self.batchSizes.last!
        for run in 1...runs {
            if run > 1 { try FileManager.default.removeItem(atPath: storePath(work, run - 1, largest)) }
            for size in Self.batchSizes {
                try measureAppend(all, batchSize: size, run: run, work: work, into: &samples)
            }
        }
        return storePath(work, runs, largest)
    }

    private func measureAppend(_ all: [Event], batchSize: Int, run: Int, work: String, into samples: inout Samples) throws {
        let n = batchSize == 1 ? min(events, batchOneEvents) : events
        let path = storePath(work, run, batchSize)
        progress("run \(run): kgraph append, batch=\(batchSize), \(Format.grouped(n)) events")
        let kgraphSeconds = try KGraphAppend.run(all[0..<n], batchSize: batchSize, storePath: path)
        progress("  \(Format.rate(Double(n) / kgraphSeconds)) ev/s; capturing its writes")
        let capture = try CapturedWrites(logPath: path + "/log", eventCount: n)
        let rawPath = work + "/run\(run)-raw-\(batchSize)"
        let raw = try RawReplay.run(capture, batchSize: batchSize, path: rawPath)
        progress("  raw replay \(Format.rate(Double(n) / raw.seconds)) ev/s")
        if checkReplay {
            try RawReplay.compare(path, rawPath)
            progress("  raw database holds the same pairs as the log")
        }
        samples.appendSeconds[batchSize, default: []].append(kgraphSeconds)
        samples.rawAppendSeconds[batchSize, default: []].append(raw.seconds)
        samples.appendBytes[batchSize] = raw.bytes
        if batchSize == Self.batchSizes.last! {
            samples.storeBytes = SystemInfo.directorySize(path)
            samples.averageRecordBytes = Double(capture.eventValueBytes) / Double(n)
            samples.averageWrittenBytes = Double(raw.bytes) / Double(n)
        } else {
            try FileManager.default.removeItem(atPath: path)
        }
        try FileManager.default.removeItem(atPath: rawPath)
    }

    /// A bulk load leaves LevelDB with compaction debt that every reopen resumes on a background thread,
    /// which would compete with whichever scan happens to run then. Settle it first (untimed), flush it,
    /// then warm the page cache so the first timed scan is not penalized for going first.
    private func settle(storePath path: String) throws {
        var watch = Stopwatch()
        try watch.measure { try RawReplay.compactFully(path: path + "/log") }
        progress("reads: compacted the log in \(Format.fixed(watch.seconds, 1)) s (untimed)")
        // Compaction leaves hundreds of MB of dirty pages; their writeback would otherwise run during
        // the first timed scan and slow it alone.
        sync()
        _ = try ReadScans.rawScan(logPath: path + "/log")
    }

    /// The raw scan runs both before and after the two log scans and counts as their mean, so a drift
    /// in the machine's load during the reads does not favor either side.
    private func measureReads(storePath path: String, into samples: inout Samples) throws {
        let before = try ReadScans.rawScan(logPath: path + "/log")
        progress("reads: raw scan \(Format.rate(Double(before.events) / before.seconds)) ev/s")
        let decoded = try ReadScans.decodeAll(storePath: path)
        progress("reads: forEach \(Format.rate(Double(decoded.events) / decoded.seconds)) ev/s")
        let headers = try ReadScans.headersOnly(storePath: path)
        progress("reads: forEachRecord + header \(Format.rate(Double(headers.events) / headers.seconds)) ev/s")
        let after = try ReadScans.rawScan(logPath: path + "/log")
        progress("reads: raw scan again \(Format.rate(Double(after.events) / after.seconds)) ev/s")
        guard before.events == events, after.events == events, decoded.events == events, headers.events == events else {
            throw BenchFailure("read \(before.events)/\(decoded.events)/\(headers.events)/\(after.events) of \(events) events")
        }
        samples.rawScanSeconds.append((before.seconds + after.seconds) / 2)
        samples.decodeSeconds.append(decoded.seconds)
        samples.headerSeconds.append(headers.seconds)
        samples.rawScanCPUSeconds.append((before.cpuSeconds + after.cpuSeconds) / 2)
        samples.decodeCPUSeconds.append(decoded.cpuSeconds)
        samples.headerCPUSeconds.append(headers.cpuSeconds)
        samples.readBytes = before.bytes
    }

    private func storePath(_ work: String, _ run: Int, _ batchSize: Int) -> String {
        work + "/run\(run)-kgraph-\(batchSize)"
    }
}
