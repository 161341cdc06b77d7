import Foundation

/// All figures of a run as one JSON object, for scripts that track them over time.
enum JSONReport {
    static func render(_ r: LogReport) throws -> String {
        let cases: [[String: Any]] = r.cases.map { c in
            var o: [String: Any] = [
                "case": c.key,
                "label": c.name,
                "events": c.events,
                "kgraph_events_per_s": c.kgraphRate.rounded(),
                "raw_events_per_s": c.rawRate.rounded(),
                "ratio": (c.ratio * 1000).rounded() / 1000,
                "kgraph_seconds": c.kgraphSeconds,
                "raw_seconds": c.rawSeconds,
                "bytes": c.bytes,
                "kgraph_mb_per_s": (c.megabytesPerSecond * 10).rounded() / 10,
            ]
            if let k = c.kgraphCPUSeconds, let r = c.rawCPUSeconds, let ratio = c.cpuRatio {
                o["kgraph_cpu_seconds"] = k
                o["raw_cpu_seconds"] = r
                o["cpu_ratio"] = (ratio * 1000).rounded() / 1000
            }
            if let t = c.target {
                o["target_ratio"] = t
                o["meets_target"] = c.meetsTarget!
            }
            return o
        }
        var object: [String: Any] = [
            "benchmark": "log",
            "date": r.date,
            "events": r.events,
            "batch_1_events": r.batchOneEvents,
            "runs": r.runs,
            "seed": r.seed,
            "organizations": r.organizations,
            "machine": [
                "nproc": SystemInfo.processorCount,
                "cpu": SystemInfo.cpuModel,
                "memory_bytes": SystemInfo.totalMemoryBytes,
                "kernel": SystemInfo.kernel,
                "leveldb": SystemInfo.levelDBVersion,
            ] as [String: Any],
            "cases": cases,
            "average_record_bytes": r.averageRecordBytes.rounded(),
            "average_written_bytes_per_event": r.averageWrittenBytesPerEvent.rounded(),
            "store_bytes": r.storeBytes,
            "compacted_store_bytes": r.compactedStoreBytes,
            "generated_events_rss_bytes": r.generatedEventsRSSBytes,
            "peak_rss_bytes": r.peakRSSBytes,
            "read_start_rss_bytes": r.readStartRSSBytes,
            "read_end_file_rss_bytes": r.readEndFileRSSBytes,
            "read_end_anonymous_rss_bytes": r.readEndAnonymousRSSBytes,
            "generation_seconds": r.generationSeconds,
            "total_seconds": r.totalSeconds,
        ]
        if let readPeak = r.readPeakRSSBytes { object["read_peak_rss_bytes"] = readPeak }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
