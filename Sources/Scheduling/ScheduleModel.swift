/// A scheduling problem in numbers: time is counted in grains (15 minutes in the product) from the start of
/// the horizon, and people, venues and the sessions to place are indices. The product's adapter builds one
/// from the database; the benchmark's adapter builds one from an instance file. The scheduler sees only
/// this, so both run the same code.
///
/// ```swift
/// var model = ScheduleModel(rules: .init(grainsPerDay: 40, days: 5))
/// let mediator = model.addPerson(id: "E-0001", isStaff: true, available: TimeSet([0..<200]))
/// let room = model.addVenue(id: "V-01", zone: 1, open: TimeSet([0..<200]))
/// model.addRequest(.init(id: "S1", caseID: "C1", duration: 4, people: [mediator], venues: [.init(venue: room)]))
/// ```
public struct ScheduleModel: Sendable {
    public struct Rules: Sendable, Hashable {
        public var grainMinutes: Int
        public var grainsPerDay: Int
        public var days: Int
        /// Free grains a person keeps between any two of their sessions, wherever they are.
        public var bufferGrains: Int
        /// Grains of sessions a staff member may sit in on one day.
        public var staffDailyCapGrains: Int?
        /// Sessions a staff member may sit in on one day.
        public var staffDailySessionCap: Int?
        /// A case's follow-up session falls on a later day than the one before it.
        public var followUpOnLaterDay: Bool

        public init(
            grainMinutes: Int = 15, grainsPerDay: Int, days: Int, bufferGrains: Int = 0, staffDailyCapGrains: Int? = nil,
            staffDailySessionCap: Int? = nil, followUpOnLaterDay: Bool = true
        ) {
            self.grainMinutes = grainMinutes
            self.grainsPerDay = grainsPerDay
            self.days = days
            self.bufferGrains = bufferGrains
            self.staffDailyCapGrains = staffDailyCapGrains
            self.staffDailySessionCap = staffDailySessionCap
            self.followUpOnLaterDay = followUpOnLaterDay
        }

        public var horizon: Int { grainsPerDay * days }
        public func day(of grain: Int) -> Int { grain / grainsPerDay }
    }

    /// What a plan costs; lower is better. The benchmark's objective is `unscheduled`, `start` and the online
    /// venue's cost; the product adds travel and an even daily load.
    public struct Weights: Sendable, Hashable {
        /// Per session left out.
        public var unscheduled: Int
        /// Per grain of each start, times the session's own weight (urgent cases weigh more).
        public var start: Int
        /// Per grain an expert travels between consecutive in-person sessions on one day.
        public var travel: Int
        /// Per staff member and day, times the square of their sessions that day (so two days of one beat
        /// one day of two).
        public var dailyLoad: Int

        public init(unscheduled: Int = 10_000, start: Int = 1, travel: Int = 0, dailyLoad: Int = 0) {
            self.unscheduled = unscheduled
            self.start = start
            self.travel = travel
            self.dailyLoad = dailyLoad
        }
    }

    public struct Person: Sendable, Hashable {
        public var id: String
        /// Staff (experts) have daily caps; parties do not.
        public var isStaff: Bool
        public var available: TimeSet
    }

    public struct Venue: Sendable, Hashable {
        public var id: String
        /// The travel zone; nil for the online room, which needs no travel and holds any number of sessions.
        public var zone: Int?
        public var open: TimeSet
        public var isOnline: Bool { zone == nil }
    }

    /// An allowed venue for a session and what holding it there costs (farther from the parties, or online).
    public struct VenueChoice: Sendable, Hashable {
        public var venue: Int
        public var cost: Int
        public init(venue: Int, cost: Int = 0) {
            self.venue = venue
            self.cost = cost
        }
    }

    /// One session to place.
    public struct Request: Sendable, Hashable {
        public var id: String
        public var caseID: String
        /// 0 for a case's first session, then 1, 2, … for its follow-ups.
        public var order: Int
        public var duration: Int
        public var people: [Int]
        public var venues: [VenueChoice]
        /// The first grain it may start at (minimum notice, or the coordinator's "after").
        public var earliest: Int
        /// How much each grain of delay costs: higher for urgent and overdue cases.
        public var weight: Int
        /// The last grain the session should end by, used to order the queue.
        public var deadline: Int?

        public init(
            id: String, caseID: String, order: Int = 0, duration: Int, people: [Int], venues: [VenueChoice], earliest: Int = 0,
            weight: Int = 1, deadline: Int? = nil
        ) {
            self.id = id
            self.caseID = caseID
            self.order = order
            self.duration = duration
            self.people = people
            self.venues = venues
            self.earliest = earliest
            self.weight = weight
            self.deadline = deadline
        }
    }

    public var rules: Rules
    public var weights: Weights
    public private(set) var people: [Person] = []
    public private(set) var venues: [Venue] = []
    public private(set) var requests: [Request] = []
    /// Grains of travel between two zones; the default is none within a zone and `defaultTravel` across.
    public var travelBetweenZones: @Sendable (Int, Int) -> Int

    public init(rules: Rules, weights: Weights = Weights(), travelBetweenZones: @escaping @Sendable (Int, Int) -> Int = { _, _ in 0 }) {
        self.rules = rules
        self.weights = weights
        self.travelBetweenZones = travelBetweenZones
    }

    @discardableResult
    public mutating func addPerson(id: String, isStaff: Bool, available: TimeSet) -> Int {
        people.append(Person(id: id, isStaff: isStaff, available: available))
        return people.count - 1
    }

    /// Adds a venue; `zone` nil makes it the online room.
    @discardableResult
    public mutating func addVenue(id: String, zone: Int?, open: TimeSet) -> Int {
        venues.append(Venue(id: id, zone: zone, open: open))
        return venues.count - 1
    }

    @discardableResult
    public mutating func addRequest(_ request: Request) -> Int {
        precondition(request.people.allSatisfy(people.indices.contains), "Session \(request.id) names an unknown person.")
        precondition(request.venues.allSatisfy { venues.indices.contains($0.venue) }, "Session \(request.id) names an unknown venue.")
        precondition(request.duration > 0, "Session \(request.id) has no duration.")
        requests.append(request)
        return requests.count - 1
    }

    /// Grains needed between a session at `a` and one at `b` for the same person: the buffer, or the travel
    /// between two zones when that is longer.
    public func gap(from a: Int, to b: Int) -> Int {
        guard let za = venues[a].zone, let zb = venues[b].zone else { return rules.bufferGrains }
        return max(rules.bufferGrains, travelBetweenZones(za, zb))
    }

    /// The request before each request in its case (by order), if any.
    public func previousInCase() -> [Int?] {
        var byCase: [String: [Int]] = [:]
        for (index, request) in requests.enumerated() { byCase[request.caseID, default: []].append(index) }
        var previous = [Int?](repeating: nil, count: requests.count)
        for members in byCase.values {
            let sorted = members.sorted { requests[$0].order < requests[$1].order }
            for (k, index) in sorted.enumerated() where k > 0 { previous[index] = sorted[k - 1] }
        }
        return previous
    }
}
