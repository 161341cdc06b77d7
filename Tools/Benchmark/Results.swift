/// One row of the report: the log against raw LevelDB doing the same work.
struct CaseResult {
    var name: String
    var key: String
    var events: Int
    var kgraphRate: Double
    var rawRate: Double
    /// Bytes the case moved (written key+value bytes, or record bytes read), per run.
    var bytes: Int
    var kgraphSeconds: Double
    var rawSeconds: Double
    var target: Double?
    /// Scan thread CPU seconds (reads only): unaffected by other load on the machine.
    var kgraphCPUSeconds: Double?
    var rawCPUSeconds: Double?

    var ratio: Double { kgraphRate / rawRate }
    var meetsTarget: Bool? { target.map { ratio >= $0 } }
    var megabytesPerSecond: Double { Double(bytes) / kgraphSeconds / 1e6 }
    var kgraphCPURate: Double? { kgraphCPUSeconds.map { Double(events) / $0 } }
    var rawCPURate: Double? { rawCPUSeconds.map { Double(events) / $0 } }
    var cpuRatio: Double? {
        guard let k = kgraphCPURate, let r = rawCPURate else { return nil }
        return k / r
    }

    /// Medians over runs; each run's pair of timings is for the same events and bytes.
    static func fromRuns(name: String, key: String, events: Int, bytes: Int, target: Double?,
                       kgraph: [Double], raw: [Double], kgraphCPU: [Double] = [], rawCPU: [Double] = []) -> CaseResult {
        let k = median(kgraph), r = median(raw)
        return CaseResult(name: name, key: key, events: events, kgraphRate: Double(events) / k,
                          rawRate: Double(events) / r, bytes: bytes, kgraphSeconds: k, rawSeconds: r, target: target,
                          kgraphCPUSeconds: kgraphCPU.isEmpty ? nil : median(kgraphCPU),
                          rawCPUSeconds: rawCPU.isEmpty ? nil : median(rawCPU))
    }
}

/// Everything one `log` benchmark run measured, ready to print.
struct LogReport {
    var date: String
    var events: Int
    var batchOneEvents: Int
    var runs: Int
    var seed: UInt64
    var organizations: Int
    var cases: [CaseResult]
    var averageRecordBytes: Double
    var averageWrittenBytesPerEvent: Double
    /// The store as the bulk load left it (LevelDB's compaction state then varies from run to run).
    var storeBytes: UInt64
    var compactedStoreBytes: UInt64
    var generatedEventsRSSBytes: UInt64
    var peakRSSBytes: UInt64
    /// Peak RSS while the reads ran, counted from just before them; nil if the kernel refused the reset.
    var readPeakRSSBytes: UInt64?
    /// What the freed append phase left resident (glibc keeps some of its heap) when the reads began.
    var readStartRSSBytes: UInt64
    var readEndFileRSSBytes: UInt64
    var readEndAnonymousRSSBytes: UInt64
    var generationSeconds: Double
    var totalSeconds: Double
}
