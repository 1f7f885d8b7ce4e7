import Foundation
import PanelistCore
import Testing

/// Local time with its offset, checked against hand-worked instants.
@Suite("Local time")
struct LocalTimeTests {
    // 2026-12-01T18:45:41.563Z is 1_796_150_741.563 s after the epoch (issue 11's example).
    let instant = Date(timeIntervalSince1970: 1_796_150_741.563)

    @Test func shanghaiIsEightHoursAheadAndCrossesMidnight() throws {
        let zone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        #expect(LocalTime.format(instant, in: zone, lang: .zh) == "2026-12-02 02:45（UTC+08:00）")
        #expect(LocalTime.format(instant, in: zone, lang: .en) == "2026-12-02 02:45 (UTC+08:00)")
        #expect(LocalTime.clock(instant, in: zone) == "02:45:41")
    }

    @Test func negativeAndHalfHourOffsets() throws {
        let newfoundland = try #require(TimeZone(identifier: "America/St_Johns"))  // UTC-03:30 in December
        #expect(LocalTime.format(instant, in: newfoundland, lang: .en) == "2026-12-01 15:15 (UTC-03:30)")
        let utc = try #require(TimeZone(identifier: "UTC"))
        #expect(LocalTime.format(instant, in: utc, lang: .en) == "2026-12-01 18:45 (UTC+00:00)")
    }

    @Test func leapDayAndEpochBoundaries() throws {
        let utc = try #require(TimeZone(identifier: "UTC"))
        // 2024-02-29T00:00:00Z = 1_709_164_800.
        #expect(LocalTime.date(Date(timeIntervalSince1970: 1_709_164_800), in: utc) == "2024-02-29")
        #expect(LocalTime.format(Date(timeIntervalSince1970: -1), in: utc, lang: .en) == "1969-12-31 23:59 (UTC+00:00)")
    }

    @Test func agreesWithFoundationOverManyInstants() throws {
        let zone = try #require(TimeZone(identifier: "Asia/Shanghai"))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let date = Date(timeIntervalSince1970: Double(Int64.random(in: 0...4_102_444_800, using: &rng)))
            let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
            let p = LocalTime.parts(date, in: zone)
            #expect([p.year, p.month, p.day, p.hour, p.minute, p.second] == [c.year, c.month, c.day, c.hour, c.minute, c.second])
        }
    }
}
