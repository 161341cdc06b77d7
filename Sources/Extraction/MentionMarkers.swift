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
            if marker == .genitive { speakerAfterGenitive(&m, s) }
            if marker == .list { listEnd(&m, s, from: wEnd) }
            if marker != .none { return }
            pos = wEnd
        }
        guard pos < s.count else { return }
        if ",·、/".unicodeScalars.contains(s[pos]) {
            m.marker = .list
            m.markerEnd = pos + 1
            return
        }
        guard s[pos].isSpace, let w1 = nextWord(s, from: pos) else { return }
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
        let split1 = josa.strip(w1.text)
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
        // `딥시크 접속을 막았다`: the name is what the object is of.
        if m.type != .government, let split = split1, split.marker == .object || split.marker == .genitive,
           objectHeads.contains(split.stem) {
            m.marker = .object
            m.markerEnd = w1.end
            return
        }
        // `새솔테크 지분 30%를 사들였다`: whose shares are bought.
        if w1.text == "지분" || w1.text.hasPrefix("지분을") || w1.text.hasPrefix("지분의") {
            m.marker = .object
            m.markerEnd = w1.end
            return
        }
        if let t = title(w1.text, split: split1) {
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
        // `딥시크 앱 사용을 금지`: one bare word between the name and the object's head.
        if m.type != .government, w1s.count <= 4, let split = split2, split.marker == .object, objectHeads.contains(split.stem) {
            m.marker = .object
            m.markerEnd = w2.end
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

    /// `A, B, C 등 주요 공공기관은`, `딥시크 등 중국산 AI 서비스의`: the list takes the role of the
    /// noun phrase after 등.
    func listEnd(_ m: inout Mention, _ s: Scalars, from: Int) {
        var pos = from
        m.marker = .list
        for _ in 0..<5 {
            guard let w = nextWord(s, from: pos), let split = josa.strip(w.text) else {
                if let w = nextWord(s, from: pos) { pos = w.end; continue }
                return
            }
            if [.subject, .object, .genitive, .dative].contains(split.marker) {
                m.marker = split.marker
                m.markerEnd = w.end
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
