#!/usr/bin/env python3
"""Field-level accuracy of the `cannlytics` COA parser on the eight sample COAs.

Measurement tooling, not product. It scores cannlytics' `COAdoc(method='algorithm')` against the
same hand-checked fixtures and the same counting as the Swift test `AccuracyTests`
(Tests/S2SCOATests/Support/FixtureComparison.swift): every header field, every panel status, and
each analyte's result, status, limit and extra printed values count once.

Setup (outside the repository):
    python3 -m venv /tmp/cannlytics-venv
    /tmp/cannlytics-venv/bin/pip install "cannlytics[coa]==1.0.5"
Run (networking is not needed; `unshare -n` proves it):
    unshare -n /tmp/cannlytics-venv/bin/python Docs/coa-accuracy/cannlytics_accuracy.py

Two numbers are printed: over all expected fields, and over the fields cannlytics' output schema can
express at all (it has no inhalable flag, release date, recomputed Total THC, cannabinoid/terpene/
moisture panel status, or 'any detection' limit). Where cannlytics cannot tell not-detected or
below-LOQ from a missing value, a None or 0 counts as correct, which favours it.
"""
import argparse
import decimal
import json
import os
import sys
import unicodedata
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, '..', '..'))

UNITS = {'%': 'pct', 'percent': 'pct', 'pct': 'pct', 'mg/g': 'mg/g', 'µg/g': 'ug/g', 'ug/g': 'ug/g', 'μg/g': 'ug/g',
         'ppm': 'ug/g', 'µg/kg': 'ug/kg', 'ug/kg': 'ug/kg', 'ppb': 'ug/kg', 'cfu/g': 'cfu/g', 'aw': 'aw',
         'mg/unit': 'mg/unit', 'mg/serving': 'mg/serving', 'mg/package': 'mg/package'}
UG_PER_G = {'pct': Decimal(10000), 'mg/g': Decimal(1000), 'ug/g': Decimal(1), 'ug/kg': Decimal('0.001')}
PANEL_STATUS_KEYS = {'pesticides': 'pesticides_status', 'heavy_metals': 'heavy_metals_status',
                     'microbials': 'microbials_status', 'mycotoxins': 'mycotoxins_status',
                     'residual_solvents': 'residual_solvents_status', 'foreign_material': 'foreign_matter_status',
                     'water_activity': 'water_activity_status'}
NOT_EXPRESSIBLE_FIELDS = {'inhalable', 'dates.released', 'computed_total_thc'}


def analyte_key(name):
    s = unicodedata.normalize('NFKC', name or '').lower()
    out = ''
    for ch in s:
        out += {'δ': 'delta', 'Δ': 'delta', 'α': 'alpha', 'β': 'beta', 'γ': 'gamma', '∆': 'delta'}.get(ch, ch)
    return ''.join(c for c in out if c.isascii() and c.isalnum())


def ligature_fold(key):
    out, i = '', 0
    while i < len(key):
        if key[i] == 'f' and i + 1 < len(key):
            n = key[i + 1]
            if n == 'f' and i + 2 < len(key) and key[i + 2] in 'il':
                i += 3
                continue
            if n in 'fil':
                i += 2
                continue
        out += key[i]
        i += 1
    return out


def load_vocabulary(path):
    by_key, by_fold = {}, {}
    for a in json.load(open(path))['analytes']:
        for n in a['names'] + [a['id']]:
            k = analyte_key(n)
            by_key[k] = a['id']
            by_fold[ligature_fold(k)] = a['id']
    return by_key, by_fold


def parse_amount(text):
    t = text.strip()
    below = t.startswith('<')
    if below:
        t = t[1:]
    parts = t.split(' ', 1)
    if len(parts) != 2:
        return None
    unit = UNITS.get(parts[1].lower())
    if unit is None:
        return None
    return Decimal(parts[0]), unit, below


def to_decimal(v):
    if v is None or isinstance(v, bool):
        return None
    try:
        return Decimal(repr(v)) if isinstance(v, float) else Decimal(str(v).strip().rstrip('%'))
    except (decimal.InvalidOperation, ValueError):
        return None


def convert(value, unit, target):
    if unit == target:
        return value
    if unit in UG_PER_G and target in UG_PER_G:
        return value * UG_PER_G[unit] / UG_PER_G[target]
    return None


def same_amount(value, unit, expected):
    e = parse_amount(expected)
    d = to_decimal(value)
    if e is None or d is None or unit is None:
        return False
    c = convert(d, unit, e[1])
    return c is not None and abs(c - e[0]) < Decimal('1e-9')


def norm(s):
    return ' '.join(str(s).lower().split())


def run_cannlytics(pdf):
    """Returns (parsed output, raw algorithm output or {})."""
    from cannlytics.data.coas import COAdoc
    import cannlytics.data.coas.parser as parser_module
    captured = {}
    original = parser_module.adapt_algorithm_output

    def capture(raw_output, *args, **kwargs):
        captured['raw'] = raw_output
        return original(raw_output, *args, **kwargs)

    parser_module.adapt_algorithm_output = capture
    try:
        try:
            doc = COAdoc(method='algorithm', qrustie_path=False)
        except TypeError:
            doc = COAdoc(method='algorithm')
        out = doc.parse(pdf)
    except Exception as e:  # noqa: BLE001 - any failure counts as nothing read
        out = {'error': repr(e)}
    finally:
        parser_module.adapt_algorithm_output = original
    return out, captured.get('raw') or {}


def results_of(out):
    rows = []
    for analysis, a in (out.get('analyses') or {}).items():
        for r in a.get('results') or []:
            rows.append(r)
    return rows


def find_row(rows, analyte_id, vocab):
    by_key, by_fold = vocab
    for r in rows:
        if r.get('key') == analyte_id:
            return r
    for r in rows:
        k = analyte_key(r.get('name'))
        if by_key.get(k) == analyte_id or by_fold.get(ligature_fold(k)) == analyte_id:
            return r
    return None


def row_unit(r):
    return UNITS.get(str(r.get('units') or '').lower())


def result_ok(r, expected):
    if r is None:
        return False
    v = r.get('value')
    if parse_amount(expected) is not None and not expected.startswith('<'):
        if same_amount(v, row_unit(r), expected):
            return True
        return r.get('mg_g') is not None and same_amount(r.get('mg_g'), 'mg/g', expected)
    lowered = str(v).lower() if isinstance(v, str) else None
    if expected == 'not_detected':
        return v in (None, 0, 0.0) or lowered in ('nd', 'not detected')
    if expected == 'below_loq':
        return v in (None, 0, 0.0) or (lowered is not None and ('loq' in lowered or 'blq' in lowered))
    if expected.startswith('<'):
        return lowered is not None and lowered.replace(' ', '') == expected.split(' ')[0]
    return False


STATUS_SYNONYMS = {'not_tested': ('nt', 'not tested'), 'not_applicable': ('n/a', 'na'),
                   'tested': ('complete', 'completed'), 'not_evaluated': ('ne', 'not evaluated')}


def status_ok(actual, expected):
    a = (actual or '').strip().lower()
    if expected is None:
        return a in ('', 'none')
    return a == expected or a in STATUS_SYNONYMS.get(expected, ())


def header_value(field, md, raw):
    def get(*keys):
        for k in keys:
            for src in (md, raw):
                if src.get(k) not in (None, ''):
                    return src.get(k)
        return None
    return {
        'lab.name': get('lab'), 'lab.license': get('lab_license_number'), 'sample_id': get('sample_id', 'lab_id'),
        'batch': get('batch_number'), 'source_tag': get('metrc_source_id'), 'lab_sample_tag': get('metrc_lab_id'),
        'product_name': get('product_name'), 'matrix': get('product_type'), 'status': get('status'),
        'dates.tested': get('date_tested'), 'dates.received': get('date_received'), 'dates.sampled': get('date_collected'),
        'dates.expires': get('date_expires'), 'total_thc': get('total_thc'),
    }.get(field)


def header_ok(field, expected, actual):
    alternatives = expected['any_of'] if isinstance(expected, dict) else [expected]
    for e in alternatives:
        if e is None and actual in (None, ''):
            return True
        if e is None or actual in (None, ''):
            continue
        if field == 'total_thc':
            if same_amount(actual, 'pct', e):
                return True
        elif field.startswith('dates.'):
            if str(actual)[:10] == e:
                return True
        elif isinstance(e, bool):
            continue
        elif norm(e) == norm(actual):
            return True
    return False


def score(fixture, out, raw, vocab):
    """Yields (field, ok, expressible)."""
    md = out.get('metadata') or {}
    for field, expected in sorted(fixture['fields'].items()):
        yield field, header_ok(field, expected, header_value(field, md, raw)), field not in NOT_EXPRESSIBLE_FIELDS
    for kind, expected in sorted(fixture['panels'].items()):
        key = PANEL_STATUS_KEYS.get(kind)
        actual = (raw.get(key) or md.get(key)) if key else None
        ok = key is not None and status_ok(actual, expected) and (expected is not None or key in raw or key in md)
        yield 'panel ' + kind, bool(ok), key is not None
    rows = results_of(out)
    for a in fixture['analytes']:
        r = find_row(rows, a['id'], vocab)
        if 'result' in a:
            yield a['id'] + '.result', result_ok(r, a['result']), True
        if 'status' in a:
            yield a['id'] + '.status', r is not None and bool(status_ok(r.get('status'), a['status'])), True
        if 'limit' in a:
            lim = a['limit']
            expressible = parse_amount(lim) is not None
            yield a['id'] + '.limit', r is not None and expressible and same_amount(r.get('limit'), row_unit(r), lim), expressible
        for also in a.get('also', []):
            ok = r is not None and ((r.get('mg_g') is not None and same_amount(r.get('mg_g'), 'mg/g', also))
                                    or same_amount(r.get('value'), row_unit(r), also))
            yield a['id'] + '.also ' + also, ok, True
    if 'computed_total_thc' in fixture:
        yield 'computed_total_thc', False, False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', default=os.path.join(REPO, '..', 'shared'))
    ap.add_argument('--fixtures', default=os.path.join(REPO, 'Tests', 'S2SCOATests', 'Fixtures', 'expected'))
    ap.add_argument('--analytes', default=os.path.join(REPO, 'Rules', 'lab-profiles', 'analytes.json'))
    ap.add_argument('--details', action='store_true', help='print every field')
    args = ap.parse_args()
    vocab = load_vocabulary(args.analytes)
    total = [0, 0, 0, 0]
    print('| COA | lab identified | all fields | expressible fields |')
    print('|---|---|---|---|')
    for name in sorted(os.listdir(args.fixtures)):
        if not name.endswith('.json'):
            continue
        fixture = json.load(open(os.path.join(args.fixtures, name)))
        out, raw = run_cannlytics(os.path.join(args.shared, fixture['pdf']))
        checks = list(score(fixture, out, raw, vocab))
        ok_all = sum(1 for _, ok, _ in checks if ok)
        expr = [(f, ok) for f, ok, e in checks if e]
        ok_expr = sum(1 for _, ok in expr if ok)
        total[0] += ok_all
        total[1] += len(checks)
        total[2] += ok_expr
        total[3] += len(expr)
        lab = out.get('lab_identified') or out.get('error', 'no')
        print(f'| {name[:-5]} | {lab} | {ok_all}/{len(checks)} | {ok_expr}/{len(expr)} |')
        if args.details:
            print(name[:-5], file=sys.stderr)
            for f, ok, e in checks:
                print(f'    {"ok " if ok else "MISS"} {f}{"" if e else " (not expressible)"}', file=sys.stderr)
    print(f'| **total** | | **{total[0]}/{total[1]} = {100 * total[0] / total[1]:.1f} %** | '
          f'**{total[2]}/{total[3]} = {100 * total[2] / total[3]:.1f} %** |')


if __name__ == '__main__':
    main()
