public import Foundation
public import S2SModel

/// Gives naive local times (Metrc's `EstimatedDepartureDateTime` without a zone) their UTC offset
/// in the jurisdiction's time zone, including daylight-saving changes.
public struct ZoneResolver: Sendable {
    public let identifier: String
    private let zone: TimeZone

    /// nil when the identifier is not a known IANA zone.
    public init?(identifier: String) {
        guard let z = TimeZone(identifier: identifier) else { return nil }
        self.identifier = identifier
        self.zone = z
    }

    public static let utc = ZoneResolver(identifier: "UTC")!

    /// The offset (minutes) that applies at a local wall-clock time. In a repeated hour the first
    /// (daylight) offset is used; in a skipped hour, the offset in force just before it.
    public func offsetMinutes(forLocal local: LocalDateTime) -> Int {
        let asUTC = Double(local.microsecondsAsIfUTC) / 1_000_000
        let guess = zone.secondsFromGMT(for: Date(timeIntervalSince1970: asUTC))
        let second = zone.secondsFromGMT(for: Date(timeIntervalSince1970: asUTC - Double(guess)))
        return second / 60
    }

    public func dateTime(_ parsed: ParsedTimestamp) -> DateTime {
        switch parsed {
        case .zoned(let l, let o): return DateTime(local: l, offsetMinutes: o, zoneWasWritten: true)
        case .naive(let l): return DateTime(local: l, offsetMinutes: offsetMinutes(forLocal: l), zoneWasWritten: false)
        case .day(let d):
            let l = LocalDateTime(day: d, hour: 0, minute: 0, second: 0)
            return DateTime(local: l, offsetMinutes: offsetMinutes(forLocal: l), zoneWasWritten: false)
        }
    }

    func zoneOffsetSeconds(at unixSeconds: Double) -> Int {
        zone.secondsFromGMT(for: Date(timeIntervalSince1970: unixSeconds))
    }

    /// Today's date on this zone's wall clock.
    public func today(now: Date = Date()) -> Day {
        let secs = Int64(now.timeIntervalSince1970) + Int64(zone.secondsFromGMT(for: now))
        return LocalDateTime(microsecondsAsIfUTC: secs * 1_000_000).day
    }
}

extension ZoneResolver {
    /// The zone's offset (minutes) at an absolute instant.
    public func offsetMinutes(atUTCMicroseconds us: Int64) -> Int {
        zoneOffsetSeconds(at: Double(us) / 1_000_000) / 60
    }

    /// An instant given as seconds since 1970 (unix time), shown on this zone's wall clock.
    public func dateTime(unixSeconds s: Int64) -> DateTime {
        let us = s * 1_000_000
        return DateTime(utcMicroseconds: us, offsetMinutes: Int16(offsetMinutes(atUTCMicroseconds: us)), zoneWasWritten: true)
    }
}
