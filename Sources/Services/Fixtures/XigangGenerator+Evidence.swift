import Domain

extension GenerationState {
    /// An evidence list for every police referral (警调对接: the station hands over what it gathered), drawn
    /// from its own seeded sequence so the rest of the data set does not change with it.
    mutating func addEvidence() {
        var random = SeededRandom(seed: options.seed &* 0x9E37_79B9 &+ 0xE71D)
        let always = ["报警记录 call record"]
        let optional = ["询问笔录 statements", "现场照片 scene photos", "监控录像 CCTV footage", "伤情鉴定 injury assessment",
            "损失清单 list of losses", "协议草稿 draft agreement"]
        for index in cases.indices where cases[index].source == .policeReferral {
            cases[index].evidence = always + optional.filter { _ in random.chance(0.4) }
        }
    }
}
