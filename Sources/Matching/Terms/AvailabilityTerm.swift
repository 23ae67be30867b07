import Domain

/// Availability: free hours in the next 14 days (weekly hours less leave), out of 28 (two full days a
/// week). Until the scheduler gives the earliest common slot, this is how soon an expert can sit.
public enum AvailabilityTerm {
    public static let horizonDays = 14
    public static let fullHours = 28.0

    public static func freeHours(_ expert: Expert, from today: CalendarDay) -> Double {
        var minutes = 0
        for offset in 0..<horizonDays {
            let day = today.adding(days: offset)
            guard expert.leave(on: day) == nil else { continue }
            minutes += expert.availability.lazy.filter { $0.weekday == day.weekday }.reduce(0) { $0 + $1.minutes }
        }
        return Double(minutes) / 60
    }

    public static func value(_ expert: Expert, from today: CalendarDay) -> Double {
        min(1, freeHours(expert, from: today) / fullHours)
    }
}
