import Events

// Key layout of the log database (STORE/log, one LevelDB).
//
// Every key starts with a one-byte tag, so each kind of entry is one contiguous key range.
// Positions are 8-byte big-endian, so byte order is log order. Positions start at 1 and have
// no gaps; 0 means "before the first event".
//
//   tag  key                                   value
//   'e'  'e' pos:u64BE                          event record (RecordCodec, format 1) ++ chain:32
//   'i'  'i' eventId:utf8                       pos:u64BE            — idempotency index
//   'k'  'k' kind:u8 pos:u64BE                  (empty)              — kind index
//   'o'  'o' orgId:utf8 0x00 pos:u64BE          (empty)              — organization index
//   'd'  'd' document:utf8 0x00 pos:u64BE       (empty)              — document index
//   'a'  'a' sha256(text):32                    article text, UTF-8  — stored once per text
//   'm'  'm' "format"                           u8 log format version (= 1)
//   'm'  'm' "head"                             pos:u64BE ++ chain:32 of the record at pos
//   'm'  'm' "count" kind:u8                    u64BE number of events of that kind
//
// The hash chain: chain(0) = 32 zero bytes;
//   chain(p) = SHA-256( chain(p-1) ++ pos:u64BE ++ record(p) )
// and chain(p) is stored after record(p). Changing, removing or reordering any record breaks
// the chain from that record on; `verify` names the first such record. The record itself also
// carries its position (RecordCodec header), so a swapped pair is named as reordered.
//
// Every append writes all of the above for its batch in one LevelDB WriteBatch: a batch is
// wholly in the log or not at all.
enum LogKeys {
    static let logFormatVersion: UInt8 = 1
    static let chainSize = 32

    static let eventTag = UInt8(ascii: "e")
    static let idTag = UInt8(ascii: "i")
    static let kindTag = UInt8(ascii: "k")
    static let orgTag = UInt8(ascii: "o")
    static let documentTag = UInt8(ascii: "d")
    static let articleTag = UInt8(ascii: "a")

    static let formatKey: [UInt8] = Array("mformat".utf8)
    static let headKey: [UInt8] = Array("mhead".utf8)

    static func event(_ position: UInt64) -> [UInt8] { [eventTag] + be64(position) }
    static func id(_ id: String) -> [UInt8] { [idTag] + Array(id.utf8) }
    static func kind(_ kind: UInt8, _ position: UInt64) -> [UInt8] { [kindTag, kind] + be64(position) }
    static func kindPrefix(_ kind: UInt8) -> [UInt8] { [kindTag, kind] }
    static func org(_ org: String, _ position: UInt64) -> [UInt8] { orgPrefix(org) + be64(position) }
    static func orgPrefix(_ org: String) -> [UInt8] { [orgTag] + Array(org.utf8) + [0] }
    static func document(_ doc: String, _ position: UInt64) -> [UInt8] { documentPrefix(doc) + be64(position) }
    static func documentPrefix(_ doc: String) -> [UInt8] { [documentTag] + Array(doc.utf8) + [0] }
    static func article(_ hash: [UInt8]) -> [UInt8] { [articleTag] + hash }
    static func count(_ kind: UInt8) -> [UInt8] { Array("mcount".utf8) + [kind] }

    static func be64(_ v: UInt64) -> [UInt8] {
        withUnsafeBytes(of: v.bigEndian) { Array($0) }
    }

    static func readBE64(_ b: UnsafeRawBufferPointer, at offset: Int = 0) -> UInt64 {
        UInt64(bigEndian: b.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    static func readBE64(_ b: [UInt8], at offset: Int = 0) -> UInt64 {
        b.withUnsafeBytes { readBE64($0, at: offset) }
    }
}
