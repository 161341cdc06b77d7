import Events

/// Who did what, in one line, for tables: `KT ↔ 마이크로소프트`, `KT, 아람코 → 리벨리온 (1000억원)`.
public enum EventSummary {
    public static func who(_ kind: EventKind, _ participants: [(role: Role, name: String)], amount: String?) -> String {
        let names = participants.map(\.name)
        switch kind {
        case .partnership: return names.joined(separator: " ↔ ")
        case .investment, .ban:
            let from = participants.filter { $0.role != .target }.map(\.name).joined(separator: ", ")
            let to = participants.filter { $0.role == .target }.map(\.name).joined(separator: ", ")
            let money = amount.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
            return "\(from.isEmpty ? "?" : from) → \(to.isEmpty ? "?" : to)\(money)"
        default: return names.joined(separator: ", ")
        }
    }
}
