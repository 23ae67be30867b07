import Domain
import Matching
import Services

/// The named schemas of the OpenAPI document, matching what the endpoints encode.
enum Schemas {
    static let id = Schema.nonEmptyString

    static let all: KeyValuePairs<String, JSON> = [
        "Problem": Schema.object([
            "type": Schema.string, "title": Schema.string, "status": Schema.integer(minimum: 400, maximum: 599), "detail": Schema.string,
            "field": Schema.string,
        ], required: ["type", "title", "status", "detail"], description: "RFC 9457 problem details; field names what was wrong."),
        "Health": Schema.object(["status": Schema.string, "migrations": Schema.integer(minimum: 0)], required: ["status", "migrations"]),
        "User": Schema.object([
            "id": id, "username": Schema.string, "displayName": Schema.string, "role": Schema.oneOf(User.Role.self),
            "expertID": Schema.string, "isActive": Schema.boolean, "createdAt": Schema.dateTime,
        ], required: ["id", "username", "displayName", "role", "isActive", "createdAt"]),
        "IssuedToken": Schema.object(["token": Schema.nonEmptyString, "expiresAt": Schema.dateTime, "user": Schema.ref("User")],
            required: ["token", "expiresAt", "user"]),
        "CaseSummary": Schema.object([
            "id": id, "type": Schema.oneOf(DisputeType.self), "difficulty": Schema.oneOf(Difficulty.self),
            "status": Schema.oneOf(CaseStatus.self), "source": Schema.oneOf(CaseSource.self), "communityID": Schema.string,
            "summary": Schema.string, "openedOn": Schema.date, "deadline": Schema.date, "overdue": Schema.boolean,
        ], required: ["id", "type", "difficulty", "status", "source", "communityID", "openedOn", "deadline", "overdue"]),
        "Case": Schema.object([
            "id": id, "type": Schema.oneOf(DisputeType.self), "difficulty": Schema.oneOf(Difficulty.self),
            "status": Schema.oneOf(CaseStatus.self), "source": Schema.oneOf(CaseSource.self), "referralNumber": Schema.string,
            "evidence": Schema.array(Schema.string), "communityID": Schema.string, "summary": Schema.string,
            "amountYuan": Schema.integer(minimum: 0, maximum: FieldBounds.amountYuan.upperBound), "language": Schema.oneOf(Language.self),
            "allowsOnline": Schema.boolean, "priorMediations": Schema.integer(minimum: 0, maximum: FieldBounds.count.upperBound),
            "petitions": Schema.integer(minimum: 0, maximum: FieldBounds.count.upperBound), "escalationRisk": Schema.boolean,
            "parties": Schema.array(Schema.object([
                "party": Schema.object(["id": id, "kind": Schema.oneOf(Party.Kind.self), "name": Schema.string,
                    "identity": Schema.string(describing: "Masked: 210203********123X."), "organisation": Schema.string],
                    required: ["id", "kind", "name"]),
                "role": Schema.oneOf(CaseParty.Role.self),
            ], required: ["party", "role"])),
            "vetoes": Schema.array(Schema.anyObject), "openedOn": Schema.date, "deadline": Schema.date,
            "outcome": Schema.oneOf(CaseOutcome.self), "satisfaction": Schema.oneOf(Satisfaction.self), "closedOn": Schema.date,
        ], required: ["id", "type", "difficulty", "status", "source", "communityID", "parties", "openedOn", "deadline"]),
        "CaseFile": Schema.object([
            "case": Schema.ref("Case"), "overdue": Schema.boolean, "triageSignals": Schema.array(Schema.string),
            "panel": Schema.array(Schema.ref("Assignment")), "sessions": Schema.array(Schema.ref("Session")),
        ], required: ["case", "overdue", "triageSignals", "panel", "sessions"], description: "A case as the office sees it."),
        "CaseBrief": Schema.object([
            "id": id, "type": Schema.oneOf(DisputeType.self), "difficulty": Schema.oneOf(Difficulty.self),
            "status": Schema.oneOf(CaseStatus.self), "communityID": Schema.string, "summary": Schema.string,
            "language": Schema.oneOf(Language.self), "amountYuan": Schema.integer(minimum: 0), "openedOn": Schema.date,
            "deadline": Schema.date,
            "parties": Schema.array(Schema.object(["name": Schema.string, "kind": Schema.oneOf(Party.Kind.self),
                "role": Schema.oneOf(CaseParty.Role.self)], required: ["name", "kind", "role"])),
            "mySeats": Schema.array(Schema.ref("Assignment")), "sessions": Schema.array(Schema.ref("Session")),
        ], required: ["id", "type", "difficulty", "status", "parties", "mySeats", "sessions"],
            description: "A case as an expert on its panel sees it: no identity numbers."),
        "Expert": Schema.object([
            "id": id, "name": Schema.string, "roles": Schema.array(Schema.oneOf(ExpertRole.self)),
            "capacity": Schema.integer(minimum: 0, maximum: FieldBounds.capacity.upperBound),
            "homeCommunityID": Schema.string, "isActive": Schema.boolean, "joinedOn": Schema.date,
            "specialties": Schema.array(Schema.anyObject), "leave": Schema.array(Schema.anyObject),
        ], required: ["id", "name", "roles", "capacity", "isActive"]),
        "CalendarEntry": Schema.object([
            "session": Schema.ref("Session"), "venueName": Schema.string, "venueAddress": Schema.string, "caseType": Schema.string,
            "difficulty": Schema.oneOf(Difficulty.self),
        ], required: ["session", "venueName", "caseType", "difficulty"]),
        "Assignment": Schema.object([
            "id": id, "caseID": id, "seat": Schema.integer(minimum: 0), "role": Schema.oneOf(ExpertRole.self), "expertID": id,
            "status": Schema.oneOf(Assignment.Status.self), "score": Schema.number, "breakdown": Schema.map(Schema.number),
            "weightsVersion": Schema.integer(minimum: 1), "offeredAt": Schema.dateTime, "respondedAt": Schema.dateTime,
            "reason": Schema.string,
        ], required: ["id", "caseID", "seat", "role", "expertID", "status", "offeredAt"]),
        "OfferOutcome": Schema.object([
            "answered": Schema.ref("Assignment"), "refill": Schema.ref("Assignment"),
            "emptySeat": Schema.string(describing: "Why the freed seat stays empty, when it does."),
        ], required: ["answered"]),
        "Recommendation": Schema.object(["caseID": id, "seats": Schema.array(Schema.anyObject), "weightsVersion": Schema.integer(minimum: 1),
            "meeting": Schema.object([
                "earliest": Schema.dateTime, "horizonDays": Schema.integer(minimum: 0), "exhaustive": Schema.boolean,
                "obstacles": Schema.array(Schema.object(["kind": Schema.string, "text": Schema.string, "textZh": Schema.string],
                    required: ["kind", "text", "textZh"])),
            ], required: ["horizonDays", "obstacles", "exhaustive"]),
        ], required: ["caseID", "seats"]),
        "PlanReport": Schema.object([
            "plan": Schema.object(["placements": Schema.array(Schema.anyObject), "emptySeats": Schema.array(Schema.anyObject)],
                required: ["placements", "emptySeats"]),
            "stored": Schema.array(Schema.ref("Assignment")), "dryRun": Schema.boolean,
        ], required: ["plan", "stored", "dryRun"]),
        "Session": Schema.object([
            "id": id, "caseID": id, "venueID": id, "startsAt": Schema.dateTime, "endsAt": Schema.dateTime,
            "status": Schema.oneOf(Session.Status.self), "panel": Schema.array(id), "revision": Schema.integer(minimum: 0),
        ], required: ["id", "caseID", "venueID", "startsAt", "endsAt", "status", "panel", "revision"]),
        "ScheduleOptions": Schema.object([
            "caseID": id,
            "options": Schema.array(Schema.object(["session": Schema.ref("Session"), "venueName": Schema.string,
                "reasons": Schema.array(Schema.string)], required: ["session", "venueName", "reasons"])),
            "noSlot": Schema.string(describing: "Why there is no option, when there is none."),
        ], required: ["caseID", "options"]),
        "QueueSchedule": Schema.object([
            "plan": Schema.object(["sessions": Schema.array(Schema.ref("Session")), "unplaced": Schema.array(Schema.anyObject),
                "rounds": Schema.integer(minimum: 0)], required: ["sessions", "unplaced", "rounds"]),
            "dryRun": Schema.boolean,
        ], required: ["plan", "dryRun"]),
        "Repair": Schema.object([
            "plan": Schema.object(["moved": Schema.array(Schema.ref("Session")), "stranded": Schema.array(Schema.anyObject),
                "untouched": Schema.integer(minimum: 0)], required: ["moved", "stranded", "untouched"]),
            "dryRun": Schema.boolean,
        ], required: ["plan", "dryRun"]),
        "Weights": Schema.object([
            "version": Schema.integer(minimum: 1), "name": Schema.string, "note": Schema.string, "weights": Schema.map(Schema.number),
            "rules": Schema.map(Schema.integer()), "createdAt": Schema.dateTime, "createdBy": Schema.string, "active": Schema.boolean,
            "activation": Schema.object(["at": Schema.dateTime, "by": Schema.string, "reason": Schema.string]),
        ], required: ["version", "name", "weights", "rules", "active"]),
        "Replay": Schema.object([
            "cases": Schema.integer(minimum: 0), "seats": Schema.integer(minimum: 0), "changedSeats": Schema.integer(minimum: 0),
            "changedShare": Schema.number, "baseline": Schema.anyObject, "candidate": Schema.anyObject,
            "gainers": Schema.array(Schema.anyObject), "losers": Schema.array(Schema.anyObject), "changes": Schema.array(Schema.anyObject),
        ], required: ["cases", "seats", "changedSeats", "baseline", "candidate"]),
        "AuditEvent": Schema.object([
            "sequence": Schema.integer(minimum: 1), "at": Schema.dateTime, "actor": Schema.string, "action": Schema.string,
            "recordType": Schema.string, "recordID": Schema.string, "before": Schema.string(describing: "JSON of the record before."),
            "after": Schema.string(describing: "JSON of the record after."), "reason": Schema.string, "previousHash": Schema.string,
            "hash": Schema.string,
        ], required: ["sequence", "at", "actor", "action", "recordType", "recordID", "previousHash", "hash"]),
        "AuditVerification": Schema.object([
            "intact": Schema.boolean, "events": Schema.integer(minimum: 0), "brokenAt": Schema.integer(minimum: 1), "problem": Schema.string,
        ], required: ["intact"]),
        "LoadReport": Schema.object([
            "today": Schema.date, "sessionWindowDays": Schema.integer(minimum: 1),
            "experts": Schema.array(Schema.object([
                "id": id, "name": Schema.string, "roles": Schema.array(Schema.oneOf(ExpertRole.self)),
                "capacity": Schema.integer(minimum: 0, maximum: FieldBounds.capacity.upperBound),
                "openSeats": Schema.integer(minimum: 0), "utilisation": Schema.nullable(Schema.number),
                "upcomingSessions": Schema.integer(minimum: 0), "onLeave": Schema.boolean,
            ], required: ["id", "name", "capacity", "openSeats", "utilisation", "upcomingSessions", "onLeave"])),
            "summary": Schema.object(["experts": Schema.integer(minimum: 0), "meanUtilisation": Schema.number, "maxOverMean": Schema.number,
                "gini": Schema.number, "atCapacity": Schema.integer(minimum: 0)], required: ["experts", "meanUtilisation", "gini"]),
            "histogram": Schema.array(Schema.object(["band": Schema.string, "label": Schema.string, "experts": Schema.integer(minimum: 0)],
                required: ["band", "label", "experts"])),
        ], required: ["today", "experts", "summary", "histogram"]),
        "HotspotReport": Schema.object([
            "from": Schema.date, "through": Schema.date, "level": Schema.oneOf(HotspotReport.Level.self), "months": Schema.array(Schema.string),
            "totalCases": Schema.integer(minimum: 0),
            "counts": Schema.array(Schema.object(["areaID": id, "areaName": Schema.string, "type": Schema.oneOf(DisputeType.self),
                "month": Schema.string, "cases": Schema.integer(minimum: 0)], required: ["areaID", "type", "month", "cases"])),
            "areas": Schema.array(Schema.object(["areaID": id, "areaName": Schema.string, "cases": Schema.integer(minimum: 0)],
                required: ["areaID", "cases"])),
            "monthTotals": Schema.array(Schema.object(["month": Schema.string, "cases": Schema.integer(minimum: 0)], required: ["month", "cases"])),
            "typeTotals": Schema.array(Schema.object(["type": Schema.oneOf(DisputeType.self), "cases": Schema.integer(minimum: 0)],
                required: ["type", "cases"])),
        ], required: ["from", "through", "level", "months", "totalCases", "counts", "areas", "monthTotals", "typeTotals"]),
        "OutcomeTally": Schema.object([
            "closedCases": Schema.integer(minimum: 0),
            "outcomes": Schema.array(Schema.object(["outcome": Schema.oneOf(CaseOutcome.self), "cases": Schema.integer(minimum: 0),
                "rate": Schema.number], required: ["outcome", "cases", "rate"])),
            "settlementRate": Schema.number, "answered": Schema.integer(minimum: 0),
            "satisfaction": Schema.array(Schema.object(["answer": Schema.oneOf(Satisfaction.self), "cases": Schema.integer(minimum: 0),
                "rate": Schema.number], required: ["answer", "cases", "rate"])),
            "satisfactionRate": Schema.number, "meanDaysToClose": Schema.number,
        ], required: ["closedCases", "outcomes", "settlementRate", "satisfaction", "satisfactionRate"]),
        "OutcomeReport": Schema.object([
            "from": Schema.date, "through": Schema.date, "months": Schema.array(Schema.string), "overall": Schema.ref("OutcomeTally"),
            "byType": Schema.array(Schema.object(["type": Schema.oneOf(DisputeType.self), "tally": Schema.ref("OutcomeTally")],
                required: ["type", "tally"])),
            "byMonth": Schema.array(Schema.object(["month": Schema.string, "tally": Schema.ref("OutcomeTally")], required: ["month", "tally"])),
        ], required: ["from", "through", "months", "overall", "byType", "byMonth"]),
        "ReferralFeedback": Schema.object([
            "referralNumber": Schema.string, "source": Schema.oneOf(CaseSource.self), "caseID": id, "receivedOn": Schema.date,
            "status": Schema.oneOf(CaseStatus.self), "outcome": Schema.oneOf(CaseOutcome.self), "closedOn": Schema.date,
            "satisfaction": Schema.oneOf(Satisfaction.self),
        ], required: ["referralNumber", "source", "caseID", "receivedOn", "status"]),
    ]

    /// The body of POST /cases.
    static let newCase = Schema.object([
        "type": Schema.oneOf(DisputeType.self), "difficulty": Schema.oneOf(Difficulty.self), "source": Schema.oneOf(CaseSource.self),
        "referralNumber": Schema.string, "evidence": Schema.array(Schema.string), "communityID": Schema.nonEmptyString,
        "summary": Schema.nonEmptyString, "amountYuan": Schema.integer(minimum: 0, maximum: FieldBounds.amountYuan.upperBound),
        "language": Schema.oneOf(Language.self), "allowsOnline": Schema.boolean,
        "priorMediations": Schema.integer(minimum: 0, maximum: FieldBounds.count.upperBound),
        "petitions": Schema.integer(minimum: 0, maximum: FieldBounds.count.upperBound), "escalationRisk": Schema.boolean,
        "parties": Schema.array(Schema.object([
            "partyID": Schema.string(describing: "A party on file; else give kind, name and optionally identity."),
            "kind": Schema.oneOf(Party.Kind.self), "name": Schema.nonEmptyString,
            "identity": Schema.string(describing: "An 18-character resident identity number; only its masked form is stored."),
            "organisation": Schema.string, "role": Schema.oneOf(CaseParty.Role.self),
        ], required: ["role"])),
        "openedOn": Schema.date, "deadline": Schema.date,
    ], required: ["type", "source", "communityID", "summary", "parties"])
}
