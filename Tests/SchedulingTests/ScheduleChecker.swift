import Scheduling

/// An independent check of a timetable against every hard rule, written from the model's raw data (not
/// from `Timetable.conflict`), listing each violation found.
enum ScheduleChecker {
    static func violations(_ table: Timetable) -> [String] {
        let model = table.model, rules = model.rules
        var found: [String] = []
        let placed = model.requests.indices.compactMap { index in table.placement(of: index).map { (index, $0) } }
        func end(_ index: Int, _ placement: Placement) -> Int { placement.start + model.requests[index].duration }
        for (index, placement) in placed {
            let r = model.requests[index], stop = end(index, placement)
            if placement.start < r.earliest || stop > rules.horizon { found.append("\(r.id) outside its window") }
            if placement.start / rules.grainsPerDay != (stop - 1) / rules.grainsPerDay { found.append("\(r.id) crosses days") }
            if !r.venues.contains(where: { $0.venue == placement.venue }) { found.append("\(r.id) at a venue not allowed") }
            if !model.venues[placement.venue].open.contains(placement.start..<stop) { found.append("\(r.id) while its venue is closed") }
            for person in r.people where !model.people[person].available.contains(placement.start..<stop) {
                found.append("\(r.id): \(model.people[person].id) is away")
            }
        }
        for (k, (a, pa)) in placed.enumerated() {
            for (b, pb) in placed[(k + 1)...] {
                let ra = model.requests[a], rb = model.requests[b]
                let shared = Set(ra.people).intersection(rb.people)
                let sameDay = pa.start / rules.grainsPerDay == pb.start / rules.grainsPerDay
                if !shared.isEmpty && sameDay {
                    let (first, second, firstPlace, secondPlace) = pa.start <= pb.start ? (a, b, pa, pb) : (b, a, pb, pa)
                    let needs = model.gap(from: firstPlace.venue, to: secondPlace.venue)
                    if end(first, firstPlace) + needs > secondPlace.start { found.append("\(ra.id) and \(rb.id) share a person without time between") }
                }
                if pa.venue == pb.venue && !model.venues[pa.venue].isOnline && pa.start < end(b, pb) && pb.start < end(a, pa) {
                    found.append("\(ra.id) and \(rb.id) share a room")
                }
            }
        }
        var grains: [Int: Int] = [:], sessions: [Int: Int] = [:]
        for (index, placement) in placed {
            for person in model.requests[index].people where model.people[person].isStaff {
                let key = person * rules.days + placement.start / rules.grainsPerDay
                grains[key, default: 0] += model.requests[index].duration
                sessions[key, default: 0] += 1
            }
        }
        if let cap = rules.staffDailyCapGrains, grains.values.contains(where: { $0 > cap }) { found.append("a daily grain cap is exceeded") }
        if let cap = rules.staffDailySessionCap, sessions.values.contains(where: { $0 > cap }) { found.append("a daily session cap is exceeded") }
        for (index, placement) in placed {
            let r = model.requests[index]
            guard r.order > 0 else { continue }
            guard let before = model.requests.indices.first(where: { model.requests[$0].caseID == r.caseID && model.requests[$0].order == r.order - 1 }),
                let earlier = table.placement(of: before)
            else {
                found.append("\(r.id) placed without its case's earlier session")
                continue
            }
            let ordered = rules.followUpOnLaterDay
                ? earlier.start / rules.grainsPerDay < placement.start / rules.grainsPerDay
                : end(before, earlier) <= placement.start
            if !ordered { found.append("\(r.id) is not after its case's earlier session") }
        }
        return found
    }
}
