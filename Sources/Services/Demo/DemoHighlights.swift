import Domain
import Store

/// Where the demo data exercises the matching rules, counted on a given day.
public struct DemoHighlights: Sendable, Codable {
    public var expertsOnLeave: [Expert.ID]
    public var expertsAtCapacity: [Expert.ID]
    public var casesWithVetoes: [DisputeCase.ID]
    /// Open cases with a party that an expert has declared a relation to.
    public var casesWithDeclaredConflicts: [DisputeCase.ID]
    /// Open cases with a party who was in an earlier, closed case.
    public var casesWithReturningParties: [DisputeCase.ID]
    public var overdueCases: [DisputeCase.ID]
    public var difficultOrMajorOpenCases: Int

    public init(database: AppDatabase, today: CalendarDay) throws {
        let experts = try database.experts()
        let open = try database.cases(.open)
        let closed = try database.cases(.closed)
        let live = try database.allAssignments().filter { $0.status.holdsSeat }
        let openIDs = Set(open.map(\.id))
        var load: [Expert.ID: Int] = [:]
        for assignment in live where openIDs.contains(assignment.caseID) { load[assignment.expertID, default: 0] += 1 }

        expertsOnLeave = experts.filter { $0.leave(on: today) != nil }.map(\.id)
        expertsAtCapacity = experts.filter { load[$0.id, default: 0] >= $0.capacity && $0.capacity > 0 }.map(\.id)
        casesWithVetoes = open.filter { !$0.vetoes.isEmpty }.map(\.id).sorted()

        var declared = Set<String>()
        for expert in experts {
            for relation in expert.relations {
                switch relation.subject {
                case let .person(name, identity): declared.insert("person:\(name):\(identity?.text ?? "")")
                case let .organisation(name): declared.insert("organisation:\(name)")
                }
            }
        }
        casesWithDeclaredConflicts = open.filter { dispute in
            dispute.parties.contains { entry in
                let party = entry.party
                let key = party.kind == .person ? "person:\(party.name):\(party.identity?.text ?? "")" : "organisation:\(party.name)"
                return declared.contains(key)
            }
        }.map(\.id).sorted()

        let pastParties = Set(closed.flatMap { $0.parties.map(\.party.id) })
        casesWithReturningParties = open.filter { $0.parties.contains { pastParties.contains($0.party.id) } }.map(\.id).sorted()
        overdueCases = open.filter { $0.isOverdue(on: today) }.map(\.id).sorted()
        difficultOrMajorOpenCases = open.filter { $0.difficulty != .ordinary }.count
    }
}
