import Domain

// Small sets of enum cases as bit masks, so the hot path of ranking tests membership without hashing
// or allocating. Each bit is spelled out: `allCases` builds an array on every call.

extension ExpertRole {
    var bit: UInt32 {
        switch self {
        case .mediator: 1 << 0
        case .lawyer: 1 << 1
        case .psychologist: 1 << 2
        case .panelist: 1 << 3
        }
    }
}

extension Credential {
    var bit: UInt32 {
        switch self {
        case .licensedLawyer: 1 << 0
        case .certifiedCounsellor: 1 << 1
        case .seniorMediator: 1 << 2
        case .goldMedalMediator: 1 << 3
        case .provincialMeritoriousMediator: 1 << 4
        case .retiredJudge: 1 << 5
        }
    }
}

extension Language {
    var bit: UInt32 {
        switch self {
        case .mandarin: 1 << 0
        case .dalianDialect: 1 << 1
        case .korean: 1 << 2
        case .japanese: 1 << 3
        case .english: 1 << 4
        case .signLanguage: 1 << 5
        }
    }
}

extension Set<ExpertRole> { var mask: UInt32 { reduce(0) { $0 | $1.bit } } }
extension Set<Credential> { var mask: UInt32 { reduce(0) { $0 | $1.bit } } }
extension Set<Language> { var mask: UInt32 { reduce(0) { $0 | $1.bit } } }
