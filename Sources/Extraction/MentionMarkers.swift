// What follows an organization's name decides its role: a particle, a list separator, or the
// title of a person speaking for it. Josa are read only here, after the name was found.
extension OrganizationRecognizer {
    /// Reads what follows a mention: an alias in parentheses, a particle, a list separator, or a
    /// person's title that makes the organization the speaker.
    func finish(_ m: inout Mention, _ s: Scalars, nesting: Nesting, aliases: inout ArticleAliases) {
        m.inQuote = nesting.inQuote[m.start]
        m.inParens = nesting.parenDepth[m.start] > 0
        var pos = m.end
        var last = s[m.end - 1]
        // `KB증권㈜와`, `삼성전자[005930],`: a company-form mark or a stock code between the name
        // and its particle.
        if pos < s.count, s[pos] == "㈜" {
            pos += 1
            m.markerEnd = pos
            last = "주"
        }
        if pos < s.count, s[pos] == "[", let close = s[pos..<min(s.count, pos + 12)].firstIndex(of: "]"),
           s[(pos + 1)..<close].allSatisfy({ $0.isASCIIDigit || $0.isLatinLetter }) {
            pos = close + 1
            m.markerEnd = pos
        }
        if pos < s.count, s[pos] == "(", let close = s[pos...].firstIndex(of: ")"), close - pos < 40 {
            var content = s.string((pos + 1)..<close).trimmed
            if content.hasPrefix("이하 ") { content = String(content.dropFirst(3)).trimmed }
            let cs = content.scalars
            let looksLikeAlias = !cs.isEmpty && cs.count <= 12 && !content.contains(" ")
                && (cs.allSatisfy { $0.isLatinLetter || $0.isASCIIDigit || $0 == "&" || $0 == "-" || $0 == "." } || gazetteer.lookup(content)?.name == m.name
                    || OrganizationRecognizer.isAbbreviation(cs, of: Scalars(s[m.start..<m.end]))
                    || s.string((pos + 1)..<close).hasPrefix("이하"))
            if looksLikeAlias, !acronymStop.contains(content) {
                aliases.teach(content, Gazetteer.Organization(name: m.name, type: m.type))
            }
            pos = close + 1
            last = s[close - 1]
            m.markerEnd = pos
        }
        let wEnd = OrganizationRecognizer.wordEnd(s, from: pos)
        // After a parenthesis the particle fits either the name (`나무소리(대표 홍길동)는`) or the
        // abbreviation (`마이크로소프트(MS)와`).
        if wEnd > pos, let marker = josa.marker(of: s[pos..<wEnd], after: last) ?? josa.marker(of: s[pos..<wEnd], after: s[m.end - 1]) {
            m.marker = marker
            m.markerEnd = wEnd
            m.topic = OrganizationRecognizer.topicParticles.contains(s.string(pos..<wEnd))
            if marker == .dative || marker == .none {
                let next = nextWord(s, from: wEnd)
                if let next, next.text.hasPrefix("따르면") || next.text.hasPrefix("따른") {
                    m.marker = .according
                    m.markerEnd = next.end
                } else if let next, next.text.hasPrefix("대한") || next.text.hasPrefix("대해") {
                    m.marker = .about
                    m.markerEnd = next.end
                }
            }
            // `미국 펀드 LG UPLUS FUND I LLC를 통해 … 지분을 매입했다`: 를 통해 (through) names the
            // means, like 로, not what is acted on.
            if marker == .object, let next = nextWord(s, from: wEnd), next.text.hasPrefix("통해") || next.text.hasPrefix("통한") {
                m.marker = .oblique
                m.markerEnd = next.end
            }
            // `바이트댄스와 모든 거래를 금지하는`: whom dealings are barred with is what the measure is on.
            if marker == .comitative, var next = nextWord(s, from: wEnd) {
                if next.text == "모든", let after = nextWord(s, from: next.end) { next = after }
                // `누리톡과 미국인의 거래를`, `누리톡과 미국 기업의 거래를`: whose dealings with it, named with 의.
                if next.text.hasSuffix("의"), next.text.unicodeScalars.count >= 2, let after = nextWord(s, from: next.end) { next = after }
                else if let second = nextWord(s, from: next.end), second.text.hasSuffix("의"), second.text.unicodeScalars.count >= 2,
                        josa.strip(next.text) == nil, let after = nextWord(s, from: second.end), after.text.hasPrefix("거래") { next = after }
                if next.text.hasPrefix("거래") || next.text.hasPrefix("교역"), let verb = nextWord(s, from: next.end),
                   ["금지", "중단", "제한", "차단"].contains(where: { verb.text.hasPrefix($0) }) {
                    m.marker = .about
                    m.markerEnd = next.end
                }
            }
            // `DJI, 오텔과 같은 드론`: 과 같은 (such as) closes a list of examples.
            if marker == .comitative, let next = nextWord(s, from: wEnd), next.text == "같은" || next.text == "같이" {
                m.marker = .list
                m.markerEnd = next.end
                listEnd(&m, s, from: next.end)
                return
            }
            if marker == .genitive { speakerAfterGenitive(&m, s) }
            // `A뿐 아니라 B`, `A뿐만 아니라 B`: not only A but also B; the list goes on with B, which
            // brings the particle.
            if marker == .list, ["뿐", "뿐만"].contains(s.string(pos..<wEnd)), let next = nextWord(s, from: wEnd),
               next.text == "아니라" || next.text == "아니라," {
                m.markerEnd = next.end
                return
            }
            if marker == .list { listEnd(&m, s, from: wEnd) }
            // `A를 비롯해 B, C 등 …이 차단했다`: A heads the list that follows.
            // `틱톡을 포함해 …기술의 사용을`: so does 포함해.
            if marker == .object, let next = nextWord(s, from: wEnd), next.text.hasPrefix("비롯") || next.text == "포함해" {
                m.marker = .list
                m.markerEnd = next.end
                return
            }
            if marker != .none { return }
            pos = wEnd
        }
        guard pos < s.count else { return }
        if ",·、/".unicodeScalars.contains(s[pos]) {
            m.marker = .list
            m.markerEnd = pos + 1
            return
        }
        // `▲한빛협회 ▲누리협회가`: items set off by bullets are a list.
        if pos + 1 < s.count, s[pos] == " ", RoleAssigner.bullets.contains(s[pos + 1]) {
            m.marker = .list
            m.markerEnd = pos + 1
            return
        }
        // `가온텔레콤-세림클라우드, 클라우드 협력`: a headline pairs two names with a dash.
        if pos == m.end, "-–".unicodeScalars.contains(s[pos]), pos + 1 < s.count, s[pos + 1].isHangulSyllable || s[pos + 1].isUpperLatin,
           !s.contains(where: { $0 == "." }) {
            m.marker = .list
            m.markerEnd = pos + 1
            return
        }
        guard s[pos].isSpace, let w1 = nextWord(s, from: pos) else { return }
        // `왓츠앱, 위챗 같은 인기 앱과 구글드라이브`: 같은 closes a list of examples; the particle of
        // the description after it is the list's.
        if w1.text == "같은" {
            listEnd(&m, s, from: w1.end)
            if m.marker != .list { m.consumed = m.markerEnd }
            return
        }
        // `A, B, C 간 양해각서를 체결`: 간 (between) makes the list the deal's parties.
        if w1.text == "간" || w1.text == "간의" || w1.text == "사이" || w1.text == "사이의" {
            m.marker = .comitative
            m.markerEnd = w1.end
            return
        }
        // `화웨이 및 68개 계열사를`: the rest of the list counts what belongs to the name; the
        // particle that closes it is the name's.
        if w1.text == "및" || listWords.contains(w1.text), let w2 = nextWord(s, from: w1.end) {
            let stem = josa.strip(w2.text)?.stem ?? w2.text
            let digits = w2.text.unicodeScalars.prefix { $0.isASCIIDigit }.count
            let counted = digits > 0 && ConsortiumReader.countNouns.contains(String(String.UnicodeScalarView(w2.text.unicodeScalars.dropFirst(digits))))
            if counted || organizationTails.contains(stem) || organizationTails.contains(where: { stem.hasPrefix($0) && stem.hasSuffix("들") }) {
                listEnd(&m, s, from: w1.end)
                return
            }
        }
        // `A와 B, C 3사는`: a count of the companies just listed carries the list's particle.
        let countDigits = w1.text.unicodeScalars.prefix { $0.isASCIIDigit }.count
        if countDigits > 0, let split = josa.strip(String(String.UnicodeScalarView(w1.text.unicodeScalars.dropFirst(countDigits)))),
           ["사", "개사", "곳", "개 기업", "개 기관"].contains(split.stem), split.marker != .none {
            m.marker = split.marker
            m.topic = OrganizationRecognizer.topicParticles.contains(split.particle)
            m.markerEnd = w1.end
            return
        }
        if listWords.contains(w1.text) {
            m.marker = .list
            m.markerEnd = w1.end
            return
        }
        if w1.text == "등" || w1.text.hasPrefix("등") && josa.marker(of: w1.text.scalars.dropFirst()[...], after: "등") != nil {
            if w1.text == "등" { listEnd(&m, s, from: w1.end) } else {
                m.marker = josa.marker(of: w1.text.scalars.dropFirst()[...], after: "등") ?? .none
                m.markerEnd = w1.end
            }
            return
        }
        // `캐나다 재무위원회 역시 …을 금지했다`: 역시 and 또한 mark the subject as the topic does.
        if w1.text == "역시" || w1.text == "또한" {
            m.marker = .subject
            m.topic = true
            m.markerEnd = w1.end
            return
        }
        let split1 = josa.strip(w1.text)
        var bodyWord = w1
        var bodySplit = split1
        // `미국 몬태나주는`, `이탈리아 당국은`: a country's government followed by one of its
        // bodies or its authorities is that body; `러시아 모스크바 트베르스코이 구역 법원은`: a body
        // named after places or fields between.
        var found = m.type == .government ? governmentBody(m, w1.text, split: split1, s) : nil
        if m.type == .government, found == nil, let body = spacedBody(m, s, first: w1) {
            bodyWord = body
            bodySplit = josa.strip(body.text)
            found = spacedBodyName(m, body, split: bodySplit, s)
        }
        // `미국 몬태나주 의회는`, `미 캘리포니아주 차량관리국은`: a state's own body, after the bare state.
        if m.type == .government, split1 == nil, found?.name.hasSuffix("주") == true, let body = spacedBody(m, s, first: w1),
           // Named from the state on, as the state names its own bodies (`몬태나주 의회`).
           case let split = josa.strip(body.text), let named = spacedBodyName(m, body, split: split, s, from: w1.end - w1.text.unicodeScalars.count) {
            bodyWord = body
            bodySplit = split
            found = named
        }
        if let body = found {
            if body.name != m.name { OrganizationRecognizer.teachBareBody(of: body.name, aliases: &aliases) }
            m.name = body.name
            m.surface = s.string(m.start..<body.stemEnd)
            m.end = body.stemEnd
            m.marker = bodySplit?.marker ?? .none
            m.markerEnd = bodyWord.end
            if let particle = bodySplit?.particle { m.topic = OrganizationRecognizer.topicParticles.contains(particle) }
            if m.marker == .none, bodyWord.end < s.count, ",·".unicodeScalars.contains(s[bodyWord.end]) { m.marker = .list; m.markerEnd = bodyWord.end + 1 }
            if m.marker == .none, let w2 = nextWord(s, from: bodyWord.end), w2.text == "역시" || w2.text == "또한" {
                m.marker = .subject
                m.topic = true
                m.markerEnd = w2.end
            }
            if m.marker == .list { listEnd(&m, s, from: bodyWord.end) }
            // `브라질 대법원의 모라에스 대법관은`: the body speaks through its officer.
            if m.marker == .genitive { speakerAfterGenitive(&m, s) }
            return
        }
        // `서울대학교 공과대학과`: a unit of the organization stands for it; as a list item
        // (`연세대 미래캠퍼스,`) the comma closes it.
        let listedUnit = split1 == nil && w1.end < s.count && ",·".unicodeScalars.contains(s[w1.end])
        if [.university, .company, .agency, nil].contains(m.type), let unit = listedUnit ? (stem: w1.text, particle: "", marker: Marker.list) : split1,
           unit.marker != .none,
           // `한빛전자 모바일사업부장은`: the head of the unit, the title glued (no unit suffix ends in 장),
           // speaks for the organization.
           case let headed = unit.stem.hasSuffix("장"), case let named = headed ? String(unit.stem.dropLast()) : unit.stem,
           // A bare `연구원` is a researcher, not an institute: that unit must carry a name before it.
           unitSuffixes.contains(where: { u in let st = named.scalars
               return (st.count > u.count || u.string != "연구원") && st.count >= u.count && st.matches(u, at: st.count - u.count) }),
           unit.stem.scalars.allSatisfy({ $0.isHangulSyllable || $0.isLatinLetter }) {
            if headed { m.speaker = true }
            m.marker = unit.marker
            m.topic = OrganizationRecognizer.topicParticles.contains(unit.particle)
            m.markerEnd = listedUnit ? w1.end + 1 : w1.end
            m.consumed = w1.end
            if listedUnit { listEnd(&m, s, from: w1.end) }
            return
        }
        // `누리대 박하늘 기계공학부 교수팀과`: a research team named after its organization, with
        // up to two bare words between (a person's name, a department), stands for it as well.
        if [.university, .company, .agency, nil].contains(m.type), split1 == nil, w1.text.unicodeScalars.allSatisfy(\.isHangulSyllable) {
            var k = w1.end
            for _ in 0..<2 {
                guard let w = nextWord(s, from: k) else { break }
                let split = josa.strip(w.text)
                if let team = split, team.marker != .none, ListScan.researchTeams.contains(team.stem) {
                    m.marker = team.marker
                    m.topic = OrganizationRecognizer.topicParticles.contains(team.particle)
                    m.markerEnd = w.end
                    m.consumed = w.end
                    return
                }
                guard split == nil, w.text.unicodeScalars.allSatisfy(\.isHangulSyllable) else { break }
                k = w.end
            }
        }
        // `인스퍼그룹 자회사 등 80여 곳을`: a subsidiary still denotes the group here.
        if organizationTails.contains(split1?.stem ?? w1.text) {
            if let split1 {
                m.marker = split1.marker
                m.markerEnd = w1.end
            } else if let w2 = nextWord(s, from: w1.end), w2.text == "등" {
                listEnd(&m, s, from: w2.end)
            }
            return
        }
        // `삼성전자 중국 시안 공장과 SK하이닉스 중국 우시 공장을`: a firm's plant named by its place;
        // the particle after the facility noun is the firm's.
        if m.type != .government, m.type != .product, let tail = facilityTail(s, from: pos) {
            m.marker = tail.marker
            m.markerEnd = tail.end
            // `중국` of `중국 시안 공장` is where the plant is, not a name of its own.
            m.consumed = tail.end
            return
        }
        // `딥시크 접속을 막았다`, `텔레그램 접속도 막았다`: the name is what the object is of.
        if m.type != .government, let split = split1, split.marker == .object || split.marker == .genitive || split.particle == "도",
           objectHeads.contains(split.stem) {
            m.marker = .object
            m.markerEnd = w1.end
            return
        }
        // `틱톡 설치와 이용을 금지`: two heads joined by 와/과, the last with the object particle.
        if m.type != .government, let split = split1, split.marker == .comitative, objectHeads.contains(split.stem),
           let w2 = nextWord(s, from: w1.end), let last = josa.strip(w2.text), last.marker == .object, objectHeads.contains(last.stem) {
            m.marker = .object
            m.markerEnd = w2.end
            return
        }
        // `카스퍼스키 보안 소프트웨어 사용을 금지`: one or two bare nouns may stand between the
        // name and the head of what the measure is on.
        if m.type != .government, split1 == nil, let w2 = nextWord(s, from: w1.end) {
            var word = w2
            for _ in 0..<2 {
                if let split = josa.strip(word.text) {
                    if split.marker == .object || split.marker == .genitive || split.particle == "도", objectHeads.contains(split.stem) {
                        m.marker = .object
                        m.markerEnd = word.end
                        return
                    }
                    break
                }
                guard let next = nextWord(s, from: word.end) else { break }
                word = next
            }
        }
        // `마이크론 제품에 대한 구매 중단`: what the measure is about.
        if m.type != .government, let split = split1, split.marker == .dative, objectHeads.contains(split.stem),
           let w2 = nextWord(s, from: w1.end), w2.text.hasPrefix("대한") || w2.text.hasPrefix("대해") {
            m.marker = .about
            m.markerEnd = w2.end
            return
        }
        // `새솔테크 지분 30%를 사들였다`: whose shares are bought.
        if w1.text == "지분" || w1.text.hasPrefix("지분을") || w1.text.hasPrefix("지분의") {
            m.marker = .object
            m.markerEnd = w1.end
            return
        }
        if let t = title(w1.text, split: split1) {
            // `진대제 전 정보통신부 장관이`: a former officer speaks for no organization; the name
            // only describes the person.
            if OrganizationRecognizer.previousWord(s, before: m.start) == OrganizationRecognizer.former {
                m.marker = .none
                m.markerEnd = w1.end
                return
            }
            m.speaker = true
            m.anonymous = anonymousTitles.contains(t.title)
            m.marker = t.marker
            m.topic = t.topic
            m.markerEnd = w1.end
            if m.marker == .none, w1.end < s.count, ",·".unicodeScalars.contains(s[w1.end]) { m.marker = .list }
            return
        }
        let w1s = w1.text.scalars
        guard split1 == nil, w1s.count <= 6, w1s.allSatisfy({ $0.isHangulSyllable || $0.isLatinLetter }), let w2 = nextWord(s, from: w1.end) else { return }
        let split2 = josa.strip(w2.text)
        // `'옥스퍼드 시멘틱'(OST) 인수 계약을`: the name is what the deal is about.
        if m.type != .government, objectHeads.contains(w1.text), let split = split2, split.marker == .object {
            m.marker = .object
            m.markerEnd = w2.end
            return
        }
        // `딥시크 앱 사용을 금지`: one bare word between the name and the object's head.
        if m.type != .government, w1s.count <= 4, let split = split2, split.marker == .object, objectHeads.contains(split.stem) {
            m.marker = .object
            m.markerEnd = w2.end
            return
        }
        // `세림랩 백신 소프트웨어의 판매를`: bare words, then 의 before the object's head.
        if m.type != .government, let head = ownerOfObjectHead(s, from: w1.end, words: split2 == nil ? 2 : 1, first: w2, firstSplit: split2) {
            m.marker = .object
            m.markerEnd = head
            return
        }
        // `KT 김영섭 대표는`: a short name between the organization and the title.
        if w1s.allSatisfy(\.isHangulSyllable), let t = title(w2.text, split: split2) {
            m.speaker = true
            m.anonymous = anonymousTitles.contains(t.title)
            m.marker = t.marker
            m.topic = t.topic
            m.markerEnd = w2.end
        }
    }

    /// The body a country's government acts through (`미 해군`, `캐나다 재무위원회`, `미국 몬태나주`):
    /// the word after the country's name, when its stem ends in one of the lexicon's
    /// `governmentBodySuffixes`; `당국`, `정부` and `행정부` leave the government itself.
    func governmentBody(_ m: Mention, _ word: String, split: (stem: String, particle: String, marker: Marker)?, _ s: Scalars) -> (name: String, stemEnd: Int)? {
        guard m.surface.unicodeScalars.count <= 8, !m.surface.contains(" ") else { return nil }
        let stem = split?.stem ?? word
        let st = stem.scalars
        guard let start = s[m.end...].firstIndex(where: { !$0.isSpace }), s.matches(st, at: start) else { return nil }
        if OrganizationRecognizer.governmentWords.contains(stem) { return (m.name, start + st.count) }
        // `국부펀드` alone is a stop word (no name), but after a country it names that country's fund.
        guard st.count >= 2, st.count <= 10, st.allSatisfy(\.isHangulSyllable), !stopWords.contains(stem) || governmentBodySuffixes.contains(st),
              governmentBodySuffixes.contains(where: { st.count > $0.count && st.matches($0, at: st.count - $0.count) || st == $0 }) else { return nil }
        let country = m.name.hasSuffix(" 정부") ? String(m.name.dropLast(3)) : m.surface
        return (country + " " + stem, start + st.count)
    }

    /// Courts and offices are named after the places or fields they serve (`러시아 모스크바 트베르스코이
    /// 구역 법원`, `중국 국가 인터넷 정보사무실`): up to three bare Hangul words of at most eight letters
    /// between the country and a word whose stem ends in one of the lexicon's `spacedBodySuffixes`.
    /// Returns that last word.
    func spacedBody(_ m: Mention, _ s: Scalars, first: (text: String, end: Int)) -> (text: String, end: Int)? {
        guard m.surface.unicodeScalars.count <= 8, !m.surface.contains(" ") else { return nil }
        var word = first
        for _ in 0..<3 {
            // `러시아 통신·정보기술·매스컴 감독청`: fields joined by a middle dot are one word here.
            var end = word.end
            while end + 1 < s.count, s[end] == "·" || s[end] == "ㆍ", s[end + 1].isHangulSyllable { end = OrganizationRecognizer.wordEnd(s, from: end + 1) }
            guard josa.strip(word.text) == nil, word.text.unicodeScalars.count <= 8,
                  word.text.unicodeScalars.allSatisfy(\.isHangulSyllable), let next = nextWord(s, from: end) else { return nil }
            let stem = josa.strip(next.text)?.stem ?? next.text
            if stem.unicodeScalars.count <= 8, stem.unicodeScalars.allSatisfy(\.isHangulSyllable), spacedBodySuffixes.contains(where: { stem.hasSuffix($0) }) { return next }
            word = next
        }
        return nil
    }

    /// The name of the body `spacedCourt` found: the words from the country to the body as written,
    /// or from `start` on when given (a state's body, named without its country).
    func spacedBodyName(_ m: Mention, _ word: (text: String, end: Int), split: (stem: String, particle: String, marker: Marker)?, _ s: Scalars,
                        from start: Int? = nil) -> (name: String, stemEnd: Int)? {
        let stem = split?.stem ?? word.text
        guard spacedBodySuffixes.contains(where: { stem.hasSuffix($0) }) else { return nil }
        let stemEnd = word.end - (word.text.unicodeScalars.count - stem.unicodeScalars.count)
        guard stemEnd > m.end else { return nil }
        // `미 백악관 예산관리국(OMB)은`: the gloss is no part of the name.
        let text = start.map { s.string($0..<stemEnd) } ?? m.surface + s.string(m.end..<stemEnd)
        let written = text.replacingOccurrences(of: #"\([^)]*\)"#, with: "", options: .regularExpression)
        return (written, stemEnd)
    }

    /// Where the object head ends when a name's bare words run to 의 and an object head follows
    /// (`… 소프트웨어의 판매를`): at most `words` more bare words, each of at most six letters.
    func ownerOfObjectHead(_ s: Scalars, from: Int, words: Int, first: (text: String, end: Int), firstSplit: (stem: String, particle: String, marker: Marker)?) -> Int? {
        var word = first
        var split = firstSplit
        for step in 0...words {
            if let split, split.marker == .genitive, let head = nextWord(s, from: word.end),
               let headSplit = josa.strip(head.text), headSplit.marker == .object, objectHeads.contains(headSplit.stem) {
                return head.end
            }
            guard split == nil, step < words, word.text.unicodeScalars.count <= 6, let next = nextWord(s, from: word.end) else { return nil }
            word = next
            split = josa.strip(next.text)
        }
        return nil
    }

    /// `오라클의 래리 엘리슨 회장은`: the organization speaks through its officer.
    func speakerAfterGenitive(_ m: inout Mention, _ s: Scalars) {
        var pos = m.markerEnd
        for _ in 0..<3 {
            guard let w = nextWord(s, from: pos) else { return }
            if let t = title(w.text), t.marker == .subject {
                m.speaker = true
                m.anonymous = anonymousTitles.contains(t.title)
                m.marker = .subject
                m.topic = t.topic
                m.markerEnd = w.end
                return
            }
            let ws = w.text.scalars
            guard ws.count <= 4, ws.allSatisfy(\.isHangulSyllable) else { return }
            pos = w.end
        }
    }

    /// Up to two bare Hangul words of place, then a facility noun (patterns.json `facilityNouns`)
    /// with the particle of an object, partner or list item: that particle and where its word ends.
    func facilityTail(_ s: Scalars, from: Int) -> (marker: Marker, end: Int)? {
        let reach = min(s.count, from + 30)
        guard facilityScalars.contains(where: { s.firstIndex(of: $0, from: from, to: reach) != nil }) else { return nil }
        var pos = from
        for _ in 0..<3 {
            guard let w = nextWord(s, from: pos) else { return nil }
            let split = josa.strip(w.text)
            if let split, facilityNouns.contains(split.stem), [.object, .comitative].contains(split.marker) { return (split.marker, w.end) }
            if split == nil, facilityNouns.contains(w.text), w.end < s.count, ",·".unicodeScalars.contains(s[w.end]) { return (.list, w.end + 1) }
            guard split == nil, w.text.unicodeScalars.allSatisfy(\.isHangulSyllable), w.text.unicodeScalars.count <= 5 else { return nil }
            pos = w.end
        }
        return nil
    }

    /// `A, B, C 등 주요 공공기관은`, `딥시크 등 중국산 AI 서비스의`: the list takes the role of the
    /// noun phrase after 등.
    func listEnd(_ m: inout Mention, _ s: Scalars, from: Int) {
        var pos = from
        var skipped = false
        m.marker = .list
        for _ in 0..<12 {
            guard let w = nextWord(s, from: pos), let split = josa.strip(w.text) else {
                if let w = nextWord(s, from: pos) { pos = w.end; skipped = true; continue }
                // `A, B 등 설비 협력사, 2·3차 부품 협력사와`: descriptors joined by a comma or a middle dot.
                var k = pos
                while k < s.count, s[k].isSpace { k += 1 }
                if skipped, k < s.count, ",·".unicodeScalars.contains(s[k]) { pos = k + 1; continue }
                return
            }
            // `A, B 등 30개 이상의 기업들과`: a qualifier of the count with 의 is still the count.
            if split.marker == .genitive, skipped, countQualifiers.contains(split.stem) {
                pos = w.end
                continue
            }
            if [.subject, .object, .genitive, .dative, .source, .comitative].contains(split.marker) {
                m.marker = split.marker
                m.markerEnd = w.end
                // `A, B 등 현지 이통사들은`: the list is the sentence's topic.
                if split.marker == .subject { m.topic = OrganizationRecognizer.topicParticles.contains(split.particle) || ["들은", "들도"].contains(split.particle) }
                // `A, B 등 소셜네트워크서비스 이용에도 제한을 뒀다`: the use of what is listed is limited.
                if split.marker == .dative, objectHeads.contains(split.stem) { m.marker = .about }
                // `A, B 등 계열사를 통해 …출자할 예정`: 를 통해 (through) names the means, not what is acted on.
                if split.marker == .object, let next = nextWord(s, from: w.end), next.text.hasPrefix("통해") || next.text.hasPrefix("통한") {
                    m.marker = .oblique
                    m.markerEnd = next.end
                    if skipped { m.consumed = next.end }
                    return
                }
                // `A 등 20개 기업과 기관을`: 과 joins two nouns of the list's phrase; the last one's particle counts.
                if split.marker == .comitative, let next = nextWord(s, from: w.end), let after = josa.strip(next.text),
                   [.object, .subject, .dative].contains(after.marker), after.stem.unicodeScalars.count <= 4,
                   ListScan.organizationNouns.contains(after.stem) || appositiveHeads.keys.contains(after.stem) || organizationTails.contains(after.stem) {
                    m.marker = after.marker
                    m.markerEnd = next.end
                    if skipped { m.consumed = next.end }
                    return
                }
                // `홀로그램, 멀티뷰 등 실감형 솔루션과`: a phrase headed by a thing lists things; its
                // 와/과 makes no partner of them.
                if split.marker == .comitative, skipped, thingHeads.contains(split.stem) { m.marker = .none }
                // `A, B 등 정부 부처들이`: the noun phrase after 등 is the list's, not a name of its own.
                if skipped { m.consumed = w.end }
            }
            return
        }
    }

    /// The word after `from` (skipping white space and parenthetical asides), and where it ends.
    func nextWord(_ s: Scalars, from: Int) -> (text: String, end: Int)? {
        var k = from
        while k < s.count, s[k].isSpace { k += 1 }
        guard k < s.count, OrganizationRecognizer.isWordScalar(s[k]) else { return nil }
        var text: Scalars = []
        while k < s.count {
            if s[k] == "(", let close = s[k...].firstIndex(of: ")"), close - k < 40 {
                k = close + 1
                continue
            }
            guard OrganizationRecognizer.isWordScalar(s[k]) else { break }
            text.append(s[k])
            k += 1
        }
        return (text.string, k)
    }

    /// Whether `word` is a person's title (with or without a particle), and the particle's role.
    func title(_ word: String) -> (title: String, marker: Marker, topic: Bool)? {
        title(word, split: josa.strip(word))
    }

    func title(_ word: String, split: (stem: String, particle: String, marker: Marker)?) -> (title: String, marker: Marker, topic: Bool)? {
        var stem = word, marker = Marker.none, topic = false
        let w = word.scalars
        for t in titles {
            if w.count >= t.count, w.matches(t, at: w.count - t.count) { return (t.string, .none, false) }
        }
        if let split {
            stem = split.stem
            marker = split.marker
            topic = OrganizationRecognizer.topicParticles.contains(split.particle)
        }
        let st = stem.scalars
        for t in titles where st.count >= t.count && st.matches(t, at: st.count - t.count) {
            return (t.string, marker, topic)
        }
        return nil
    }
}
