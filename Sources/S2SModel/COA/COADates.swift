/// A date as printed on a certificate: one day, a range (`23-26 February 2022`), or a day with a
/// wall-clock time (`3/8/2023, 2:06:00 AM`). Certificates print no time zone.
public struct COADate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var day: Day
    /// Last day of a printed range.
    public var through: Day?
    /// The time of day when printed.
    public var time: LocalDateTime?

    public init(day: Day, through: Day? = nil, time: LocalDateTime? = nil) {
        self.day = day
        self.through = through
        self.time = time
    }

    /// The last day the date covers (`through` for a range).
    public var lastDay: Day { through ?? day }

    public static func < (a: COADate, b: COADate) -> Bool { a.lastDay < b.lastDay }

    public var description: String {
        if let through { return "\(day)..\(through)" }
        if let time { return time.description }
        return day.description
    }
}

/// The dates of a certificate.
public struct COADates: Sendable, Hashable {
    /// Sample collected / sampled.
    public var sampled: COAField<COADate>?
    public var received: COAField<COADate>?
    /// When testing was done or completed. When the COA prints no overall test date, the reader
    /// takes the latest panel test date and says so in `note`.
    public var tested: COAField<COADate>?
    /// Issued / released / reported / report created.
    public var released: COAField<COADate>?
    public var expires: COAField<COADate>?
    /// Produced / harvested / batch date of the sampled product.
    public var produced: COAField<COADate>?

    public init() {}
}
