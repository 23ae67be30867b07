import Foundation

/// Writes RFC 5545 calendars: CRLF line ends, lines folded at 75 octets without splitting a character,
/// text escaped, times in UTC.
public enum ICalendar {
    public struct Event: Sendable, Hashable {
        /// Stays the same across updates, so a client replaces the event instead of adding another.
        public var uid: String
        /// Raised on every change.
        public var sequence: Int
        public var start: Date
        public var end: Date
        public var summary: String
        public var location: String
        public var description: String
        /// TENTATIVE, CONFIRMED or CANCELLED.
        public var status: String

        public init(uid: String, sequence: Int, start: Date, end: Date, summary: String, location: String, description: String, status: String) {
            self.uid = uid
            self.sequence = sequence
            self.start = start
            self.end = end
            self.summary = summary
            self.location = location
            self.description = description
            self.status = status
        }
    }

    /// A whole calendar named `name` with `events`, stamped `stamp`.
    public static func document(name: String, events: [Event], stamp: Date) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fengqiao//Consultation sessions//EN", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name)]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + event.uid,
                "SEQUENCE:\(event.sequence)",
                "DTSTAMP:" + utc(stamp),
                "DTSTART:" + utc(event.start),
                "DTEND:" + utc(event.end),
                "SUMMARY:" + escape(event.summary),
                "LOCATION:" + escape(event.location),
                "DESCRIPTION:" + escape(event.description),
                "STATUS:" + event.status,
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// A time as UTC, like `20261203T013000Z`.
    static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// Backslash, semicolon, comma and line breaks escaped as RFC 5545 §3.3.11 asks.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n", "\r\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out
    }

    /// Splits a content line into lines of at most 75 octets, each continuation starting with a space, never
    /// inside a UTF-8 character (§3.1).
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = "", octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
