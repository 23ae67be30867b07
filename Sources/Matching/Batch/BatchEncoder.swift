import Domain

/// Turns a queue's open seats into a flow network (see `BatchAssigner`).
struct BatchEncoder {
    let assigner: BatchAssigner

    struct OpenSeat {
        var dispute: DisputeCase
        var seat: Int
        var requirement: SeatRequirement
        var facts: CaseFacts
        var ranking: Recommender.SeatRanking
        /// When and where the case can meet, and the free time its held seats and parties share.
        var meeting: MeetingNeed?
        var base: FreeTime?
        /// The seat's priority in the objective's units.
        var priority: Int64
    }

    struct PairArc {
        var seat: Int
        var expert: Int
        var arc: MinCostFlow<Int64>.Arc
    }

    struct Encoded {
        var network: MinCostFlow<Int64>
        var source: Int
        var sink: Int
        var seats: [OpenSeat]
        var pairArcs: [PairArc]
    }

    func encode(queue: [DisputeCase], holders: [DisputeCase.ID: [Assignment]], meetings: [DisputeCase.ID: MeetingNeed],
        progress: (Int, Int) -> Void) -> Encoded
    {
        let recommender = assigner.recommender
        let pool = recommender.pool
        let today = pool.today
        let scale = BatchAssigner.scoreScale

        // Open seats and their candidates, in queue order.
        var seats: [OpenSeat] = []
        var seatPriority: [Int64] = []
        for (done, dispute) in queue.enumerated() {
            progress(done, queue.count)
            let held = holders[dispute.id] ?? []
            let seated = recommender.seatedExperts(held)
            let heldSeats = Set(seated.values)
            let facts = CaseFacts(dispute: dispute, pool: pool, seated: seated, declined: recommender.declinedExperts(held))
            let priority = Int64((BatchAssigner.priority(of: dispute, on: today) * assigner.priorityScale * scale).rounded())
            let meeting = recommender.checksMeetings ? meetings[dispute.id] : nil
            let base = meeting.map { meeting in
                seated.keys.reduce(into: FreeTime.always(days: meeting.grid.days)) { $0.formIntersection(recommender.freeTime[$1]) }
            }
            for (index, requirement) in recommender.panels.seats(for: dispute.type, dispute.difficulty).enumerated()
            where !heldSeats.contains(index) {
                var ranking: Recommender.SeatRanking
                if let meeting, let base {
                    // Only experts who can meet the parties (and the seats already held) are candidates.
                    // Only experts who can meet the parties (and the seats already held) are candidates: the best
                    // `candidatesPerSeat` of them, looking past the first ranks when too few of those can.
                    let width = max(assigner.candidatesPerSeat, recommender.meetingSearchWidth)
                    ranking = recommender.rank(seat: requirement, seatIndex: index, facts: facts, limit: width)
                    func meets(_ candidate: (expert: Int, score: Double)) -> Bool {
                        meeting.canMeet(base, recommender.freeTime[candidate.expert])
                    }
                    if ranking.top.count(where: meets) < assigner.candidatesPerSeat && ranking.eligibleCount > ranking.top.count {
                        ranking = recommender.rank(seat: requirement, seatIndex: index, facts: facts, limit: nil)
                    }
                    ranking.top = Array(ranking.top.filter(meets).prefix(assigner.candidatesPerSeat))
                } else {
                    ranking = recommender.rank(seat: requirement, seatIndex: index, facts: facts, limit: assigner.candidatesPerSeat)
                }
                seats.append(OpenSeat(dispute: dispute, seat: index, requirement: requirement, facts: facts, ranking: ranking,
                    meeting: meeting, base: base, priority: priority))
                seatPriority.append(priority)
            }
        }

        // Nodes: source, sink, one per seat, one per (case, expert) pair, one per candidate expert.
        var pairNode: [PairKey: Int] = [:]
        var expertNode: [Int: Int] = [:]
        var caseIndex: [DisputeCase.ID: Int] = [:]
        var next = 2 + seats.count
        for seat in seats {
            let caseNumber = caseIndex[seat.dispute.id] ?? caseIndex.count
            caseIndex[seat.dispute.id] = caseNumber
            for candidate in seat.ranking.top {
                let key = PairKey(caseNumber: caseNumber, expert: candidate.expert)
                if pairNode[key] == nil { pairNode[key] = next; next += 1 }
            }
        }
        let experts = Set(seats.flatMap { $0.ranking.top.map(\.expert) }).sorted()
        for expert in experts { expertNode[expert] = next; next += 1 }

        var network = MinCostFlow<Int64>(nodes: next)
        let source = 0, sink = 1
        var pairArcs: [PairArc] = []
        for (position, seat) in seats.enumerated() {
            let node = 2 + position
            network.addArc(from: source, to: node, capacity: 1, cost: -seatPriority[position])
            for candidate in seat.ranking.top {
                let pair = pairNode[PairKey(caseNumber: caseIndex[seat.dispute.id]!, expert: candidate.expert)]!
                let cost = -Int64((candidate.score * scale).rounded())
                pairArcs.append(PairArc(seat: position, expert: candidate.expert, arc: network.addArc(from: node, to: pair, capacity: 1, cost: cost)))
            }
        }
        for (key, pair) in pairNode.sorted(by: { $0.value < $1.value }) {
            network.addArc(from: pair, to: expertNode[key.expert]!, capacity: 1, cost: 0)
        }
        for expert in experts {
            let open = pool.openCases[expert], capacity = pool.capacity[expert]
            // No expert can take more of this batch than it has seats, whatever capacity is stored.
            for extra in stride(from: 1, through: min(max(0, capacity - open), seats.count), by: 1) {
                network.addArc(from: expertNode[expert]!, to: sink, capacity: 1,
                    cost: assigner.loadCost(nth: open + extra, capacity: capacity))
            }
        }
        return Encoded(network: network, source: source, sink: sink, seats: seats, pairArcs: pairArcs)
    }

    struct PairKey: Hashable {
        var caseNumber: Int
        var expert: Int
    }
}
