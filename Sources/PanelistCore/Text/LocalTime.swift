import Foundation

/// Times as people read them: local wall-clock time with its UTC offset, e.g. `2026-12-02 02:45（UTC+08:00）`.
///
/// Journals keep UTC; every printout, history and screen shows this form. Computed with integer
/// arithmetic (no formatter is created), so it is cheap enough for every frame.
public enum LocalTime {
    /// The broken-down local time of an instant in a time zone.
    public struct Parts: Sendable, Equatable {
        /// Year, month (1–12), day (1–31), hour, minute, second.
        public var year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
        /// Offset from UTC in seconds (east positive).
        public var offset: Int
    }

    /// The parts of `date` in `zone`.
    public static func parts(_ date: Date, in zone: TimeZone) -> Parts {
        let offset = zone.secondsFromGMT(for: date)
        let seconds = Int(floor(date.timeIntervalSince1970)) + offset
        let days = Int(floor(Double(seconds) / 86_400))
        let secondOfDay = seconds - days * 86_400
        let (y, m, d) = civil(fromDays: days)
        return Parts(year: y, month: m, day: d, hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60, second: secondOfDay % 60, offset: offset)
    }

    /// `2026-12-02 02:45（UTC+08:00）` in Chinese, `2026-12-02 02:45 (UTC+08:00)` in English.
    public static func format(_ date: Date, in zone: TimeZone, lang: Lang) -> String {
        let p = parts(date, in: zone)
        let offset = "UTC" + offsetText(p.offset)
        return dateText(p) + " " + two(p.hour) + ":" + two(p.minute) + lang.pick("（\(offset)）", " (\(offset))")
    }

    /// `2026-12-02 02:45:07（UTC+08:00）`: to the second, for a journal's history.
    public static func stamp(_ date: Date, in zone: TimeZone, lang: Lang) -> String {
        let p = parts(date, in: zone)
        let offset = "UTC" + offsetText(p.offset)
        return dateText(p) + " " + two(p.hour) + ":" + two(p.minute) + ":" + two(p.second) + lang.pick("（\(offset)）", " (\(offset))")
    }

    /// The local date alone, `2026-12-02`.
    public static func date(_ date: Date, in zone: TimeZone) -> String { dateText(parts(date, in: zone)) }

    /// The local clock alone, `02:45:07`, for a status line that already states the zone.
    public static func clock(_ date: Date, in zone: TimeZone) -> String {
        let p = parts(date, in: zone)
        return two(p.hour) + ":" + two(p.minute) + ":" + two(p.second)
    }

    /// `+08:00`, `-03:30`, `+00:00`.
    public static func offsetText(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + two(minutes / 60) + ":" + two(minutes % 60)
    }

    static func dateText(_ p: Parts) -> String {
        String(format: "%04d", p.year) + "-" + two(p.month) + "-" + two(p.day)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

    /// Proleptic Gregorian date of a day count since 1970-01-01 (Howard Hinnant's algorithm).
    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
