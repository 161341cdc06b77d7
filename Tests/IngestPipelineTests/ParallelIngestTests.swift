import Events
import Foundation
import Ingest
import Testing

@Suite struct ParallelIngestTests {
    static let companies = ["가온전자", "한빛연구원", "새솔테크", "다온바이오", "미르중공업", "하람로보틱스", "누리소프트", "한결자산운용"]

    /// A search-result page of `n` short articles, each with its date line; sentences written for this test.
    static func page(_ n: Int, seed: Int) -> String {
        var lines = ["\"협력\"에 대한 통합검색 결과", ""]
        for i in 0..<n {
            let a = companies[(i + seed) % companies.count], b = companies[(i * 3 + seed + 1) % companies.count]
            switch i % 4 {
            case 0: lines.append("\(a), \(b)과 협약 \(a)는 \(b)과 클라우드 사업 협력을 위한 업무협약을 체결했다고 밝혔다.")
            case 1: lines.append("\(a) 투자 유치 \(a)는 \(b)로부터 \(i + 10)억원 규모의 투자를 유치했다.")
            case 2: lines.append("날씨 맑음 오늘은 전국이 대체로 맑겠다고 기상청은 내다봤다.")
            default: lines.append("\(a) 발표 \(a)는 새 데이터센터 구축 계획을 발표했다.")
            }
            lines.append("")
            lines.append("2024.0\(1 + i % 9).1\(i % 10)")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    @Test func twoThreadsGiveTheBatchesOneThreadGives() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-parallel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // One file larger than a window of articles, and a few small ones.
        var files: [IngestInputs.File] = []
        for (i, n) in [IngestPipeline.articleWindow * 2 + 7, 1, 3, 5].enumerated() {
            let path = dir.appendingPathComponent("page\(i).txt").path
            try Self.page(n, seed: i).write(toFile: path, atomically: true, encoding: .utf8)
            files.append(IngestInputs.File(path: path))
        }
        let extractor = try Extractor.bundledForTests()
        let one = IngestPipeline(extractor: extractor, workers: 1)
        let two = IngestPipeline(extractor: extractor, workers: 2)
        let serial = try files.map { try one.prepare($0) }
        let parallel = try OrderedParallel.map(files, workers: 2) { f in Result { try two.prepare(f) } }.map { try $0.get() }
        #expect(serial.map(\.report.articles) == [IngestPipeline.articleWindow * 2 + 7, 1, 3, 5])
        #expect(serial.reduce(0) { $0 + $1.report.events } > 40, "the pages give events")
        for (s, p) in zip(serial, parallel) {
            #expect(s.batch.map { RecordCodec.encode($0) } == p.batch.map { RecordCodec.encode($0) })
            #expect(s.articleTexts == p.articleTexts)
            #expect(s.report.withoutEvents == p.report.withoutEvents)
            #expect(s.report.warnings == p.report.warnings)
        }
    }

    @Test func anOrderedMapKeepsTheInputOrder() {
        let items = Array(0..<1000)
        let out = OrderedParallel.map(items, workers: 4) { i -> Int in
            if i % 97 == 0 { usleep(200) }  // finish out of order
            return i * i
        }
        #expect(out == items.map { $0 * $0 })
    }
}

import Extraction

extension Extractor {
    static func bundledForTests() throws -> Extractor { try .bundled() }
}
