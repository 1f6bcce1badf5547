import S2SModel

extension JSONCursor {
    /// A unix time (seconds since 1970), as a number or a string of digits; `0`, `""` and null mean none.
    mutating func unixTimeField(_ sink: inout ImportSink, _ pointer: @autoclosure () -> String) throws -> DateTime? {
        let at = position
        guard let text = try stringField(&sink, pointer()) else { return nil }
        let t = text.trimmingSpaces()
        if t.isEmpty || t == "0" { return nil }
        guard let secs = Int64(t), secs > 0, secs < 253_402_300_800 else {
            sink.problem("\(fieldName(pointer())) is \"\(text)\", which is not a unix time (seconds since 1970)",
                         code: "biotrack.not-a-time", offset: at, pointer: pointer())
            return nil
        }
        return sink.zone.dateTime(unixSeconds: secs)
    }

    /// An id that may be a string or a list of strings (`parentid`, `inventoryparentid`, `plantid`).
    mutating func idListField(_ sink: inout ImportSink, _ pointer: @autoclosure () -> String) throws -> [String] {
        try stringListField(&sink, pointer())
    }
}
