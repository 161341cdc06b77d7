/// Timings collected over runs, turned into report rows at the end.
struct Samples {
    var appendSeconds: [Int: [Double]] = [:]
    var rawAppendSeconds: [Int: [Double]] = [:]
    var appendBytes: [Int: Int] = [:]
    var rawScanSeconds: [Double] = []
    var decodeSeconds: [Double] = []
    var headerSeconds: [Double] = []
    var rawScanCPUSeconds: [Double] = []
    var decodeCPUSeconds: [Double] = []
    var headerCPUSeconds: [Double] = []
    var readBytes = 0
    var storeBytes: UInt64 = 0
    var compactedStoreBytes: UInt64 = 0
    var readPeakRSSBytes: UInt64?
    var readStartRSSBytes: UInt64 = 0
    var readEndFileRSSBytes: UInt64 = 0
    var readEndAnonymousRSSBytes: UInt64 = 0
    var averageRecordBytes = 0.0
    var averageWrittenBytes = 0.0
    var generationSeconds = 0.0
    var generatedRSS: UInt64 = 0
    var peakRSSBytes: UInt64 = 0

    func results(events: Int, batchOneEvents: Int) -> [CaseResult] {
        var rows: [CaseResult] = []
        for size in LogBenchmark.batchSizes {
            let n = size == 1 ? batchOneEvents : events
            let name = "append, batch=\(Format.grouped(size))" + (n < events ? " (first \(Format.grouped(n)) events)" : "")
            rows.append(.fromRuns(name: name, key: "append_batch_\(size)", events: n, bytes: appendBytes[size] ?? 0,
                                  target: size == LogBenchmark.batchSizes.last! ? LogBenchmark.appendTarget : nil,
                                  kgraph: appendSeconds[size]!, raw: rawAppendSeconds[size]!))
        }
        rows.append(.fromRuns(name: "read + full decode (`forEach`)", key: "read_decode", events: events,
                              bytes: readBytes, target: LogBenchmark.decodeTarget,
                              kgraph: decodeSeconds, raw: rawScanSeconds,
                              kgraphCPU: decodeCPUSeconds, rawCPU: rawScanCPUSeconds))
        rows.append(.fromRuns(name: "read + header only (`forEachRecord` + `header`)", key: "read_header",
                              events: events, bytes: readBytes, target: nil, kgraph: headerSeconds, raw: rawScanSeconds,
                              kgraphCPU: headerCPUSeconds, rawCPU: rawScanCPUSeconds))
        return rows
    }
}
