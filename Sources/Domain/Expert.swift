import Foundation

/// A person who can sit on a panel: mediator, volunteer lawyer, psychologist or expert-pool member.
///
/// Load, success rate and satisfaction are derived from assignments and outcomes, never stored here.
public struct Expert: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<Expert>

    public var id: ID
    public var name: String
    public var roles: Set<ExpertRole>
    /// The legal-aid specialty team of a volunteer lawyer.
    public var team: LawyerTeam?
    public var specialties: [Specialty]
    public var languages: Set<Language>
    public var credentials: Set<Credential>
    public var homeCommunityID: Area.ID
    /// The community this person serves as its legal adviser (一村一法律顾问), if any.
    public var advisesCommunityID: Area.ID?
    /// The most open cases this person takes at once.
    public var capacity: Int
    public var availability: [WeeklyWindow]
    public var leave: [LeavePeriod]
    /// Dated changes to the weekly availability.
    public var exceptions: [AvailabilityException]
    public var relations: [DeclaredRelation]
    public var isActive: Bool
    public var joinedOn: CalendarDay

    public init(
        id: ID, name: String, roles: Set<ExpertRole>, team: LawyerTeam? = nil, specialties: [Specialty] = [],
        languages: Set<Language> = [.mandarin], credentials: Set<Credential> = [], homeCommunityID: Area.ID,
        advisesCommunityID: Area.ID? = nil, capacity: Int, availability: [WeeklyWindow] = [],
        leave: [LeavePeriod] = [], exceptions: [AvailabilityException] = [], relations: [DeclaredRelation] = [], isActive: Bool = true,
        joinedOn: CalendarDay
    ) {
        self.id = id
        self.name = name
        self.roles = roles
        self.team = team
        self.specialties = specialties
        self.languages = languages
        self.credentials = credentials
        self.homeCommunityID = homeCommunityID
        self.advisesCommunityID = advisesCommunityID
        self.capacity = capacity
        self.availability = availability
        self.leave = leave
        self.exceptions = exceptions
        self.relations = relations
        self.isActive = isActive
        self.joinedOn = joinedOn
    }

    /// The level 1–5 of this person in `type`, or nil when it is not one of their specialties.
    public func level(in type: DisputeType) -> Int? {
        specialties.first { $0.type == type }?.level
    }

    /// The leave period covering `day`, if any.
    public func leave(on day: CalendarDay) -> LeavePeriod? {
        leave.first { $0.contains(day) }
    }

    /// Checks the invariants a stored expert must hold.
    public func validate() throws(DomainError) {
        let record = "expert \(id)"
        if name.trimmingCharacters(in: .whitespaces).isEmpty {
            throw .invalid(record: record, field: "name", reason: "it is empty")
        }
        try FieldBounds.checkText(name, record: record, field: "name")
        for relation in relations { try FieldBounds.checkText(relation.subject.name, record: record, field: "relations") }
        if roles.isEmpty { throw .invalid(record: record, field: "roles", reason: "an expert needs at least one role") }
        try FieldBounds.check(capacity, in: FieldBounds.capacity, record: record, field: "capacity")
        if team != nil && !roles.contains(.lawyer) {
            throw .invalid(record: record, field: "team", reason: "only a lawyer belongs to a legal-aid team")
        }
        var seen = Set<DisputeType>()
        for specialty in specialties {
            guard (1...5).contains(specialty.level) else {
                throw .invalid(record: record, field: "specialties", reason: "level \(specialty.level) for \(specialty.type.code) is outside 1–5")
            }
            guard seen.insert(specialty.type).inserted else {
                throw .invalid(record: record, field: "specialties", reason: "\(specialty.type.code) is listed twice")
            }
        }
        for period in leave {
            if period.through < period.from { throw .invalid(record: record, field: "leave", reason: "leave \(period) ends before it starts") }
            try FieldBounds.check(period.from, record: record, field: "leave")
            try FieldBounds.check(period.through, record: record, field: "leave")
            if period.from.days(until: period.through) >= FieldBounds.leaveDays {
                throw .invalid(record: record, field: "leave", reason: "leave \(period) is longer than \(FieldBounds.leaveDays) days (two years)")
            }
        }
        for exception in exceptions { try FieldBounds.check(exception.day, record: record, field: "exceptions") }
        try FieldBounds.check(joinedOn, record: record, field: "joined_on")
    }
}

public enum ExpertRole: String, CaseIterable, Sendable, Codable, Comparable {
    case mediator, lawyer, psychologist
    /// A member of the expert pool: senior mediator or retired judge who sits on consultations.
    case panelist

    public var nameZh: String {
        switch self {
        case .mediator: "调解员"
        case .lawyer: "律师"
        case .psychologist: "心理咨询师"
        case .panelist: "专家库成员"
        }
    }

    public static func < (lhs: ExpertRole, rhs: ExpertRole) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The volunteer legal-aid lawyers' specialty teams of the reference district.
public enum LawyerTeam: String, CaseIterable, Sendable, Codable {
    case minors, elderly, family, tort
}

/// A dispute type an expert knows, at a level from 1 (some experience) to 5 (recognised authority).
public struct Specialty: Hashable, Sendable, Codable {
    public var type: DisputeType
    public var level: Int

    public init(_ type: DisputeType, level: Int) {
        self.type = type
        self.level = level
    }
}

/// A language or dialect a session can be held in.
public enum Language: String, CaseIterable, Sendable, Codable, Comparable {
    case mandarin = "zh"
    /// The Liaodong (Dalian) dialect, for older residents.
    case dalianDialect = "zh-dalian"
    case korean = "ko"
    case japanese = "ja"
    case english = "en"
    case signLanguage = "csl"

    public static func < (lhs: Language, rhs: Language) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A qualification that some seats require.
public enum Credential: String, CaseIterable, Sendable, Codable, Comparable {
    case licensedLawyer = "licensed_lawyer"
    case certifiedCounsellor = "certified_counsellor"
    case seniorMediator = "senior_mediator"
    /// A "gold-medal" mediator of the city.
    case goldMedalMediator = "gold_medal_mediator"
    /// A provincial "meritorious" mediator.
    case provincialMeritoriousMediator = "provincial_meritorious_mediator"
    case retiredJudge = "retired_judge"

    public static func < (lhs: Credential, rhs: Credential) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Days off, both ends included.
public struct LeavePeriod: Hashable, Sendable, Codable, CustomStringConvertible {
    public var from: CalendarDay
    public var through: CalendarDay

    public init(from: CalendarDay, through: CalendarDay) {
        self.from = from
        self.through = through
    }

    public func contains(_ day: CalendarDay) -> Bool { from <= day && day <= through }

    /// `2026-12-01..2026-12-10`.
    public var description: String { "\(from)..\(through)" }

    public init?(_ text: some StringProtocol) {
        let ends = text.components(separatedBy: "..")
        guard ends.count == 2, let from = CalendarDay(ends[0]), let through = CalendarDay(ends[1]) else { return nil }
        self.init(from: from, through: through)
    }
}

/// A tie an expert declares so that conflicts of interest can be checked.
public struct DeclaredRelation: Hashable, Sendable, Codable {
    public enum Nature: String, CaseIterable, Sendable, Codable {
        case relative, friend, colleague, employer, client, business, neighbour, other
    }

    /// A person, known by name and (when declared) masked identity number, or an organisation by name.
    public enum Subject: Hashable, Sendable, Codable {
        case person(name: String, identity: MaskedIdentityNumber?)
        case organisation(name: String)

        public var name: String {
            switch self {
            case let .person(name, _), let .organisation(name): name
            }
        }
    }

    public var subject: Subject
    public var nature: Nature

    public init(_ subject: Subject, nature: Nature) {
        self.subject = subject
        self.nature = nature
    }
}
