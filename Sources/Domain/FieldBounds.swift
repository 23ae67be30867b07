/// The bounds every record's numbers, dates and text are held to, whichever door they come in by (API, pages,
/// commands, CSV import), so that nothing stored can overflow the arithmetic of matching, scheduling or the
/// reports later. README's "Field bounds" lists them.
public enum FieldBounds {
    /// The days a case opens, falls due and closes on, leave runs over and an expert joins on.
    public static let days = CalendarDay(year: 2000, month: 1, day: 1)!...CalendarDay(year: 2100, month: 12, day: 31)!
    /// The yuan a dispute may be about: ten billion, beyond any people's mediation.
    public static let amountYuan = 0...10_000_000_000
    /// Earlier mediations and petitions on the same matter.
    public static let count = 0...1_000
    /// The open cases an expert takes at once.
    public static let capacity = 0...100
    /// The largest weight of one score term; ten terms at most this much add up to a finite, comparable score.
    public static let weight = 1_000.0
    /// The longest leave, in days: two years.
    public static let leaveDays = 731
    /// The windows a weights profile's rules look back over, in days: a day to ten years.
    public static let ruleWindowDays = 1...3_650

    /// Refuses `day` outside `days`.
    public static func check(_ day: CalendarDay, record: String, field: String) throws(DomainError) {
        guard days.contains(day) else {
            throw .invalid(record: record, field: field, reason: "\(day) is outside \(days.lowerBound) to \(days.upperBound)")
        }
    }

    /// Refuses `value` outside `range`.
    public static func check(_ value: Int, in range: ClosedRange<Int>, record: String, field: String) throws(DomainError) {
        if value < range.lowerBound {
            throw .invalid(record: record, field: field,
                reason: range.lowerBound == 0 ? "\(value) is negative" : "\(value) is below the least allowed, \(range.lowerBound)")
        }
        if value > range.upperBound {
            throw .invalid(record: record, field: field, reason: "\(value) is above the most allowed, \(range.upperBound)")
        }
    }

    /// Refuses text holding a control character (a NUL, an escape, a backspace…): it would be cut off in the
    /// database or rewrite a terminal. Line breaks and tabs are allowed only in long free text (`multiline`),
    /// such as a case's summary or a reason.
    public static func checkText(_ text: String, multiline: Bool = false, record: String, field: String) throws(DomainError) {
        guard let scalar = text.unicodeScalars.first(where: { isRefused($0, multiline: multiline) }) else { return }
        let hex = String(scalar.value, radix: 16, uppercase: true)
        throw .invalid(record: record, field: field, reason: "it holds the control character U+" + String(repeating: "0", count: max(0, 4 - hex.count))
            + hex + (multiline ? "; only line breaks and tabs may stand between its words" : "; it must be one line of plain text"))
    }

    static func isRefused(_ scalar: Unicode.Scalar, multiline: Bool) -> Bool {
        if multiline { return scalar.properties.generalCategory == .control && !["\n", "\r", "\t"].contains(scalar) }
        return scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
    }
}
