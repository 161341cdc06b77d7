import Foundation

/// Number formats for the report: grouped integers, fixed decimals, binary megabytes.
enum Format {
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }

    static func rate(_ r: Double) -> String { grouped(Int(r.rounded())) }

    static func fixed(_ v: Double, _ decimals: Int) -> String { String(format: "%.\(decimals)f", v) }

    static func megabytes(_ bytes: UInt64) -> String { fixed(Double(bytes) / 1e6, 1) + " MB" }

    static func mebibytes(_ bytes: UInt64) -> String { fixed(Double(bytes) / 1_048_576, 0) + " MiB" }
}
