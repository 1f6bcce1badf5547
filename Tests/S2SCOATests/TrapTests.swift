import Foundation
@testable import S2SCOA
import S2SModel
import S2STestSupport
import Testing

/// Each known trap of the sample COAs, pinned on the real PDF where it occurs.
@Suite("Known COA traps")
struct TrapTests {
    func read(_ name: String) throws -> COA { try TestData.readSample(name) }

    func amount(_ text: String, _ unit: COAUnit) -> COAMeasurement {
        .amount(COAAmount(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!, unit))
    }

    @Test("two tables side by side: each row keeps its own table's columns (SC Labs)")
    func sideBySide() throws {
        guard TestData.requirePDFToText() else { return }
        let coa = try read("sclabs-ca-cherry-punch")
        // Page 3 prints Aldicarb (Category 1, left) and Dimethomorph (Category 2, right) on one line.
        let aldicarb = try #require(coa.analyte("aldicarb"))
        let dimethomorph = try #require(coa.analyte("dimethomorph"))
        #expect(aldicarb.name.position?.line == dimethomorph.name.position?.line)
        #expect(aldicarb.limit?.value == .anyDetection)
        #expect(dimethomorph.limit?.value == .maximum(COAAmount(2, .microgramPerGram)))
        #expect(aldicarb.lod?.value == COAAmount(Decimal(string: "0.03")!, .microgramPerGram))
        #expect(dimethomorph.lod?.value == COAAmount(Decimal(string: "0.03")!, .microgramPerGram))
        // The cannabinoid (left) and terpene (right) tables of page 2 land in their own panels.
        #expect(coa.panel(.cannabinoids)?.analytes.contains { $0.id == "limonene" } == false)
        #expect(coa.panel(.terpenes)?.analytes.contains { $0.id == "limonene" } == true)
    }

    @Test("values printed on the line above their name (Cali Green Δ9-THC)")
    func valuesAbove() throws {
        guard TestData.requirePDFToText() else { return }
        let d9 = try #require(try read("confidentcannabis-cgl-ca-classic-jack").analyte("delta_9_thc"))
        #expect(d9.result.value == amount("0.790", .percent))
        #expect(d9.lod?.value == COAAmount(Decimal(string: "0.80")!, .milligramPerGram))
        // The values stand one line above the name.
        let valueLine = try #require(d9.result.position?.line)
        let nameLine = try #require(d9.name.position?.line)
        #expect(valueLine == nameLine - 1)
    }

    @Test("names wrapped over two lines, on either side of the values")
    func wrappedNames() throws {
        guard TestData.requirePDFToText() else { return }
        let sc = try read("sclabs-ca-cherry-punch")
        #expect(sc.analyte("methyl_parathion")?.name.value == "Methyl parathion")
        #expect(sc.analyte("pentachloronitrobenzene")?.name.value == "Pentachloronitrobenzene")
        #expect(sc.analyte("dichlorvos")?.name.value == "DDVP (Dichlorvos)")
        #expect(sc.analyte("caryophyllene_oxide")?.result.value == amount("0.342", .milligramPerGram))
        let tl = try read("tagleaf-2riverlabs-ca-sunbeam")
        // KRESOXIM- / values / METHYL: the name is split around its values.
        #expect(tl.analyte("kresoxim_methyl")?.name.value == "KRESOXIM-METHYL")
        #expect(tl.analyte("kresoxim_methyl")?.status?.value == .pass)
        #expect(tl.analyte("chlorantraniliprole") != nil)
    }

    @Test("letter-spaced headers: re-spaced from the word boxes, matched either way")
    func letterSpacing() throws {
        guard TestData.requirePDFToText() else { return }
        let pdf = try read("tagleaf-2riverlabs-ca-sunbeam")
        #expect(pdf.sample.productName?.value == "AGS BULK FLOWER SUNBEAM (FLOWER)")
        #expect(pdf.panel(.cannabinoids)?.tested?.value.day.description == "2022-03-07")
        // Without geometry (text already extracted) the label still matches; word breaks are lost.
        let text = try TestData.reader().readText(try PDFTextExtractor().layoutText(of: TestData.samplePDF("tagleaf-2riverlabs-ca-sunbeam")))
        #expect(text.sample.productName?.value == "AGSBULKFLOWERSUNBEAM(FLOWER)")
        #expect(text.sample.sampleID?.value == "2RL-220302-034")
        #expect(text.panel(.cannabinoids)?.tested?.value.day.description == "2022-03-07")
    }

    @Test("lost ligatures: 'Cy uthrin', 'Aspergillus avus', 'Total A atoxins', U+FB01")
    func ligatures() throws {
        guard TestData.requirePDFToText() else { return }
        let cgl = try read("confidentcannabis-cgl-ca-classic-jack")
        #expect(cgl.analyte("cyfluthrin")?.name.value == "Cy uthrin")
        #expect(cgl.analyte("aspergillus_flavus")?.name.value == "Aspergillus avus")
        #expect(cgl.analyte("total_aflatoxins")?.name.value == "Total A atoxins")
        #expect(cgl.analyte("trifloxystrobin") != nil)
        #expect(TextFolding.fold("Certi cate") == TextFolding.fold("Certificate"))
        #expect(TextFolding.fold("Certi\u{FB01}cate") == TextFolding.fold("Certificate"))
        #expect(TextFolding.fold("Con dent Cannabis") == TextFolding.fold("Confident Cannabis"))
        // The MTL COA prints its title with U+FB01 and is still read.
        let mtl = try read("mtl-fl-petrol-station-rosin")
        #expect(mtl.reading.profile == "methodtestinglabs")
    }

    @Test("watermark fragments are removed without losing the values beside them (Veda)")
    func watermark() throws {
        guard TestData.requirePDFToText() else { return }
        let veda = try read("veda-ca-example-compliance")
        // 'EV ND' in the Carbofuran row.
        #expect(veda.analyte("carbofuran")?.result.value == .notDetected)
        // THCA's per-package value is printed under an 'EV' fragment on the next line.
        let thca = try #require(veda.analyte("thca"))
        #expect(thca.alternates.contains { $0.value == amount("8.804", .milligramPerPackage) })
        #expect(!veda.panels.flatMap(\.analytes).contains { ["iew", "ev", "pr"].contains($0.name.value.lowercased()) })
    }

    @Test("spaced status words: 'P a s s', 'Te s t e d' (Veda)")
    func spacedStatus() throws {
        guard TestData.requirePDFToText() else { return }
        let veda = try read("veda-ca-example-compliance")
        #expect(veda.panel(.heavyMetals)?.status?.value == .pass)
        #expect(veda.panel(.terpenes)?.status?.value == .tested)
        #expect(veda.panel(.moisture)?.status?.value == .tested)
        #expect(ValueInterpretation.status(text: "P a s s", vocabulary: try TestData.profiles().vocabulary)?.0 == .pass)
    }

    @Test("wrapped cells interleaving across lines (MCR)")
    func interleavedCells() throws {
        guard TestData.requirePDFToText() else { return }
        let mcr = try read("mcrlabs-ma-milk-chocolate-drops")
        #expect(mcr.sample.sampleID?.value == "MCR-S22-10010")
        #expect(mcr.sample.batchIDs.first?.value == "THC-100MCD-021522")
        #expect(mcr.sample.productName?.value == "Bulk 100mg Milk Chocolate Drops (25382)")
        #expect(mcr.dates.tested?.value == COADate(day: Day(year: 2022, month: 2, day: 23)!, through: Day(year: 2022, month: 2, day: 26)!))
        // Microbial names wrap above and below their values.
        #expect(mcr.analyte("total_aerobic_bacteria")?.name.value == "Total Viable Aerobic Bacteria")
        #expect(mcr.analyte("bile_tolerant_gram_negative")?.name.value == "Total Bile-Tolerant Gram Negative Bacteria")
        // '105 CFU/g' lost its superscript: 10^5.
        #expect(mcr.analyte("total_aerobic_bacteria")?.limit?.value == .maximum(COAAmount(100_000, .cfuPerGram)))
        // Label potency needs the per-serving value: 94.85 mg against '100mg' on the label.
        #expect(mcr.analyte("delta_9_thc")?.measurement(in: .milligramPerServing)?.value == amount("94.85", .milligramPerServing))
    }

    @Test("a tag printed with spaces is read without them (MTL)")
    func spacedTag() throws {
        guard TestData.requirePDFToText() else { return }
        let mtl = try read("mtl-fl-petrol-station-rosin")
        let tag = try #require(mtl.sample.traceIDs.first { $0.role == .sourcePackage })
        #expect(tag.tag.value == "8315430847060831")
        #expect(tag.tag.printed == "8315 4308 4706 0831")
    }

    @Test("a printed Total THC its own numbers do not reproduce is flagged (MTL 80.10 % vs 80.05 %)")
    func totalTHCDisagreement() throws {
        guard TestData.requirePDFToText() else { return }
        let t = try #require(try read("mtl-fl-petrol-station-rosin").computedTotalTHC)
        #expect(t.value == COAAmount(Decimal(string: "80.050543")!, .percent))
        #expect(t.delta9THC == COAAmount(Decimal(string: "77.017")!, .percent))
        #expect(t.thca == COAAmount(Decimal(string: "3.459")!, .percent))
        #expect(t.difference == Decimal(string: "0.049457"))
        #expect(t.disagrees)
    }

    @Test("Veda prints Pass for cadmium 0.235 µg/g under the non-inhalable limit on an inhalable pre-roll")
    func vedaCadmium() throws {
        guard TestData.requirePDFToText() else { return }
        let veda = try read("veda-ca-example-compliance")
        // Everything a rule needs is captured: the value, the printed limit and status, the matrix.
        let cd = try #require(veda.analyte("cadmium"))
        #expect(cd.result.value == amount("0.235", .microgramPerGram))
        #expect(cd.limit?.value == .maximum(COAAmount(Decimal(string: "0.5")!, .microgramPerGram)))
        #expect(cd.status?.value == .pass)
        #expect(veda.sample.matrix?.value == "Pre-Rolls (Inhaled)")
        #expect(veda.sample.inhalable?.value == true)
        #expect(veda.panel(.heavyMetals)?.status?.value == .pass)
        // The limits are law and come from the jurisdiction; here the test supplies them (4 CCR
        // §15723, µg/g): inhalable Cd 0.2, Pb 0.5, As 0.2, Hg 0.1; other products 0.5, 0.5, 1.5, 3.0.
        func table(_ cd: String, _ pb: String, _ arsenic: String, _ hg: String) -> COALimitTable {
            COALimitTable([("cadmium", cd), ("lead", pb), ("arsenic", arsenic), ("mercury", hg)].map {
                COALimitTable.Entry(analyte: $0.0, panel: .heavyMetals, limit: .maximum(COAAmount(Decimal(string: $0.1)!, .microgramPerGram)))
            })
        }
        let inhalable = try #require(COAStatusRecomputation.recompute(veda, limits: table("0.2", "0.5", "0.2", "0.1")).first)
        #expect(inhalable.computed == .fail)
        #expect(inhalable.printed?.value == .pass)
        #expect(inhalable.disagrees)
        let cdRow = try #require(inhalable.analytes.first { $0.analyte == "cadmium" })
        #expect(cdRow.computed == .fail)
        #expect(cdRow.reason == "0.235 µg/g > 0.2 µg/g")
        #expect(cdRow.disagrees)
        // Lead 0.250 is within 0.5 either way; mercury <LOQ 0.05 is within 0.1.
        #expect(inhalable.analytes.first { $0.analyte == "lead" }?.computed == .pass)
        #expect(inhalable.analytes.first { $0.analyte == "mercury" }?.computed == .pass)
        // Under the non-inhalable limits the lab printed, the values pass.
        let other = try #require(COAStatusRecomputation.recompute(veda, limits: table("0.5", "0.5", "1.5", "3.0")).first)
        #expect(other.computed == .pass)
        #expect(!other.disagrees)
    }

    @Test("empty identifier fields and not-tested panels are read as such (Havard)")
    func notTested() throws {
        guard TestData.requirePDFToText() else { return }
        let h = try read("confidentcannabis-havard-ok-purple-punch")
        #expect(h.sample.traceIDs.isEmpty)
        for kind in [COAPanelKind.pesticides, .microbials, .mycotoxins, .residualSolvents, .heavyMetals, .foreignMaterial] {
            #expect(h.panel(kind)?.status?.value == .notTested)
        }
        #expect(h.status == nil)
    }

    @Test("a label claim on the COA is kept apart from the result (Washington)")
    func labelClaim() throws {
        guard TestData.requirePDFToText() else { return }
        let wa = try read("confidence-wa-dirty-banana-breath")
        #expect(wa.printedTotals.contains { $0.kind == "total_thc" && $0.context == .labelClaim && $0.amount.value == self.amount("17", .percent) })
        #expect(wa.printedTotal("total_thc")?.context == .table)
        #expect(wa.panel(.heavyMetals)?.status?.value == .notEvaluated)
        // 'cbca3': a footnote digit glued to the name.
        #expect(wa.analyte("cbca")?.name.value == "cbca")
    }
}
