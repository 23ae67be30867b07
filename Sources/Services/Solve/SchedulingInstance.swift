import Foundation
import Scheduling

/// A scheduling benchmark instance (format `fengqiao-sched-1`): quarter-hour grains over working days,
/// venues in travel zones, people with their free grains, and sessions with their panel, parties and allowed
/// venues. `model()` turns it into the `ScheduleModel` the product schedules with.
public struct SchedulingInstance: Decodable, Sendable {
    public struct Venue: Decodable, Sendable {
        public var id: String
        public var kind: String
        public var zone: Int?
    }

    public struct Person: Decodable, Sendable {
        public var id: String
        public var staff: Bool
        public var available: [[Int]]
    }

    public struct Session: Decodable, Sendable {
        public var id: String
        public var `case`: String
        public var order: Int
        public var duration: Int
        public var people: [String]
        public var venues: [String]
    }

    public struct Rules: Decodable, Sendable {
        public var travel_grains_between_zones: Int
        public var staff_daily_cap_grains: Int
        public var follow_up_on_later_day: Bool
    }

    public struct Objective: Decodable, Sendable {
        public var unscheduled: Int
        public var start_grain: Int
        public var online: Int
    }

    public var format: String
    public var grain_minutes: Int
    public var days: Int
    public var grains_per_day: Int
    public var rules: Rules
    public var objective: Objective
    public var venues: [Venue]
    public var people: [Person]
    public var sessions: [Session]

    /// Reads an instance, naming the file and the field when something is missing or malformed.
    public init(data: Data, file: String) throws(ImportError) {
        do {
            self = try JSONDecoder().decode(SchedulingInstance.self, from: data)
        } catch let error as DecodingError {
            throw ImportError(file: file, line: 1, column: error.fieldPath, reason: error.reason)
        } catch {
            throw ImportError(file: file, line: 1, column: nil, reason: "it is not JSON (\(error.localizedDescription))")
        }
        guard format == "fengqiao-sched-1" else {
            throw ImportError(file: file, line: 1, column: "format", reason: "format \"\(format)\" is not fengqiao-sched-1")
        }
    }

    /// The instance as the product's scheduling model: parties are people without daily caps, the online
    /// venue has no zone, and the objective's weights carry over exactly.
    public func model() throws(ImportError) -> ScheduleModel {
        let travel = rules.travel_grains_between_zones
        var model = ScheduleModel(
            rules: .init(grainMinutes: grain_minutes, grainsPerDay: grains_per_day, days: days,
                staffDailyCapGrains: rules.staff_daily_cap_grains, followUpOnLaterDay: rules.follow_up_on_later_day),
            weights: .init(unscheduled: objective.unscheduled, start: objective.start_grain),
            travelBetweenZones: { a, b in a == b ? 0 : travel })
        let horizon = TimeSet([0..<(days * grains_per_day)])
        var venueIndex: [String: Int] = [:]
        for venue in venues {
            venueIndex[venue.id] = model.addVenue(id: venue.id, zone: venue.kind == "online" ? nil : venue.zone ?? 0, open: horizon)
        }
        var personIndex: [String: Int] = [:]
        for (k, person) in people.enumerated() {
            var ranges: [Range<Int>] = []
            for pair in person.available {
                guard pair.count == 2, pair[0] <= pair[1] else {
                    throw ImportError(file: "instance", line: 1, column: "people[\(k)].available", reason: "\(pair) is not a [start, end) pair")
                }
                ranges.append(pair[0]..<pair[1])
            }
            personIndex[person.id] = model.addPerson(id: person.id, isStaff: person.staff, available: TimeSet(ranges))
        }
        for (k, session) in sessions.enumerated() {
            var attendees: [Int] = []
            for id in session.people {
                guard let index = personIndex[id] else {
                    throw ImportError(file: "instance", line: 1, column: "sessions[\(k)].people", reason: "person \(id) is not in people")
                }
                attendees.append(index)
            }
            var choices: [ScheduleModel.VenueChoice] = []
            for id in session.venues {
                guard let index = venueIndex[id] else {
                    throw ImportError(file: "instance", line: 1, column: "sessions[\(k)].venues", reason: "venue \(id) is not in venues")
                }
                choices.append(.init(venue: index, cost: model.venues[index].isOnline ? objective.online : 0))
            }
            guard session.duration > 0 else {
                throw ImportError(file: "instance", line: 1, column: "sessions[\(k)].duration", reason: "a session needs a positive duration")
            }
            model.addRequest(.init(id: session.id, caseID: session.case, order: session.order, duration: session.duration,
                people: attendees, venues: choices))
        }
        return model
    }

    /// The placed sessions in the instance's solution format.
    public static func solution(of table: Timetable) -> Data {
        struct Placed: Encodable {
            var id: String
            var start: Int
            var venue: String
        }
        struct Solution: Encodable { var sessions: [Placed] }
        let model = table.model
        let placed = model.requests.indices.compactMap { index in
            table.placement(of: index).map { Placed(id: model.requests[index].id, start: $0.start, venue: model.venues[$0.venue].id) }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(Solution(sessions: placed))) ?? Data()
    }
}

extension DecodingError {
    /// The JSON path of the field the error is about, like `sessions[3].duration`.
    var fieldPath: String {
        let path: [CodingKey]
        switch self {
        case let .keyNotFound(key, context): path = context.codingPath + [key]
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context): path = context.codingPath
        @unknown default: path = []
        }
        return path.reduce("") { text, key in
            if let index = key.intValue { return text + "[\(index)]" }
            return text.isEmpty ? key.stringValue : text + "." + key.stringValue
        }
    }

    var reason: String {
        switch self {
        case .keyNotFound: "the field is missing"
        case let .typeMismatch(type, _): "expected \(type)"
        case .valueNotFound: "the value is null"
        case let .dataCorrupted(context): context.debugDescription
        @unknown default: "it cannot be read"
        }
    }
}
