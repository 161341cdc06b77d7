import Foundation

/// The BENCHMARKS.md section for the log benchmark. Other benchmarks own other marked sections.
enum MarkdownReport {
    static func section(_ r: LogReport) -> String {
        var lines: [String] = []
        lines.append("## Event log: append and replay (`kgraph-bench log`)")
        lines.append("")
        lines.append("\(r.date) · N = \(Format.grouped(r.events)) synthetic events · runs = \(r.runs)"
            + (r.runs > 1 ? " (medians)" : "") + " · seed \(r.seed) · \(Format.grouped(r.organizations)) organizations")
        lines.append("")
        lines.append("Machine: \(SystemInfo.processorCount) × \(SystemInfo.cpuModel), "
            + "\(Format.mebibytes(SystemInfo.totalMemoryBytes)) RAM, Linux \(SystemInfo.kernel), "
            + "LevelDB \(SystemInfo.levelDBVersion) (C API). Release build.")
        lines.append("")
        lines.append("| case | kgraph ev/s | raw ev/s | ratio | target | MB/s |")
        lines.append("|---|---:|---:|---:|---|---:|")
        for c in r.cases {
            let target = c.target.map { "≥ \(Format.fixed($0, 2))× " + (c.meetsTarget! ? "(met)" : "(**missed**)") } ?? "–"
            lines.append("| \(c.name) | \(Format.rate(c.kgraphRate)) | \(Format.rate(c.rawRate)) | "
                + "\(Format.fixed(c.ratio, 2))× | \(target) | \(Format.fixed(c.megabytesPerSecond, 1)) |")
        }
        lines.append("")
        let cpuRows = r.cases.filter { $0.cpuRatio != nil }
        if !cpuRows.isEmpty {
            lines.append("The reads again, timed by the scanning thread's CPU time, which other load on the machine does not inflate:")
            lines.append("")
            lines.append("| case | kgraph ev/s (CPU) | raw ev/s (CPU) | ratio | target |")
            lines.append("|---|---:|---:|---:|---|")
            for c in cpuRows {
                let ratio = c.cpuRatio!
                let target = c.target.map { "≥ \(Format.fixed($0, 2))× " + (ratio >= $0 ? "(met)" : "(**missed**)") } ?? "–"
                lines.append("| \(c.name) | \(Format.rate(c.kgraphCPURate!)) | \(Format.rate(c.rawCPURate!)) | "
                    + "\(Format.fixed(ratio, 2))× | \(target) |")
            }
            lines.append("")
        }
        lines.append(contentsOf: notes(r).map { "- " + $0 })
        return lines.joined(separator: "\n") + "\n"
    }

    private static func notes(_ r: LogReport) -> [String] {
        var notes = [
            "Appends: kgraph is `EventLog.append` with durability `.osBuffered` (no fsync), each batch size into a "
                + "new store. Raw is the same key/value pairs (read back from that store: `e` record, `i` id, `k` kind, "
                + "`o` per organization, `d` document per event; `mhead` and the changed `mcount` keys per batch), "
                + "written through `LevelDB.WriteBatch` in the same batches, `sync` off. `DatabaseOptions()` on both sides. "
                + "Timed: building and writing the batches; not timed: event generation, store creation, close.",
            "The batch=1 case uses the first \(Format.grouped(r.batchOneEvents)) events only, to keep the run short; "
                + "its database stays smaller, which flatters both sides alike.",
            "Reads run on the (last run's) batch=10,000 store once the generated events are freed, after a full "
                + "compaction (`Database.compactAll`, untimed, so no background compaction competes with the scans) "
                + "and a warm-up scan: the OS page cache is warm; each run repeats the three scans. Raw is a `Cursor` over the "
                + "`e` key range touching each value (length, first and last byte), run before and after the log's "
                + "scans and averaged. Full decode is `EventLog.forEach` "
                + "(`RecordCodec.decode` of every record); header only is `forEachRecord` + `RecordCodec.header`.",
            "MB/s is the kgraph rate in bytes: key+value bytes written per append case, record+chain bytes read per read case. "
                + "Average record (with its 32-byte chain) \(Format.fixed(r.averageRecordBytes, 0)) B; "
                + "average bytes written per event, indexes and meta keys included, "
                + "\(Format.fixed(r.averageWrittenBytesPerEvent, 0)) B.",
            "Store on disk after \(Format.grouped(r.events)) events: \(Format.megabytes(r.storeBytes)) as the load left it "
                + "(LevelDB's compaction progress at close varies), \(Format.megabytes(r.compactedStoreBytes)) after a full compaction.",
            "Peak RSS (VmHWM): \(Format.mebibytes(r.peakRSSBytes)) over the append phase, which holds every generated "
                + "event (\(Format.mebibytes(r.generatedEventsRSSBytes))) and one case's captured pairs in memory: the "
                + "benchmark's footprint, not the log's. "
                + (r.readPeakRSSBytes.map { "During the reads (events freed, counter reset): \(Format.mebibytes($0)) peak, "
                    + "from \(Format.mebibytes(r.readStartRSSBytes)) resident as they began; the growth is mostly "
                    + "LevelDB's memory-mapped table files (file-backed pages the kernel may drop). " }
                    ?? "The read-phase peak is not available (the kernel refused to reset VmHWM). ")
                + "Once the databases closed: \(Format.mebibytes(r.readEndFileRSSBytes)) file-backed, "
                + "\(Format.mebibytes(r.readEndAnonymousRSSBytes)) anonymous.",
            "Wall time \(Format.fixed(r.totalSeconds, 0)) s, of which generating the events \(Format.fixed(r.generationSeconds, 1)) s.",
        ]
        if r.runs == 1 { notes.append("Single run: on this shared machine, differences under about 20% are noise.") }
        return notes
    }
}
