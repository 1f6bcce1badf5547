/// The HTML report's style sheet, inlined so the report is one self-contained file. It contains
/// no `<` or `&`, so the report stays well-formed XML (tests parse it).
enum HTMLStyle {
    static let css = """
    :root { --error: #b3261e; --warning: #a15c00; --info: #1f5fa8; --muted: #5f6368; --line: #dfe3e8;
            --bg: #f6f7f9; --card: #ffffff; --ok: #1e7a3c; --suppressed: #8a8f98; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
           color: #1f2328; background: var(--bg); }
    header { background: #14342b; color: #fff; padding: 20px 32px; }
    header h1 { margin: 0 0 4px; font-size: 22px; font-weight: 600; }
    header p { margin: 2px 0; color: #cfe3da; }
    main { padding: 20px 32px 40px; max-width: 1400px; }
    h2 { font-size: 17px; margin: 28px 0 10px; }
    h3 { font-size: 15px; margin: 22px 0 8px; }
    .verdict { display: inline-block; padding: 3px 10px; border-radius: 12px; font-weight: 600; margin-left: 8px; font-size: 13px; }
    .verdict.pass { background: #d7f0df; color: var(--ok); }
    .verdict.fail { background: #fde2e0; color: var(--error); }
    .verdict.bad-input { background: #fff1cc; color: var(--warning); }
    .cards { display: flex; flex-wrap: wrap; gap: 12px; margin-top: 16px; }
    .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 130px; }
    .card .n { font-size: 26px; font-weight: 650; }
    .card .l { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
    .card.error .n { color: var(--error); } .card.warning .n { color: var(--warning); }
    .card.info .n { color: var(--info); } .card.suppressed .n { color: var(--suppressed); }
    .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(420px, 1fr)); gap: 16px; }
    .panel { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; }
    th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
    th { font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .03em; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    code, .mono { font-family: SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
    td > code:first-child { white-space: nowrap; }
    table.compact { width: auto; min-width: 60%; }
    table.findings { table-layout: fixed; } table.findings td { overflow-wrap: anywhere; }
    .sev { display: inline-block; padding: 1px 8px; border-radius: 10px; font-size: 12px; font-weight: 600; color: #fff; }
    .sev.error { background: var(--error); } .sev.warning { background: var(--warning); } .sev.info { background: var(--info); }
    .sev.suppressed { background: var(--suppressed); }
    .tag { display: inline-block; padding: 0 6px; border-radius: 4px; background: #eef1f4; color: #3c4043; font-size: 12px; }
    .manifest { background: var(--card); border: 1px solid var(--line); border-radius: 8px; margin: 14px 0; }
    .manifest > h3 { margin: 0; padding: 10px 14px; border-bottom: 1px solid var(--line); background: #fafbfc; border-radius: 8px 8px 0 0; }
    .manifest > h3 .file { font-weight: 400; color: var(--muted); font-size: 13px; margin-left: 8px; }
    .finding td { padding: 8px; }
    tr.suppressed td { color: var(--muted); }
    .msg { font-weight: 500; }
    .fix { margin-top: 4px; }
    .waiver { margin-top: 4px; padding: 4px 8px; background: #f1f3f4; border-left: 3px solid var(--suppressed); }
    table.evidence { margin-top: 6px; width: auto; background: #fafbfc; }
    table.evidence td, table.evidence th { padding: 2px 8px; border-bottom: 1px solid #eceff1; font-size: 12.5px; }
    .where { color: var(--muted); font-size: 12.5px; }
    a { color: #0b57d0; text-decoration: none; } a:hover { text-decoration: underline; }
    .status { color: var(--muted); font-size: 12px; }
    footer { color: var(--muted); font-size: 12px; padding: 0 32px 24px; }
    svg text { font: 12px -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: #1f2328; }
    @media print { header { background: #fff; color: #000; } header p { color: #333; } .panel, .manifest { break-inside: avoid; } }
    """
}
