import Domain

extension Expert {
    /// An expert with sensible defaults: an active neighbour-dispute mediator (level 3) living in
    /// Jiusan, Mandarin only, capacity 5, free on workdays 09:00–17:00. Override any field.
    ///
    /// ```swift
    /// let lawyer = Expert.fixture(id: "E-0002", roles: [.lawyer], team: .family,
    ///     specialties: [Specialty(.marriageFamily, level: 4)], homeCommunityID: TestAreas.tianchi)
    /// ```
    public static func fixture(
        id: Expert.ID = "E-0001", name: String = "王建国", roles: Set<ExpertRole> = [.mediator],
        team: LawyerTeam? = nil, specialties: [Specialty] = [Specialty(.neighbor, level: 3)],
        languages: Set<Language> = [.mandarin], credentials: Set<Credential> = [],
        homeCommunityID: Area.ID = TestAreas.jiusan, advisesCommunityID: Area.ID? = nil, capacity: Int = 5,
        availability: [WeeklyWindow] = TestTime.workdays(from: 9, to: 17), leave: [LeavePeriod] = [],
        relations: [DeclaredRelation] = [], isActive: Bool = true, joinedOn: CalendarDay = TestTime.day("2020-03-01")
    ) -> Expert {
        Expert(
            id: id, name: name, roles: roles, team: team, specialties: specialties, languages: languages,
            credentials: credentials, homeCommunityID: homeCommunityID, advisesCommunityID: advisesCommunityID,
            capacity: capacity, availability: availability, leave: leave, relations: relations, isActive: isActive,
            joinedOn: joinedOn)
    }
}
