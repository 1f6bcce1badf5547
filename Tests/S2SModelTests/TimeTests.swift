import Testing
@testable import S2SModel

@Suite("Dates and times")
struct TimeTests {
    @Test func daysRoundTrip() throws {
        let d = try #require(Day(year: 2026, month: 11, day: 27))
        #expect(d.description == "2026-11-27")
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2026, month: 2, day: 29) == nil)
        #expect(Day(year: 1970, month: 1, day: 1)?.daysSinceEpoch == 0)
        #expect(d.adding(days: 5).description == "2026-12-02")
        #expect(Day(year: 2026, month: 11, day: 30)?.weekday == 0)   // a Monday
    }

    @Test func parsesTheTimestampShapesExportsUse() throws {
        #expect(ParsedTimestamp.parse("2026-11-29".utf8) == .day(Day(year: 2026, month: 11, day: 29)!))
        guard case .naive(let n)? = ParsedTimestamp.parse("2018-03-06T09:15:00.000".utf8) else {
            Issue.record("naive time not recognised"); return
        }
        #expect(n.description == "2018-03-06T09:15:00")
        guard case .zoned(let z, let off)? = ParsedTimestamp.parse("2026-11-29T20:15:00-08:00".utf8) else {
            Issue.record("offset time not recognised"); return
        }
        #expect(off == -480)
        #expect(z.day.description == "2026-11-29")
        guard case .zoned(_, let zero)? = ParsedTimestamp.parse("2026-11-30T07:20:00.5Z".utf8) else {
            Issue.record("Z time not recognised"); return
        }
        #expect(zero == 0)
        #expect(ParsedTimestamp.parse("2026-13-01".utf8) == nil)
        #expect(ParsedTimestamp.parse("2026-11-29T25:00:00Z".utf8) == nil)
        #expect(ParsedTimestamp.parse("tomorrow".utf8) == nil)
        #expect(ParsedTimestamp.parse("2026-11-29T10:00:00+0530".utf8) != nil)
    }

    @Test func instantsCompareAsAbsoluteTime() throws {
        // 22:30 at -08:00 is 06:30Z the next day: later than 06:00Z, although the text sorts earlier
        guard case .zoned(let a, let ao)? = ParsedTimestamp.parse("2026-11-29T22:30:00-08:00".utf8),
              case .zoned(let b, let bo)? = ParsedTimestamp.parse("2026-11-30T06:00:00Z".utf8) else {
            Issue.record("parse failed"); return
        }
        let x = DateTime(local: a, offsetMinutes: ao, zoneWasWritten: true)
        let y = DateTime(local: b, offsetMinutes: bo, zoneWasWritten: true)
        #expect(y < x)
        #expect(x.localDay.description == "2026-11-29")
        #expect((x - y) == .minutes(30))
        #expect(x.description == "2026-11-29T22:30:00-08:00")
    }
}
