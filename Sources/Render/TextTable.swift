import Events

/// An aligned plain-text table that measures Korean text by display width (Hangul and other
/// East Asian wide characters take two terminal columns), not by bytes or characters.
public struct TextTable {
    public let columns: [String]
    public let rightAligned: Set<Int>
    private var rows: [[String]] = []

    public init(columns: [String], rightAligned: Set<Int> = []) {
        self.columns = columns
        self.rightAligned = rightAligned
    }

    public var rowCount: Int { rows.count }
    /// Adds a row. Control characters in a cell are escaped (`Escaped.text`): stored text from
    /// outside can neither forge a row with CR/LF nor drive the terminal with ESC sequences.
    public mutating func add(_ row: [String]) { rows.append(row.map(Escaped.text)) }
    public mutating func removeRows() { rows.removeAll(keepingCapacity: true) }

    public func render(header: Bool) -> String {
        var widths = columns.map(displayWidth)
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], displayWidth(cell)) }
        }
        var out = ""
        func line(_ cells: [String]) {
            var parts: [String] = []
            for (i, cell) in cells.enumerated() {
                let pad = String(repeating: " ", count: max(0, widths[i] - displayWidth(cell)))
                let isLast = i == cells.count - 1
                parts.append(rightAligned.contains(i) ? pad + cell : (isLast ? cell : cell + pad))
            }
            out += parts.joined(separator: "  ") + "\n"
        }
        if header { line(columns) }
        rows.forEach(line)
        return out
    }
}

/// Terminal columns a string occupies.
public func displayWidth(_ s: String) -> Int {
    var w = 0
    for scalar in s.unicodeScalars {
        let v = scalar.value
        if scalar.properties.generalCategory == .nonspacingMark || v == 0x200B { continue }
        let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
        w += wide ? 2 : 1
    }
    return w
}
