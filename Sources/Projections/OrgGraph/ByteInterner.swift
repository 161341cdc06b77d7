/// Byte strings ↔ dense ids, without building Strings. A replay meets each organization id
/// thousands of times; as a String it would be allocated, and hashed through Unicode
/// normalization, every time. Open addressing over one arena of bytes; ids count from 0.
struct ByteInterner {
    private var arena: [UInt8] = []
    /// id i is arena[offsets[i] ..< offsets[i + 1]].
    private var offsets: [Int] = [0]
    /// Slots: 0 = empty, else (high 32 bits of the hash) << 32 | (id + 1) — a probe compares
    /// hashes without touching another array, which at a few hundred thousand ids is a cache miss.
    private var table: [UInt64]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = Array(repeating: 0, count: size)
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
        var slot = Int(truncatingIfNeeded: h) & mask
        while true {
            let entry = table[slot]
            if entry == 0 { break }
            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                if equals(id, bytes) { return id }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(count)
        arena.append(contentsOf: bytes)
        offsets.append(arena.count)
        table[slot] = tag | UInt64(id + 1)
        count += 1
        if count * 2 > table.count { grow() }
        return id
    }

    mutating func id(_ s: String) -> Int32 {
        var s = s
        return s.withUTF8 { id(UnsafeRawBufferPointer($0)) }
    }

    private func equals(_ id: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
        let start = offsets[Int(id)], end = offsets[Int(id) + 1]
        guard end - start == bytes.count else { return false }
        return arena.withUnsafeBytes { a in
            bytes.count == 0 || memcmp(a.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0
        }
    }

    private mutating func grow() {
        let old = table
        table = Array(repeating: 0, count: old.count * 2)
        mask = table.count - 1
        for entry in old where entry != 0 {
            let id = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
            var slot = Int(truncatingIfNeeded: withBytes(id) { Self.hash($0) }) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = entry
        }
    }

    func withBytes<R>(_ id: Int32, _ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        let start = offsets[Int(id)], end = offsets[Int(id) + 1]
        return try arena.withUnsafeBytes { try body(UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    func string(_ id: Int32) -> String { withBytes(id) { String(decoding: $0, as: UTF8.self) } }

    /// Byte order of two ids' strings, as LevelDB sorts keys.
    func precedes(_ a: Int32, _ b: Int32) -> Bool {
        let sa = offsets[Int(a)], ea = offsets[Int(a) + 1], sb = offsets[Int(b)], eb = offsets[Int(b) + 1]
        return arena.withUnsafeBytes { buf in
            let n = min(ea - sa, eb - sb)
            let c = n == 0 ? 0 : memcmp(buf.baseAddress! + sa, buf.baseAddress! + sb, n)
            return c != 0 ? c < 0 : ea - sa < eb - sb
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
