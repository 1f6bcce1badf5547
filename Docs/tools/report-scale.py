#!/usr/bin/env python3
"""Measures report writing at scale: a run with ~100,000 findings written in one format, then in
every format at once, with wall time, peak RSS and the time of each reporter.

It writes a synthetic manifest export (9,100 manifests x 10 package lines) whose every line breaks
a bench rule (a malformed tag, or a well-formed tag in no inventory) and whose every destination
has unlisted licenses, so `s2slint check --pack Rules/bench` finds 100,100 violations, each with
evidence, citation and remedy. Then it runs the CLI twice and prints a Markdown table.

    python3 Docs/tools/report-scale.py [--s2slint .build/release/s2slint] [--manifests 9100]

Peak RSS is the child's ru_maxrss (wait4); this script keeps its own heap small, since a forked
child's ru_maxrss includes the parent's pages before exec. Per-format times come from
S2SLINT_TIMINGS.
"""
import argparse, json, os, subprocess, sys, tempfile, time

FORMATS = ["text", "json", "sarif", "junit", "github", "checkstyle", "markdown", "html"]
EXT = {"text": "txt", "json": "json", "sarif": "sarif", "junit": "junit.xml", "github": "github.txt",
       "checkstyle": "checkstyle.xml", "markdown": "md", "html": "html"}


def write_manifests(path, count, lines):
    with open(path, "w") as out:
        out.write("[\n")
        for m in range(count):
            packages = []
            for k in range(lines):
                n = m * lines + k
                # odd lines: lower-case tag (LABEL-FORMAT); even lines: valid tag in no export (PKG-EXISTS)
                tag = ("1a4%021x" % n) if k % 2 else ("1A4%021X" % n)
                packages.append({"PackageLabel": tag, "Quantity": 1 + k, "UnitOfMeasureName": "Each"})
            manifest = {
                "ManifestNumber": "%010d" % (m + 1),
                "ShipperFacilityLicenseNumber": "C11-%07d-LIC" % (m % 97),
                "Destinations": [{
                    "RecipientLicenseNumber": "C10-%07d-LIC" % (m % 89),
                    "EstimatedDepartureDateTime": "2026-03-01T09:00:00-08:00",
                    "EstimatedArrivalDateTime": "2026-03-01T12:00:00-08:00",
                    "Transporters": [{"TransporterFacilityLicenseNumber": "C11-0000001-LIC", "DriverName": "Ana Patel",
                                      "DriverLicenseNumber": "R2871248", "VehicleLicensePlateNumber": "7HVA291"}],
                    "Packages": packages,
                }],
            }
            out.write(("  " if m == 0 else ",\n  ") + json.dumps(manifest))
        out.write("\n]\n")


def run(cmd, env):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    stderr = proc.stderr.read().decode()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.monotonic() - start
    timings = {}
    for line in stderr.splitlines():
        if line.startswith("timing: "):
            phase, ms = line[len("timing: "):].rsplit(": ", 1)
            timings[phase] = float(ms.split()[0])
    return proc.returncode, wall, usage.ru_maxrss / 1024.0, timings, stderr


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--s2slint", default=".build/release/s2slint")
    ap.add_argument("--manifests", type=int, default=9100)
    ap.add_argument("--lines", type=int, default=10)
    ap.add_argument("--work", default=None)
    a = ap.parse_args()
    work = a.work or tempfile.mkdtemp(prefix="s2slint-scale-")
    os.makedirs(work, exist_ok=True)
    manifests = os.path.join(work, "manifests.json")
    write_manifests(manifests, a.manifests, a.lines)
    base = [a.s2slint, "check", manifests, "--pack", "Rules/bench", "--no-config", "--fail-on", "never"]
    env = dict(os.environ, S2SLINT_TIMINGS="1")

    rows = []
    code, wall, rss, t, err = run(base + ["--format", "json", "--output", os.path.join(work, "one.json")], env)
    if code != 0:
        sys.exit("s2slint failed:\n" + err)
    # Count the findings from the summary line, not by loading the JSON: a large Python heap
    # would be inherited by the next forked child and show up in its ru_maxrss.
    summary = [l for l in err.splitlines() if l.startswith("summary: ")][-1]
    findings = sum(int(w) for w in summary[len("summary: "):].split(" in ")[0].replace(",", "").split() if w.isdigit())
    rows.append(("json only", wall, rss, t))
    every = []
    for f in FORMATS:
        every += ["--format", f, "--output", os.path.join(work, "all." + EXT[f])]
    code, wall, rss, t, err = run(base + every, env)
    if code != 0:
        sys.exit("s2slint failed:\n" + err)
    rows.append(("all 8 formats", wall, rss, t))

    size = os.path.getsize(manifests) / 1e6
    print(f"{findings} findings from {a.manifests} manifests ({size:.1f} MB input), {a.s2slint}\n")
    print("| run | wall s | peak RSS MiB | read+evaluate s | write reports s |")
    print("|---|---:|---:|---:|---:|")
    for name, wall, rss, t in rows:
        writes = sum(v for k, v in t.items() if k.startswith("write ")) / 1000
        before = sum(t.get(k, 0) for k in ("load packs", "read inputs", "build indexes", "evaluate rules", "resolve positions", "regions, waivers, baseline")) / 1000
        print(f"| {name} | {wall:.2f} | {rss:.0f} | {before:.2f} | {writes:.2f} |")
    print("\n| format | write s | output MB |")
    print("|---|---:|---:|")
    for f in FORMATS:
        ms = rows[1][3].get("write " + f, 0)
        print(f"| {f} | {ms / 1000:.2f} | {os.path.getsize(os.path.join(work, 'all.' + EXT[f])) / 1e6:.1f} |")
    print(f"\noutputs in {work}")


if __name__ == "__main__":
    main()
