import S2SModel

/// Reads the California DCC license search API (`…/licenses/filteredSearch`), which returns
/// `{"data": [{"licenseNumber", "licenseStatus", "licenseType", "businessLegalName", …}], "metadata": …}`
/// (camelCase keys; the snake_case forms cannlytics writes are accepted too).
enum RosterJSONReader {
    struct Row: Sendable {
        var number: String?
        var status: String?
        var l = License(number: "")
    }
    typealias R = FieldSetter<Row>
    static let row = RecordDecoder<Row>([
        (["licenseNumber", "license_number"], R.text(\.number)),
        (["licenseStatus", "license_status"], R.text(\.status)),
        (["licenseType", "license_type"], R.text(\.l.type)),
        (["licenseDesignation", "license_designation"], R.text(\.l.designation)),
        (["issueDate", "issue_date"], R.day(\.l.issueDate)),
        (["expirationDate", "expiration_date"], R.day(\.l.expirationDate)),
        (["businessLegalName", "business_legal_name"], R.text(\.l.legalName)),
        (["businessDbaName", "business_dba_name"], R.text(\.l.dba)),
        (["premiseState", "premise_state"], R.text(\.l.jurisdiction)),
    ])

    static let format = JSONRowFormat(
        kind: .rosterDCCJSON,
        signature: ["licenseNumber", "licenseStatus", "licenseType", "businessLegalName", "expirationDate", "issueDate",
                    "licenseDesignation", "license_number", "license_status", "license_type"],
        minimumMatches: 2, required: [["licenseNumber"], ["license_number"]],
        decodeRow: { c, sink, ptr, _, b in
            let ref = sink.ref(c.here, ptr)
            var r = Row()
            try row.decode(&c, &sink, pointer: ptr, into: &r)
            guard let n = r.number?.trimmingSpaces(), !n.isEmpty else {
                sink.problem("license at \(ptr) has no licenseNumber", code: "roster.number", offset: ref.offset, pointer: ptr)
                return
            }
            var l = r.l
            l.number = n
            l.statusText = r.status
            l.status = LicenseStatus(normalising: r.status)
            l.source = ref
            b.dataset.licenses.append(l)
        },
        finish: { b, sink in RosterStatusCheck.reportUnknown(b.dataset.licenses, hasStatusColumn: true, &sink) })
}
