import Crypto
import Foundation

/// Stable organization ids. An id is the canonical name folded the way people compare names
/// (Unicode NFKC, lower case, no white space), so `SK 텔레콤` and `SK텔레콤` are one organization
/// and the id survives a re-ingest or a replay on another machine.
public enum OrganizationID {
    public static func make(_ canonicalName: String) -> String {
        var name = canonicalName
        return name.withUTF8 { plainFold($0) } ?? fold(canonicalName)
    }

    /// The rule itself, through Foundation's NFKC: a few microseconds a name, which a replay
    /// pays for every distinct spelling it meets.
    static func fold(_ name: String) -> String {
        let folded = name.precomposedStringWithCompatibilityMapping.lowercased()
        return String(String.UnicodeScalarView(folded.unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    /// The fold of a name written only in printable ASCII, spaces and precomposed Hangul
    /// syllables (U+AC00–U+D7A3), as most names are; nil for a name with any other character.
    /// None of these characters changes under NFKC (a syllable decomposes to jamo that compose
    /// back to it, and no two of them compose together), only A–Z change under lower case, and
    /// only the space is white space: so the fold lowers A–Z and drops spaces, byte by byte.
    static func plainFold(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            let b = utf8[i]
            if b < 0x80 {
                guard b >= 0x20, b < 0x7F else { return nil }
                if b != 0x20 { out.append(b >= 0x41 && b <= 0x5A ? b + 0x20 : b) }
                i += 1
                continue
            }
            // A three-byte sequence (a String is valid UTF-8) of a code point in the syllable block.
            guard b & 0xF0 == 0xE0, i + 2 < utf8.count else { return nil }
            let scalar = UInt32(b & 0x0F) << 12 | UInt32(utf8[i + 1] & 0x3F) << 6 | UInt32(utf8[i + 2] & 0x3F)
            guard scalar >= 0xAC00, scalar <= 0xD7A3 else { return nil }
            out.append(b)
            out.append(utf8[i + 1])
            out.append(utf8[i + 2])
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// Event ids. An input may bring its own; otherwise the id derives from the claim's content, so the
/// same claim from the same place gets the same id and appending it again is a no-op.
public enum EventID {
    public static let maxLength = 128

    /// `ev-` and 32 hex digits: the first 128 bits of SHA-256 over the identifying fields.
    /// Identity is what was claimed and where: kind, date, participants (role, organization),
    /// payload, modality, and the source down to the span. Not part of it: when it was recorded,
    /// the confidence, the producer, or surface spellings.
    public static func derive(_ e: Event) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(256)
        func field(_ s: String?) {
            if let s { bytes.append(contentsOf: s.utf8) }
            bytes.append(0x1F)
        }
        func field(_ n: Int?) { field(n.map { String($0) }) }
        field("kgraph-event-id-1")
        field(e.kind.name)
        field(e.occurredAt.description)
        for p in e.participants.sorted(by: { ($0.role.rawValue, $0.org) < ($1.role.rawValue, $1.org) }) {
            field(p.role.name + ":" + p.org)
        }
        field("|")
        field(e.source.document)
        field(e.source.article)
        field(e.source.sentence)
        field(e.source.span.map { "\($0.start)-\($0.end)" })
        field(e.source.evidence)
        field(e.amount?.text)
        field(e.scope)
        field(e.reason)
        field(e.subject)
        field(e.retracts)
        field(e.alias.map { $0.name + "→" + $0.organization })
        field(e.modality.name)
        let digest = SHA256.hash(data: bytes)
        return "ev-" + hex(digest.prefix(16))
    }

    /// Whether two events make the same claim: the fields `derive` hashes agree. An id that
    /// arrives again with the same claim is a retry (a no-op); with another claim it is a conflict.
    /// When it was recorded, confidence, producer and surface spellings do not count, so a
    /// re-ingest by a newer extractor stays a retry.
    public static func sameClaim(_ a: Event, _ b: Event) -> Bool {
        a.kind == b.kind && derive(a) == derive(b)
    }

    /// Ids a user may bring: 1...128 printable ASCII characters without spaces.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.count <= maxLength && id.utf8.allSatisfy { $0 > 0x20 && $0 < 0x7F }
    }
}

public func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var out: [UInt8] = []
    for b in bytes {
        out.append(digits[Int(b >> 4)])
        out.append(digits[Int(b & 0xF)])
    }
    return String(decoding: out, as: UTF8.self)
}

public func unhex(_ s: String) -> [UInt8]? {
    let u = Array(s.utf8)
    guard u.count % 2 == 0 else { return nil }
    func nibble(_ c: UInt8) -> UInt8? {
        switch c {
        case 0x30...0x39: c - 0x30
        case 0x61...0x66: c - 0x61 + 10
        case 0x41...0x46: c - 0x41 + 10
        default: nil
        }
    }
    var out: [UInt8] = []
    out.reserveCapacity(u.count / 2)
    var i = 0
    while i < u.count {
        guard let h = nibble(u[i]), let l = nibble(u[i + 1]) else { return nil }
        out.append(h << 4 | l)
        i += 2
    }
    return out
}
