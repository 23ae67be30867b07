import Domain

extension GenerationState {
    /// Dated exceptions for some experts (court dates, an extra afternoon) and party windows for some open
    /// cases (weekend mornings, weekday evenings), drawn from their own seeded sequence so the rest of the
    /// data set does not change with them.
    mutating func addCalendars() {
        var random = SeededRandom(seed: options.seed &* 0x9E37_79B9 &+ 0xCA1E)
        let times = [("09:00", "12:00"), ("14:00", "17:00"), ("09:00", "17:00")]
        for index in experts.indices where experts[index].isActive && random.chance(0.12) {
            var exceptions: [AvailabilityException] = []
            for _ in 0..<random.int(1...3) {
                let (from, to) = random.pick(times)
                let day = asOf.adding(days: random.int(1...20))
                let kind: AvailabilityException.Kind = random.chance(0.8) ? .busy : .free
                if let exception = AvailabilityException(day: day, start: TimeOfDay(from)!, end: TimeOfDay(to)!, kind: kind),
                    !exceptions.contains(where: { $0.day == day && $0.start == exception.start })
                {
                    exceptions.append(exception)
                }
            }
            experts[index].exceptions = exceptions.sorted()
        }
        let patterns: [[WeeklyWindow]] = [
            [.init("Sat 09:00-12:00")!, .init("Sun 09:00-12:00")!],
            [.init("Mon 14:00-17:30")!, .init("Wed 14:00-17:30")!, .init("Fri 14:00-17:30")!],
            [.init("Tue 09:00-11:30")!, .init("Thu 09:00-11:30")!],
        ]
        for index in cases.indices where cases[index].isOpen && random.chance(0.25) {
            cases[index].partyAvailability = random.pick(patterns)
        }
    }
}
