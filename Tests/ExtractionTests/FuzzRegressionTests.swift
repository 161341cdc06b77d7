import Foundation
import FuzzTargets
import Testing

/// Every input kept under Tools/Fuzz/Regressions/TARGET/ (inputs that once crashed a fuzzing
/// target, and hand-written edge cases) goes through its target again: a crash fails the run.
struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Tools/Fuzz/Regressions").path

    @Test(arguments: FuzzTargets.names)
    func keptInputsRunWithoutACrash(target: String) throws {
        let dir = Self.root + "/" + target
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(!files.isEmpty, "no kept inputs for \(target) in \(dir)")
        for file in files {
            let data = try #require(FileManager.default.contents(atPath: dir + "/" + file))
            let known = data.withUnsafeBytes { FuzzTargets.run(target, $0) }
            #expect(known, "\(target) is not a fuzzing target")
        }
    }

    @Test func everyTargetHasAFolderOfKeptInputs() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.root).sorted()
        #expect(folders == FuzzTargets.names.sorted())
    }
}
