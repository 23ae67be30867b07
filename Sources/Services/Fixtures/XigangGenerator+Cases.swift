import Domain
import Foundation

extension GenerationState {
    /// About 3,000 closed cases over two years and 150 open ones per unit of scale, numbered by opening date.
    mutating func makeCases() {
        struct Draft {
            var opened: CalendarDay
            var isOpen: Bool
        }
        var drafts: [Draft] = []
        for _ in 0..<(3000 * scale) { drafts.append(Draft(opened: asOf.adding(days: -random.int(20...730)), isOpen: false)) }
        for _ in 0..<(150 * scale) {
            let age = random.chance(0.1) ? random.int(31...45) : random.int(0...30)
            drafts.append(Draft(opened: asOf.adding(days: -age), isOpen: true))
        }
        let order = drafts.indices.sorted { (drafts[$0].opened, $0) < (drafts[$1].opened, $1) }

        let openIndices = random.sample(order.filter { drafts[$0].isOpen }, count: 150 * scale)
        var difficulty: [Int: Difficulty] = [:]
        for index in openIndices.prefix(27 * scale) { difficulty[index] = .difficult }
        for index in openIndices.dropFirst(27 * scale).prefix(13 * scale) { difficulty[index] = .major }
        let openStatuses = openStatusesByAge(order.filter { drafts[$0].isOpen }, opened: { drafts[$0].opened })

        var pools = ExpertPools(experts: experts)
        var openLoad: [Expert.ID: Int] = [:]
        var numberInYear: [Int: Int] = [:]
        for index in order {
            let draft = drafts[index]
            let number = numberInYear[draft.opened.year, default: 0] + 1
            numberInYear[draft.opened.year] = number
            let id = DisputeCase.ID("C-\(draft.opened.year)-" + String(format: "%05d", number))
            let level = difficulty[index] ?? (draft.isOpen ? .ordinary : closedDifficulty())
            var dispute = makeCase(id: id, opened: draft.opened, difficulty: level)
            if draft.isOpen {
                dispute.status = openStatuses[index] ?? .intake
            } else {
                close(&dispute)
            }
            if dispute.status != .intake && dispute.status != .matching {
                let panel = choosePanel(for: dispute, pools: &pools, openLoad: &openLoad)
                let offeredAt = dispute.openedOn.start(in: .deploymentDefault).addingTimeInterval(10 * 3600)
                for (seat, (role, expertID)) in panel.enumerated() {
                    assignments.append(Assignment(
                        id: Assignment.ID("\(id):\(seat):1"), caseID: id, seat: seat, role: role, expertID: expertID,
                        status: .accepted, offeredAt: offeredAt, respondedAt: offeredAt))
                }
            }
            cases.append(dispute)
        }
    }

    private mutating func closedDifficulty() -> Difficulty {
        random.weighted([(.ordinary, 90.0), (.difficult, 8), (.major, 2)])
    }

    /// Newer cases are earlier in the lifecycle, with some noise: a few old cases are still waiting for a panel.
    private mutating func openStatusesByAge(_ indices: [Int], opened: (Int) -> CalendarDay) -> [Int: CaseStatus] {
        let keyed = indices.map { ($0, opened($0).julianDay + random.int(-8...8)) }
        let newestFirst = keyed.sorted { ($0.1, $0.0) > ($1.1, $1.0) }.map(\.0)
        let plan: [(CaseStatus, Int)] = [(.intake, 45), (.matching, 35), (.assigned, 30), (.scheduled, 22), (.inMediation, 18)]
        var statuses: [Int: CaseStatus] = [:]
        var cursor = 0
        for (status, count) in plan {
            for index in newestFirst.dropFirst(cursor).prefix(count * scale) { statuses[index] = status }
            cursor += count * scale
        }
        return statuses
    }

    private mutating func makeCase(id: DisputeCase.ID, opened: CalendarDay, difficulty: Difficulty) -> DisputeCase {
        let type = random.weighted(DisputeTemplates.typeWeights)
        let community = random.pick(communities)
        let source = random.weighted([
            (CaseSource.walkIn, 40.0), (.policeReferral, [.neighbor, .traffic, .damages].contains(type) ? 35 : 10),
            (.courtReferral, [.contract, .labor, .damages, .marriageFamily].contains(type) ? 25 : 8), (.online, 10), (.hotline, 12),
        ])
        let key = "\(source.rawValue)-\(opened.year)"
        referralCounters[key, default: 0] += random.int(1...3)
        let serial = String(format: "%04d", referralCounters[key]!)
        let referral: String? = switch source {
        case .policeReferral: "XG-JT-\(opened.year)-\(serial)"
        case .courtReferral: "(\(opened.year))辽0203民诉前调\(serial)号"
        default: nil
        }
        let hard = difficulty != .ordinary
        let amount = DisputeTemplates.amountRange(type).map { range -> Int in
            let base = random.int(range)
            return hard ? max(base, 100_000 + random.int(0...400_000)) : base
        }
        let language = random.weighted([(Language.mandarin, 93.0), (.dalianDialect, 5), (.korean, 1), (.signLanguage, 0.5), (.english, 0.5)])
        return DisputeCase(
            id: id, type: type, difficulty: difficulty, source: source, referralNumber: referral, communityID: community.id,
            summary: random.pick(DisputeTemplates.summaries(type)), amountYuan: amount, language: language,
            allowsOnline: random.chance(0.35), priorMediations: hard ? random.int(1...3) : (random.chance(0.08) ? 1 : 0),
            petitions: hard && random.chance(0.5) ? random.int(1...3) : 0,
            escalationRisk: difficulty == .major || (hard && random.chance(0.4)),
            parties: makeParties(type: type, group: hard && [.propertyManagement, .demolition, .labor].contains(type)),
            openedOn: opened)
    }

    /// Settled in 95–99 % of cases; median about a week, a tail past the 30-day term.
    private mutating func close(_ dispute: inout DisputeCase) {
        let span = random.weighted([(1...10, 60.0), (11...30, 32), (31...55, 8)])
        let days = random.int(span)
        dispute.closedOn = min(dispute.openedOn.adding(days: days), asOf.adding(days: -1))
        dispute.status = .closed
        let outcome = random.weighted([(CaseOutcome.settled, 97.0), (.notSettled, 1.5), (.withdrawn, 0.8), (.referredToCourt, 0.7)])
        dispute.outcome = outcome
        let satisfied = outcome == .settled
            ? random.weighted([(Satisfaction?.some(.satisfied), 82.0), (.basicallySatisfied, 14), (.dissatisfied, 2), (nil, 2)])
            : random.weighted([(Satisfaction?.some(.satisfied), 15.0), (.basicallySatisfied, 40), (.dissatisfied, 40), (nil, 5)])
        dispute.satisfaction = satisfied
    }
}
