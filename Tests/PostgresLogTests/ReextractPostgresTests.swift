import Foundation
import TestSupport
import Testing

/// Re-extraction and re-ingest under another date append the same events on either backend.
struct ReextractPostgresTests {
    @Test func reextractionGivesTheSameLogOnLevelDBAndPostgreSQL() throws {
        let (_, _, url, _) = try TestServer.freshLog()
        let dir = TempDir()
        let leveldb = ["--store", dir.path + "/store"]
        let postgres = ["--store", url, "--projections", dir.path + "/projections"]
        // The article prints no date, so --published dates it.
        let file = dir.file("sensors.txt", """
            가온전자, 한빛연구원과 센서 협력
            가온전자는 지난 3일 한빛연구원과 차세대 센서 개발을 위한 업무협약을 체결했다고 밝혔다. 두 회사는 새 센서를 함께 만든다.

            """)
        // A lexicon in which 한빛연구원 is an alias of 한빛전자연구원: one event retracted, one added.
        let bundled = CLI.packageRoot.appendingPathComponent("Sources/Extraction/Lexicon").path
        let lexicon = dir.path + "/lexicon"
        try FileManager.default.createDirectory(atPath: lexicon, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: bundled) where name.hasSuffix(".json") {
            try FileManager.default.copyItem(atPath: bundled + "/" + name, toPath: lexicon + "/" + name)
        }
        var gazetteer = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: lexicon + "/gazetteer.json"))) as? [String: Any])
        gazetteer["organizations"] = (gazetteer["organizations"] as? [[String: Any]] ?? []) + [["name": "한빛전자연구원", "type": "agency", "aliases": ["한빛연구원"]]]
        try JSONSerialization.data(withJSONObject: gazetteer).write(to: URL(fileURLWithPath: lexicon + "/gazetteer.json"))

        #expect(try CLI.run(["init"] + leveldb).status == 0)
        for flags in [leveldb, postgres] {
            for args in [["ingest", file, "--published", "2024-06-10"], ["ingest", file, "--published", "2024-07-15"], ["reextract", "--lexicon", lexicon]] {
                let r = try CLI.run(args + flags)
                #expect(r.status == 0, "\(args): \(r.stderr)")
            }
            let again = try CLI.run(["reextract", "--lexicon", lexicon] + flags)
            #expect(again.stdout.contains("nothing appended"), "\(again.stdout)")
        }
        for command in [["log"], ["events"], ["articles"], ["export", "--format", "graphml"], ["verify"]] {
            let a = try CLI.run(command + leveldb), b = try CLI.run(command + postgres)
            #expect(a.status == 0 && b.status == 0, "\(command): \(a.stderr) \(b.stderr)")
            #expect(a.stdout == b.stdout, "\(command) differs")
        }
        let log = try CLI.run(["log", "--kind", "retraction"] + postgres).stdout
        #expect(log.components(separatedBy: "withdraws").count - 1 >= 3, "\(log)")
    }
}
