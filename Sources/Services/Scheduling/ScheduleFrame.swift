import Domain
import Foundation
import Scheduling
import Store

/// The calendar as the scheduler sees it: the `ScheduleModel` built from the database for a horizon of days,
/// with the way back from grains, venue indices and requests to dates, venues, cases and stored sessions.
/// Booked sessions are requests too, so new ones avoid them and repair can move them.
public struct ScheduleFrame: Sendable {
    public let policy: SchedulingPolicy
    public let firstDay: CalendarDay
    public private(set) var model: ScheduleModel
    public private(set) var venues: [Venue] = []
    /// For each request: its case, its panel, and the stored session it stands for (nil for a new one).
    public private(set) var caseOfRequest: [DisputeCase] = []
    public private(set) var panelOfRequest: [[Expert.ID]] = []
    public private(set) var sessionOfRequest: [Session?] = []
    private var personOfExpert: [Expert.ID: Int] = [:]
    private var personOfParties: [DisputeCase.ID: Int] = [:]
    private var venueIndex: [Venue.ID: Int] = [:]
    /// Everyone's free time, which the frame lays on its own line of grains.
    public let book: FreeTimeBook
    let calendar: Calendar

    /// A frame over the days of `book`, knowing every venue, expert and area it knows.
    init(book: FreeTimeBook) {
        let policy = book.policy
        self.policy = policy
        self.book = book
        firstDay = book.grid.firstDay
        let days = book.grid.days
        let venues = book.venues
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = policy.timeZone
        self.calendar = calendar
        let grainsPerDay = 24 * 60 / policy.grainMinutes
        let physical = venues.map(\.coordinate)
        let speed = policy.travelKilometresPerHour, grain = Double(policy.grainMinutes)
        model = ScheduleModel(
            rules: .init(grainMinutes: policy.grainMinutes, grainsPerDay: grainsPerDay, days: days,
                bufferGrains: (policy.bufferMinutes + policy.grainMinutes - 1) / policy.grainMinutes,
                staffDailySessionCap: policy.maxSessionsPerExpertPerDay),
            weights: .init(unscheduled: 1_000_000, start: 1, travel: 2, dailyLoad: 4),
            travelBetweenZones: { a, b in
                guard a != b, let from = physical[a], let to = physical[b] else { return 0 }
                return Int((from.kilometres(to: to) / speed * 60 / grain).rounded(.up))
            })
        for venue in venues {
            venueIndex[venue.id] = model.addVenue(id: venue.id.rawValue, zone: venue.isOnline ? nil : self.venues.count,
                open: venue.isOnline ? TimeSet([0..<model.rules.horizon]) : line(FreeTime.weekly(venue.openingHours, on: book.grid)))
            self.venues.append(venue)
        }
    }

    // MARK: Time

    /// The instant a grain starts.
    public func date(of grain: Int) -> Date {
        let day = firstDay.adding(days: grain / model.rules.grainsPerDay).start(in: policy.timeZone)
        return calendar.date(byAdding: .minute, value: (grain % model.rules.grainsPerDay) * policy.grainMinutes, to: day)!
    }

    /// The grain holding `date`, rounded up to the next grain boundary when `roundingUp`.
    public func grain(of date: Date, roundingUp: Bool = false) -> Int {
        let day = CalendarDay(containing: date, in: policy.timeZone)
        let minutes = date.timeIntervalSince(day.start(in: policy.timeZone)) / 60
        let within = roundingUp ? Int((minutes / Double(policy.grainMinutes)).rounded(.up)) : Int(minutes) / policy.grainMinutes
        return firstDay.days(until: day) * model.rules.grainsPerDay + within
    }

    /// A grain as local date and time, like `2026-12-03 09:30`.
    public func text(of grain: Int) -> String {
        let day = firstDay.adding(days: grain / model.rules.grainsPerDay)
        let minutes = (grain % model.rules.grainsPerDay) * policy.grainMinutes
        return "\(day) " + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }

    /// Free time of the book's grid on the frame's line of grains, whose days run from midnight.
    private func line(_ free: FreeTime) -> TimeSet {
        TimeSet(free.runs(stride: model.rules.grainsPerDay, offset: book.grid.dayStart.minutes / policy.grainMinutes))
    }

    // MARK: People

    private mutating func person(for expertID: Expert.ID) throws -> Int {
        if let index = personOfExpert[expertID] { return index }
        guard let free = book.experts[expertID] else { throw DomainError.notFound(kind: "expert", id: expertID.rawValue) }
        let index = model.addPerson(id: expertID.rawValue, isStaff: true, available: line(free.available))
        personOfExpert[expertID] = index
        return index
    }

    private mutating func parties(of dispute: DisputeCase) -> Int {
        if let index = personOfParties[dispute.id] { return index }
        let available = line(book.parties(of: dispute))
        let index = model.addPerson(id: "the parties of \(dispute.id)", isStaff: false, available: available)
        personOfParties[dispute.id] = index
        return index
    }

    public func personIndex(of expertID: Expert.ID) -> Int? { personOfExpert[expertID] }
    public func venueIndex(of venueID: Venue.ID) -> Int? { venueIndex[venueID] }

    // MARK: Requests

    /// Adds the next session of `dispute` for `panel`: its duration by difficulty, the rooms near the case that
    /// seat everyone (and online when the case allows it), not before `earliest`.
    @discardableResult
    mutating func addNewSession(of dispute: DisputeCase, order: Int, panel: [Expert.ID], earliest: Int, today: CalendarDay) throws -> Int {
        var people = try panel.map { try person(for: $0) }
        people.append(parties(of: dispute))
        let grains = (policy.minutes(for: dispute.difficulty) + policy.grainMinutes - 1) / policy.grainMinutes
        let deadline = firstDay.days(until: dispute.deadline) * model.rules.grainsPerDay
        model.addRequest(.init(
            id: "\(dispute.id)-S\(order + 1)", caseID: dispute.id.rawValue, order: order, duration: grains, people: people,
            venues: venueChoices(for: dispute, attendees: panel.count + dispute.parties.count + policy.staffBesidesPanel),
            earliest: earliest, weight: policy.weight(of: dispute, today: today), deadline: deadline))
        caseOfRequest.append(dispute)
        panelOfRequest.append(panel)
        sessionOfRequest.append(nil)
        return model.requests.count - 1
    }

    /// Adds a stored session where it is, so new sessions avoid it; returns its request and its placement
    /// (nil when it lies outside the frame).
    mutating func addBooked(_ session: Session, of dispute: DisputeCase, order: Int, earliest: Int) throws -> (Int, Placement?) {
        var people = try session.panel.map { try person(for: $0) }
        people.append(parties(of: dispute))
        let start = grain(of: session.startsAt), end = grain(of: session.endsAt, roundingUp: true)
        guard let venue = venueIndex[session.venueID] else { throw DomainError.notFound(kind: "venue", id: session.venueID.rawValue) }
        let attendees = session.panel.count + dispute.parties.count + policy.staffBesidesPanel
        var choices = venueChoices(for: dispute, attendees: attendees)
        if !choices.contains(where: { $0.venue == venue }) { choices.insert(.init(venue: venue), at: 0) }
        model.addRequest(.init(id: session.id.rawValue, caseID: dispute.id.rawValue, order: order, duration: max(1, end - start),
            people: people, venues: choices, earliest: earliest, weight: policy.weight(of: dispute, today: firstDay)))
        caseOfRequest.append(dispute)
        panelOfRequest.append(session.panel)
        sessionOfRequest.append(session)
        let inside = start >= 0 && end <= model.rules.horizon
        return (model.requests.count - 1, inside ? Placement(start: start, venue: venue) : nil)
    }

    /// The rooms nearest the case's community within its subdistrict, and the district centre, that seat
    /// `attendees`, each costing its distance; and the online room when the case allows it.
    func venueChoices(for dispute: DisputeCase, attendees: Int) -> [ScheduleModel.VenueChoice] {
        book.rooms.choices(for: dispute, attendees: attendees)
    }

    /// The stored session a request's placement describes: new (revision 0) or moved (next revision).
    public func session(for request: Int, at placement: Placement) -> Session {
        let duration = model.requests[request].duration
        if var stored = sessionOfRequest[request] {
            stored.startsAt = date(of: placement.start)
            stored.endsAt = date(of: placement.start + duration)
            stored.venueID = venues[placement.venue].id
            stored.revision += 1
            return stored
        }
        return Session(id: Session.ID(model.requests[request].id), caseID: caseOfRequest[request].id,
            venueID: venues[placement.venue].id, startsAt: date(of: placement.start), endsAt: date(of: placement.start + duration),
            status: .proposed, panel: panelOfRequest[request])
    }
}
