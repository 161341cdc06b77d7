/// Byte strings ↔ dense ids, without building Strings. A replay meets each organization id
/// thousands of times; as a String it would be allocated, and hashed through Unicode
/// normalization, every time. Open addressing over one arena of bytes; ids count from 0.
struct ByteInterner {
    private var arena: [UInt8] = []
    /// id i is arena[offsets[i] ..< offsets[i + 1]].
    private var offsets: [Int] = [0]
    /// A slot: the hash's high 32 bits and id + 1 (0 = empty), where the bytes are in the
    /// arena, and their first 16 bytes (zero-padded) — so a lookup touches the slot and, for a
    /// string longer than 16 bytes, the arena, nothing else (at a few hundred thousand ids each
    /// further array is a cache miss). Most organization names fit in the slot: their lookups
    /// then miss the cache once, not twice.
    private struct Slot {
        var tagAndID: UInt64
        var offset: UInt32
        var length: UInt32
        var head: (UInt64, UInt64)
    }

    /// The first 16 bytes of `bytes`, zero-padded.
    private static func head(_ bytes: UnsafeRawBufferPointer) -> (UInt64, UInt64) {
        var head: (UInt64, UInt64) = (0, 0)
        if let base = bytes.baseAddress {
            withUnsafeMutableBytes(of: &head) { $0.baseAddress!.copyMemory(from: base, byteCount: min(bytes.count, 16)) }
        }
        return head
    }
    private var table: [Slot]
    private var mask: Int
    private(set) var count = 0
    /// Ids 0 ..< ordered.count in the byte order of their strings (`idsInByteOrder`).
    private var ordered: [Int32] = []

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = Array(repeating: Slot(tagAndID: 0, offset: 0, length: 0, head: (0, 0)), count: size)
        mask = size - 1
    }

    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        return h ^ (h >> 31)
    }

    /// The id of `bytes`, assigned on first sight.
    mutating func id(_ bytes: UnsafeRawBufferPointer) -> Int32 { id(bytes, hash: Self.hash(bytes)) }

    mutating func id(_ bytes: UnsafeRawBufferPointer, hash h: UInt64) -> Int32 {
        let tag = h & 0xFFFF_FFFF_0000_0000
        let head = Self.head(bytes)
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let s = table[slot]
            if s.tagAndID == 0 { break }
            if s.tagAndID & 0xFFFF_FFFF_0000_0000 == tag, Int(s.length) == bytes.count, s.head == head,
               bytes.count <= 16 || arena.withUnsafeBytes({ a in
                   memcmp(a.baseAddress! + Int(s.offset) + 16, bytes.baseAddress! + 16, bytes.count - 16) == 0
               }) {
                return Int32(truncatingIfNeeded: s.tagAndID & 0xFFFF_FFFF) - 1
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        table[slot] = Slot(tagAndID: tag | UInt64(id + 1), offset: UInt32(arena.count), length: UInt32(bytes.count), head: head)
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        count += 1
        if count * 2 > table.count { grow() }
        return id
    }

    mutating func id(_ s: String) -> Int32 {
        var s = s
        return s.withUTF8 { id(UnsafeRawBufferPointer($0)) }
    }

    private mutating func grow() {
        let old = table
        table = Array(repeating: Slot(tagAndID: 0, offset: 0, length: 0, head: (0, 0)), count: old.count * 2)
        mask = table.count - 1
        for s in old where s.tagAndID != 0 {
            let h = arena.withUnsafeBytes { Self.hash(UnsafeRawBufferPointer(rebasing: $0[Int(s.offset)..<Int(s.offset + s.length)])) }
            var slot = Int(truncatingIfNeeded: h) & mask
            while table[slot].tagAndID != 0 { slot = (slot + 1) & mask }
            table[slot] = s
        }
    }

    func withBytes<R>(_ id: Int32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let start = offsets[Int(id)], end = offsets[Int(id) + 1]
        return try arena.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    func string(_ id: Int32) -> String { withBytes(id) { String(decoding: $0, as: UTF8.self) } }

    /// Every id, in the byte order of their strings (as LevelDB sorts keys). Kept from call to
    /// call: only the ids interned since the last call are sorted, then merged in, so a
    /// replay's commits after the first, which meet mostly known organizations, do not sort
    /// them all again.
    mutating func idsInByteOrder() -> [Int32] {
        guard ordered.count < count else { return ordered }
        let old = ordered
        ordered = []
        arena.withUnsafeBytes { bytes in
            offsets.withUnsafeBufferPointer { offsets in
                func precedes(_ a: Int32, _ b: Int32) -> Bool { Self.precedes(a, b, arena: bytes, offsets: offsets) }
                var fresh = Array(Int32(old.count)..<Int32(count))
                fresh.sort(by: precedes)
                var merged: [Int32] = []
                merged.reserveCapacity(count)
                var i = 0, j = 0
                while i < old.count, j < fresh.count {
                    if precedes(fresh[j], old[i]) {
                        merged.append(fresh[j])
                        j += 1
                    } else {
                        merged.append(old[i])
                        i += 1
                    }
                }
                merged += old[i...]
                merged += fresh[j...]
                ordered = merged
            }
        }
        return ordered
    }

    /// The ids of `ids` (each once, however often listed), in the byte order of their strings.
    mutating func idsInByteOrder<S: Sequence>(among ids: S) -> [Int32] where S.Element == Int32 {
        var present = [Bool](repeating: false, count: count)
        for id in ids { present[Int(id)] = true }
        return idsInByteOrder().filter { present[Int($0)] }
    }

    /// Byte order of two ids' strings, as LevelDB sorts keys.
    func precedes(_ a: Int32, _ b: Int32) -> Bool {
        arena.withUnsafeBytes { bytes in offsets.withUnsafeBufferPointer { Self.precedes(a, b, arena: bytes, offsets: $0) } }
    }

    /// `precedes` over the arena and offsets already opened, for a sort's many comparisons.
    private static func precedes(_ a: Int32, _ b: Int32, arena: UnsafeRawBufferPointer, offsets: UnsafeBufferPointer<Int>) -> Bool {
        let sa = offsets[Int(a)], ea = offsets[Int(a) + 1], sb = offsets[Int(b)], eb = offsets[Int(b) + 1]
        let n = min(ea - sa, eb - sb)
        let c = n == 0 ? 0 : memcmp(arena.baseAddress! + sa, arena.baseAddress! + sb, n)
        return c != 0 ? c < 0 : ea - sa < eb - sb
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
