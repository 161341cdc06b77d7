import Events
import Foundation
import Ingest
import Testing

@Suite struct OrganizationNamesTests {
    @Test func aSwapOfTwoLettersIsOneEdit() {
        #expect(OrganizationNames.distance(Array("microsfot"), Array("microsoft"), limit: 3) == 1)
        #expect(OrganizationNames.distance(Array("intell"), Array("intel"), limit: 3) == 1)
        #expect(OrganizationNames.distance(Array("kt"), Array("lg"), limit: 1) == 2)
    }

    @Test func latinAndHangulMisspellingsFindTheGazetteersName() throws {
        let names = try OrganizationNames(log: nil)
        #expect(names.nearest("Microsfot").contains("마이크로소프트"))
        #expect(names.nearest("Intell").contains("인텔"))
        #expect(names.nearest("zzqxw").isEmpty)
    }

    @Test func appendedNamesBecomeTheGazetteersOrganization() throws {
        let names = try OrganizationNames(log: nil)
        #expect(names.resolve("Google")?.name == "구글")
        #expect(names.resolve("가나다라마바사 없는 이름") == nil)
        let e = Event(kind: .partnership, occurredAt: PartialDate(year: 2025)!, source: Source(document: "t"),
                      participants: [Participant(role: .party, name: "KT"), Participant(role: .party, name: "Google"),
                                     Participant(role: .party, name: "구글")])
        let resolved = names.resolving(e)
        #expect(resolved.participants.map(\.name).sorted() == ["KT", "구글"])
        #expect(resolved.participants.first { $0.name == "구글" }?.surface == "Google")
        // Corrections and article records are left as they are.
        let alias = Event(kind: .alias, occurredAt: .unknown, source: Source(document: "t"), participants: [],
                          alias: AliasDeclaration(name: "Google", organization: "구글"))
        #expect(names.resolving(alias) == alias)
    }
}

@Suite struct IngestPipelineTests {
    @Test func theHeadlineSkipsSectionPaths() {
        #expect(IngestPipeline.headline(of: "뉴스홈 > IT > 보안\n\n정부, 앱 접속 차단\n본문") == "정부, 앱 접속 차단")
        #expect(IngestPipeline.headline(of: "\n  첫 줄  \n둘째 줄") == "첫 줄")
        #expect(IngestPipeline.headline(of: "\n\n") == nil)
        #expect(IngestPipeline.headline(of: String(repeating: "가", count: 500))?.count == ArticleRecord.maximumHeadline)
    }

    @Test func articleRecordsAreOnePerTextAndPlace() {
        let hash = [UInt8](repeating: 7, count: 32)
        let producer = Producer(name: "t", version: "1")
        let a = ArticleRecord.make(document: "d.txt", index: 0, textHash: hash, headline: "제목", published: PartialDate(year: 2024, month: 6, day: 3)!, producer: producer)
        let same = ArticleRecord.make(document: "d.txt", index: 0, textHash: hash, headline: "다른 제목", published: PartialDate(year: 2024, month: 6, day: 3)!, producer: producer)
        let otherDate = ArticleRecord.make(document: "d.txt", index: 0, textHash: hash, headline: "제목", published: PartialDate(year: 2024, month: 6, day: 4)!, producer: producer)
        #expect(a.id == same.id)
        #expect(a.id != otherDate.id)
        #expect(a.id.hasPrefix("ar-") && a.id.count == 35)
        #expect(a.kind == .article && a.participants.isEmpty && a.source.articleHash == hash)
    }

    @Test func aDryRunReportsEveryArticleAndTheQuietOnes() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kgraph-pipeline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("two.txt").path
        try """
            "클라우드"에 대한 통합검색 결과

            가온전자, 한빛연구원과 협약 가온전자는 한빛연구원과 업무협약을 체결했다고 밝혔다.

            2024.06.10

            날씨 맑음 오늘은 전국이 대체로 맑겠다고 기상청은 내다봤다.

            2024.06.11

            """.write(toFile: path, atomically: true, encoding: .utf8)
        let pipeline = IngestPipeline(extractor: try .bundled())
        let report = try pipeline.ingest(IngestInputs.File(path: path), into: nil)
        #expect(report.articles == 2)
        #expect(report.events >= 1)
        #expect(report.withoutEvents == [1])
        #expect(report.withoutEventsLine(name: "two.txt", path: path)?.contains("1 of 2 articles gave no event: two.txt#1") == true)
    }
}
