import Events
@testable import Projections
import Testing

/// Merging an organization's segments in one sort gives what merging them one at a time gave.
@Suite struct SegmentMergeTests {
    /// A small generator of its own, so a failure names a seed that reproduces it.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    /// Segments with few distinct keys and few distinct positions, so that equal edge keys and
    /// equal report positions (the ties a sort could reorder) are common.
    func segments(seed: UInt64) -> [Segment] {
        var g = Generator(state: seed)
        let others = ["", "KT", "KT ", "네이버", "네이버클라우드", "Naver", "삼성전자"]
        let kinds: [EventKind] = [.partnership, .investment, .ban, .announcement]
        let directions: [GraphKeys.Direction] = [.undirected, .outgoing, .incoming]
        return (0..<(1 + g.next(5))).map { _ in
            var s = Segment()
            s.node = NodeFragment(namePosition: UInt64(g.next(9)), name: others[1 + g.next(others.count - 1)],
                                  typePosition: UInt64(g.next(9)), type: UInt8(g.next(3)), surfaces: [others[g.next(others.count)]])
            s.edges = (0..<g.next(12)).map { _ in
                Relation(kind: kinds[g.next(kinds.count)], direction: directions[g.next(directions.count)],
                         other: others[g.next(others.count)],
                         reports: (0..<(1 + g.next(3))).map { _ in
                             ReportRef(position: UInt64(g.next(6)), recordedAt: Int64(g.next(1000)), date: .unknown,
                                       planned: g.next(2) == 0, hasAmount: false, articleKey: UInt64(g.next(1 << 20)))
                         })
            }
            return s
        }
    }

    @Test(arguments: 0..<200) func oneSortEqualsOneMergeAtATime(seed: Int) {
        let all = segments(seed: UInt64(seed))
        var stepwise = all[0]
        for s in all.dropFirst() { stepwise.merge(s) }
        let once = Segment.merging(Array(all.dropFirst()), into: all[0])
        #expect(once.node == stepwise.node)
        #expect(once.edges.map(\.kind) == stepwise.edges.map(\.kind))
        #expect(once.edges.map(\.direction) == stepwise.edges.map(\.direction))
        #expect(once.edges.map(\.other) == stepwise.edges.map(\.other))
        #expect(once.edges.map(\.reports) == stepwise.edges.map(\.reports))
        #expect(once.encoded() == stepwise.encoded())
    }

    @Test(arguments: 0..<200) func edgeOrderIndicesAreAStableSort(seed: Int) {
        let edges = segments(seed: UInt64(seed)).flatMap(\.edges)
        let expected = edges.enumerated().sorted { a, b in
            Segment.edgeOrder(a.element, b.element) || (!Segment.edgeOrder(b.element, a.element) && a.offset < b.offset)
        }.map(\.offset)
        #expect(Segment.edgeOrderIndices(edges) == expected)
    }
}
