import Foundation

/// Writes a synthetic Korean news corpus for the extraction benchmark: search-result pages
/// (short articles, each followed by its date line) and single articles wrapped in page furniture,
/// recombined from the sentence templates below with a seeded generator, so every run reads the
/// same bytes. The templates are written for this tool; `{A}` and `{B}` take organization names,
/// `{D}` a day, `{N}` a number.
enum KoreanCorpus {
    static let organizations = [
        "KT", "SK텔레콤", "네이버클라우드", "카카오", "LG유플러스", "삼성전자", "마이크로소프트(MS)", "아마존웹서비스(AWS)",
        "과학기술정보통신부", "개인정보보호위원회", "한국소비자원", "업스테이지", "리벨리온", "퓨리오사AI", "오라클",
        "가온전자", "누리소프트", "한빛연구원", "새솔테크", "다온바이오", "미르중공업", "하람로보틱스", "한결자산운용",
    ]

    static let eventSentences = [
        "{A}는 {B}와 클라우드 사업 협력을 위한 업무협약을 체결했다고 {D}일 밝혔다.",
        "{A}와 {B}는 지난 {D}일 인공지능 반도체 공동 개발을 위해 손잡았다.",
        "{A}는 {B}에 {N}억원을 투자했다고 밝혔다.",
        "{A}는 {B}로부터 {N}억원 규모의 투자를 유치했다.",
        "{A}가 {B}를 {N}억 달러에 인수했다.",
        "{A}는 보안 우려를 이유로 {B}의 서비스 사용을 금지하는 조치를 내렸다.",
        "{A}는 {D}일 새 데이터센터 구축 계획을 발표했다.",
        "김하늘 {A} 대표는 \"올해 해외 매출을 두 배로 늘리겠다\"고 말했다.",
        "{A} 컨소시엄에는 {B}, 한빛대학교 산학협력단, 새솔테크가 참여했다.",
        "{A}는 {B}와 함께 생성형 AI 서비스를 공개했다.",
    ]

    static let fillerSentences = [
        "업계에서는 이번 결정이 시장 판도에 영향을 줄 수도 있다는 전망이 나온다.",
        "전문가들은 단기 성과보다 장기적인 기술 경쟁력에 주목해야 한다고 조언했다.",
        "지난해 같은 기간과 비교하면 매출은 {N}% 늘어난 것으로 집계됐다.",
        "{A}가 지난해 출시한 서비스는 이용자 {N}만명을 넘어섰다.",
        "{A}와의 협력 가능성도 거론되지만 구체적인 내용은 정해지지 않았다.",
        "시장조사업체에 따르면 국내 클라우드 시장은 연평균 {N}%씩 성장하고 있다.",
        "투자자들의 관심은 금리와 환율 향방에 쏠려 있다.",
        "{A} 관계자는 \"검토한 바 없다\"고 말했다.",
        "회사는 이번 제품으로 공공과 금융 시장을 함께 공략한다는 목표다.",
        "한편 정부는 데이터센터 전력 수급 문제를 점검하기로 했다.",
    ]

    static let furniture = [
        "  • 맑음서울-2.0℃", "  • 흐림부산3.1℃", "[저작권자ⓒ 가상일보. 무단전재-재배포 금지]", "관련기사",
        "2025-01-22 13:15:31\"다른 기사의 제목\"", "뉴스댓글 >", "댓글 0", "홍길동 기자", "hong@example.com",
    ]

    /// A sentence template with two different organizations (`{A}`, `{B}`), a day (`{D}`) and a
    /// number (`{N}`) drawn from `rng`.
    static func fill(_ template: String, _ rng: inout SplitMix64) -> String {
        let a = rng.pick(organizations)
        var b = rng.pick(organizations)
        while b == a { b = rng.pick(organizations) }
        return template.replacingOccurrences(of: "{A}", with: a).replacingOccurrences(of: "{B}", with: b)
            .replacingOccurrences(of: "{D}", with: String(1 + rng.below(28)))
            .replacingOccurrences(of: "{N}", with: String(1 + rng.below(900)))
    }

    /// One article for the search benchmark: a headline line (an event sentence), then 4 to 11
    /// sentences in two paragraphs.
    static func article(_ rng: inout SplitMix64, headline: Bool) -> String {
        func fill(_ template: String) -> String { KoreanCorpus.fill(template, &rng) }
        var sentences: [String] = []
        for _ in 0..<(4 + rng.below(8)) {
            sentences.append(fill(rng.chance(0.35) ? rng.pick(eventSentences) : rng.pick(fillerSentences)))
        }
        let half = sentences.count / 2
        let body = sentences[..<half].joined(separator: " ") + "\n\n" + sentences[half...].joined(separator: " ")
        return headline ? fill(rng.pick(eventSentences)) + "\n" + body : body
    }

    /// Writes at least `bytes` bytes of corpus to `path`; returns the bytes written.
    static func write(bytes target: Int, seed: UInt64, to path: String) throws -> Int {
        FileManager.default.createFile(atPath: path, contents: nil)
        guard let out = FileHandle(forWritingAtPath: path) else { throw BenchFailure("cannot write the corpus to \(path)") }
        defer { try? out.close() }
        var rng = SplitMix64(seed: seed)
        var written = 0
        var buffer = ""
        func fill(_ template: String) -> String { KoreanCorpus.fill(template, &rng) }
        func article() -> String {
            var sentences: [String] = []
            for _ in 0..<(4 + rng.below(8)) {
                sentences.append(fill(rng.chance(0.35) ? rng.pick(eventSentences) : rng.pick(fillerSentences)))
            }
            return sentences.joined(separator: " ")
        }
        func date() -> String { "2025.\(String(format: "%02d", 1 + rng.below(12))).\(String(format: "%02d", 1 + rng.below(28)))" }
        while written < target {
            if rng.chance(0.7) {
                // A search-result page: ten short articles, each followed by its date line.
                buffer += "\"클라우드\"에 대한 통합검색 결과\n"
                for _ in 0..<10 { buffer += article() + "\n\n" + date() + "\n\n" }
            } else {
                for _ in 0..<3 { buffer += rng.pick(furniture) + "\n" }
                buffer += "홍길동 / 기사승인 : \(date().replacingOccurrences(of: ".", with: "-")) 10:00:00\n"
                for _ in 0..<(3 + rng.below(5)) { buffer += article() + "\n\n" }
                for _ in 0..<4 { buffer += rng.pick(furniture) + "\n" }
            }
            if buffer.utf8.count > 1 << 20 {
                let data = Data(buffer.utf8)
                out.write(data)
                written += data.count
                buffer = ""
            }
        }
        if !buffer.isEmpty {
            let data = Data(buffer.utf8)
            out.write(data)
            written += data.count
        }
        return written
    }
}
