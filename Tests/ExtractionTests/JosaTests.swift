import Testing
@testable import Extraction

@Suite struct JosaTests {
    let josa = JosaStripper(lexicon: extractor.lexicon)

    @Test func stripsParticlesThatFitTheSound() {
        #expect(josa.strip("KT가")?.stem == "KT")
        #expect(josa.strip("MS와")?.stem == "MS")
        #expect(josa.strip("SK그룹과")?.stem == "SK그룹")
        #expect(josa.strip("네이버클라우드는")?.stem == "네이버클라우드")
        #expect(josa.strip("가온전자의")?.marker == .genitive)
        #expect(josa.strip("한빛연구원이")?.marker == .subject)
        #expect(josa.strip("누리소프트를")?.marker == .object)
    }

    @Test func neverCutsARealName() {
        // 아 is a vocative never stripped from names; 가 needs a syllable without a final consonant.
        #expect(josa.strip("기아") == nil)
        #expect(josa.strip("국가") == nil)
        // 과 after a vowel and 와 after a consonant do not fit.
        #expect(josa.strip("사과") == nil)
        #expect(josa.strip("한빛전자와")?.stem == "한빛전자")
        #expect(josa.strip("한빛전자과") == nil)
    }

    @Test func markersOfTwoParticleChains() {
        #expect(josa.marker(of: Array("와의".unicodeScalars)[...], after: "스") == .comitative)
        #expect(josa.marker(of: Array("에서는".unicodeScalars)[...], after: "부") == .subject)
        #expect(josa.marker(of: Array("으로부터".unicodeScalars)[...], after: "원") == .source)
        #expect(josa.marker(of: Array("으로부터".unicodeScalars)[...], after: "사") == nil)
    }
}
