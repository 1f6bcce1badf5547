import Foundation
import Testing
import S2SModel
@testable import RuleEngine

/// Certificates in the rule language: the `coa` records and scope, the links to packages, and
/// panel statuses recomputed with limits the facts hold.
@Suite("COAs in the rule language")
struct COARuleTests {
    static func field<T>(_ v: T, _ printed: String? = nil) -> COAField<T> { COAField(v, printed: printed ?? "\(v)", at: nil) }

    static func cadmiumCOA(_ cd: String, path: String = "coa.xml", batch: String? = "B-1", sourceTags: [String] = [],
                           labSample: String? = nil, lab: String? = "C8-0000013-LIC") -> COA {
        var c = COA(document: COADocument(path: path, format: .xml, sha256: ""), reading: COAReading(reader: "xml", profile: "t", confidence: 1))
        c.lab = COALab(name: field("Lab"), license: lab.map { field($0) })
        if let batch { c.sample.batchIDs = [field(batch)] }
        for t in sourceTags { c.sample.traceIDs.append(COATraceID(role: .sourcePackage, system: .metrc, tag: field(t))) }
        if let labSample { c.sample.traceIDs.append(COATraceID(role: .labSample, system: .metrc, tag: field(labSample))) }
        c.sample.category = field(.flower)
        c.sample.inhalable = field(true)
        var tested = COADates()
        tested.tested = field(COADate(day: Day(year: 2026, month: 1, day: 26)!, through: Day(year: 2026, month: 1, day: 28)))
        c.dates = tested
        let cadmium = COAAnalyte(id: "cadmium", name: field("Cadmium"), panel: .heavyMetals,
                                 result: field(.amount(COAAmount(Decimal(string: cd)!, .microgramPerGram)), cd),
                                 limit: field(.maximum(COAAmount(Decimal(string: "0.5")!, .microgramPerGram))), status: field(.pass, "Pass"))
        let lead = COAAnalyte(id: "lead", name: field("Lead"), panel: .heavyMetals, result: field(.notDetected, "ND"))
        c.panels = [
            COAPanel(kind: .cannabinoids, name: field("Potency"), status: field(.tested), analytes: [
                COAAnalyte(id: "thca", name: field("THCA"), panel: .cannabinoids, result: field(.amount(COAAmount(240, .milligramPerGram)), "240")),
                COAAnalyte(id: "delta_9_thc", name: field("Δ9-THC"), panel: .cannabinoids, result: field(.amount(COAAmount(10, .milligramPerGram)), "10")),
            ]),
            COAPanel(kind: .heavyMetals, name: field("Metals"), status: field(.pass, "PASS"), analytes: [cadmium, lead]),
        ]
        // what the reader computes: 10 + 0.877 × 240 = 220.48 mg/g
        c.computedTotalTHC = COAComputedTotalTHC(value: COAAmount(Decimal(string: "220.48")!, .milligramPerGram),
                                                 delta9THC: COAAmount(10, .milligramPerGram), thca: COAAmount(240, .milligramPerGram),
                                                 assumptions: [], printed: nil, difference: nil, roundingAllowance: nil, disagrees: false)
        return c
    }

    static func dataset(_ coas: [COA], packages: [Package]) -> Dataset {
        var ds = Dataset()
        ds.coas = coas
        ds.packages = packages
        return ds
    }

    static func package(_ tag: String, batch: String? = nil, sourceTags: [String] = []) -> Package {
        var p = Package(tag: tag)
        p.productionBatch = batch
        p.sourcePackageTags = sourceTags
        return p
    }

    static let limitFacts = """
        jurisdiction: T
        limits:
          flower:
            heavy_metals: {cadmium: "0.2 µg/g", lead: "0.5 µg/g"}
          edible:
            heavy_metals: {cadmium: "0.5 µg/g", lead: "0.5 µg/g"}
        """

    @Test("coas_for links by batch, source tag, lab sample tag and parent tag, by exact text")
    func links() throws {
        let (set, d) = compilePack(pack(rule(scope: "package", assert: "count(coas_for(package)) == 0",
                                             message: "{join(map(package.coas, c => coa_link(package, c)), ', ')}")))
        let s = try #require(set, "\(d)")
        let coa = Self.cadmiumCOA("0.1", sourceTags: ["1A4000000000000000000002"], labSample: "1A4000000000000000000003")
        let packages = [
            Self.package("1A4000000000000000000001", batch: "B-1"),
            Self.package("1A4000000000000000000002"),
            Self.package("1A4000000000000000000003"),
            Self.package("1A4000000000000000000004", sourceTags: ["1A4000000000000000000002"]),
            Self.package("1A4000000000000000000005", batch: "b-1"),
            Self.package("1A4000000000000000000006", batch: "B-1 "),
            Self.package("1a4000000000000000000002"),
        ]
        let found = evaluate(s, Self.dataset([coa], packages: packages)).map { "\($0.package ?? "-") \($0.message)" }
        #expect(found == [
            "1A4000000000000000000001 batch B-1",
            "1A4000000000000000000002 source_tag 1A4000000000000000000002",
            "1A4000000000000000000003 lab_sample_tag 1A4000000000000000000003",
            "1A4000000000000000000004 parent_tag 1A4000000000000000000002",
        ])
    }

    @Test("a certificate's packages are the inverse of coas_for; one that matches none is a finding at the COA")
    func packagesFor() throws {
        let (set, d) = compilePack(pack(rule(scope: "coa", assert: "count(coa.packages) > 0",
                                             message: "{coa.file} matches none; it prints {join(coa.batches, ', ')}")
                                        + rule(id: "T-2", scope: "coa", assert: "count(packages_for(coa)) == 0",
                                               message: "{join(map(coa.packages, p => p.tag), ', ')}")))
        let s = try #require(set, "\(d)")
        var ds = Self.dataset([Self.cadmiumCOA("0.1", path: "a.xml"), Self.cadmiumCOA("0.1", path: "b.xml", batch: "B-9")],
                              packages: [Self.package("1A4000000000000000000001", batch: "B-1"), Self.package("1A4000000000000000000002", batch: "B-1")])
        let fid = ds.addFile(SourceFile(path: "b.xml", kind: "coa.xml", retainedBytes: Array("<x>\n<batch>B-9</batch>\n".utf8)))
        ds.coas[1].source = SourceRef(file: fid, offset: 4, pointer: "/x/batch", line: 2, lineStart: 4)
        let f = evaluate(s, ds)
        #expect(f.map(\.message).sorted() == ["1A4000000000000000000001, 1A4000000000000000000002", "b.xml matches none; it prints B-9"])
        let unlinked = try #require(f.first { $0.ruleId == "T-1" })
        #expect(unlinked.subject == "coa")
        #expect(unlinked.license == "C8-0000013-LIC")
        #expect(unlinked.ref.line == 2)
    }

    @Test("recompute_panels judges the values with the facts' limits and names a printed status that disagrees")
    func recompute() throws {
        let yaml = pack(rule(scope: "coa", assert: "all(recompute_panels(coa, facts.limits[coa.category]), r => r.computed == 'pass')",
                             message: "{join(map(recompute_panels(coa, facts.limits[coa.category]), r => r.summary), '; ')}"),
                        header: "jurisdiction: T\n")
        let (set, d) = compilePack(yaml, facts: Self.limitFacts)
        let s = try #require(set, "\(d)")
        let f = evaluate(s, Self.dataset([Self.cadmiumCOA("0.235")], packages: []))
        #expect(f.map(\.message) == ["heavy_metals fails: cadmium 0.235 µg/g > 0.2 µg/g (printed pass); the COA prints the panel pass"])
        #expect(evaluate(s, Self.dataset([Self.cadmiumCOA("0.2")], packages: [])).isEmpty)
        // the same value under the limits of another category passes
        var edible = Self.cadmiumCOA("0.235")
        edible.sample.category = Self.field(.edible)
        #expect(evaluate(s, Self.dataset([edible], packages: [])).isEmpty)
        // a category the facts do not hold: the rule cannot be evaluated, it does not pass
        var unknown = Self.cadmiumCOA("0.235")
        unknown.sample.category = nil
        #expect(evaluate(s, Self.dataset([unknown], packages: [])).map(\.outcome) == [.unevaluated])
    }

    @Test("an analyte the limits name that the certificate does not report leaves the panel unjudged, not passed")
    func unjudged() throws {
        let facts = Self.limitFacts.replacingOccurrences(of: "lead: \"0.5 µg/g\"}\n  edible", with: "lead: \"0.5 µg/g\", mercury: \"0.1 µg/g\"}\n  edible")
        let yaml = pack(rule(scope: "coa", assert: "all(recompute_panels(coa, facts.limits.flower, ['heavy_metals']), r => r.computed == 'pass')",
                             message: "{join(map(recompute_panels(coa, facts.limits.flower), r => r.summary), '; ')}"),
                        header: "jurisdiction: T\n")
        let (set, d) = compilePack(yaml, facts: facts)
        let s = try #require(set, "\(d)")
        let f = evaluate(s, Self.dataset([Self.cadmiumCOA("0.1")], packages: []))
        #expect(f.map(\.message) == ["heavy_metals cannot be judged: mercury: not reported on the COA; the COA prints the panel pass"])
    }

    @Test("a limit the facts cannot read is a pack error, not a silent pass")
    func badLimits() throws {
        let yaml = pack(rule(scope: "coa", assert: "all(recompute_panels(coa, facts.limits[coa.category]), r => r.computed == 'pass')"),
                        header: "jurisdiction: T\n")
        let facts = Self.limitFacts.replacingOccurrences(of: "\"0.2 µg/g\"", with: "\"0.2 ug/x\"")
        let e = try #require(compilePack(yaml, facts: facts).1.first { $0.level == .error })
        #expect(e.message.contains("flower: heavy_metals.cadmium: '0.2 ug/x' is not a limit"), "\(e.message)")
        let wrongPanel = Self.limitFacts.replacingOccurrences(of: "    heavy_metals: {cadmium: \"0.2", with: "    heavy_metal: {cadmium: \"0.2")
        let e2 = try #require(compilePack(yaml, facts: wrongPanel).1.first { $0.level == .error })
        #expect(e2.message.contains("'heavy_metal' is not a panel"), "\(e2.message)")
    }

    @Test("supplied tells a rule whether the run was given certificates, even unreadable ones")
    func supplied() throws {
        let (set, d) = compilePack(pack(rule(scope: "package", assert: "supplied('coas')")))
        let s = try #require(set, "\(d)")
        var ds = Self.dataset([], packages: [Self.package("1A4000000000000000000001")])
        #expect(evaluate(s, ds).count == 1)
        _ = ds.addFile(SourceFile(path: "scan.pdf", kind: "coa.unread"))
        #expect(evaluate(s, ds).isEmpty)
        let typo = compilePack(pack(rule(scope: "package", assert: "supplied('coa')"))).1.first { $0.level == .error }
        #expect(typo?.message == "supplied knows no input 'coa'")
        #expect(typo?.hint == "did you mean 'coas'?")
    }

    @Test("fields: Total THC in %, the last day of a printed range, concentrations in a chosen unit")
    func fields() throws {
        let (set, d) = compilePack(pack(rule(scope: "coa", assert: "false",
                                             message: "{coa.total_thc} {coa.tested_date} {concentration(first(coa.analytes, a => a.id == 'cadmium'), 'mg/g')} {coalesce(text(concentration(first(coa.analytes, a => a.id == 'lead'), 'mg/g')), 'none')} {first(coa.panels, p => p.kind == 'heavy_metals').status} {first(coa.analytes, a => a.id == 'lead').result}")))
        let s = try #require(set, "\(d)")
        let f = evaluate(s, Self.dataset([Self.cadmiumCOA("0.235")], packages: []))
        // 220.48 mg/g = 22.048 %
        #expect(f.map(\.message) == ["22.048 2026-01-28 0.000235 none pass not_detected"])
        let bad = compilePack(pack(rule(scope: "coa", assert: "concentration(first(coa.analytes), 'ug/x') > 0"))).1.first { $0.level == .error }
        #expect(bad?.message == "'ug/x' is not a unit a COA prints")
    }
}
