"""A realistic clean dataset, a corrupted copy with injected defects, the schema both are checked
against, and the findings validate-data must report on the corrupted copy (exact rows).

Clean data: scikit-learn's breast cancer data set (569 rows), ten of its measurements, plus a
patient id, a sample code, the diagnosis as a category, a clinic site (seeded random, a few
missing) and a visit date (seeded random). Defects are injected at seeded random rows; the
expected findings are then computed independently with pandas from the corrupted file as written
(tokens read back as text), and asserted equal to the injected rows.

Run: /usr/bin/python3 scripts/reference/validate_data_fixtures.py
Writes test/fixtures/validate-data/{clean.csv, corrupted.csv, schema.yml, corrupted-findings.json}
and the same csv/yml files under examples/validate-data/."""
import json
import os
import re
import shutil

import numpy as np
import pandas as pd
import sklearn
from sklearn.datasets import load_breast_cancer

ROOT = os.path.join(os.path.dirname(__file__), '..', '..')
FIXTURES = os.path.join(ROOT, 'test', 'fixtures', 'validate-data')
EXAMPLES = os.path.join(ROOT, 'examples', 'validate-data')
SEED = 20240611

FEATURES = {
    # sklearn name: (column, schema bounds as YAML text)
    'mean radius': ('mean_radius', 'min: 5, max: 35'),
    'mean texture': ('mean_texture', 'min: 5, max: 45'),
    'mean perimeter': ('mean_perimeter', 'min: 30, max: 250'),
    'mean area': ('mean_area', 'min: 100, max: 3000'),
    'mean smoothness': ('mean_smoothness', 'exclusive_min: 0, max: 0.25'),
    'mean compactness': ('mean_compactness', 'min: 0, max: 0.5'),
    'mean concavity': ('mean_concavity', 'min: 0, max: 0.5'),
    'mean symmetry': ('mean_symmetry', 'min: 0, max: 0.5'),
    'worst radius': ('worst_radius', 'min: 5, max: 45'),
    'worst area': ('worst_area', 'min: 100, max: 5000'),
}
SITES = ['north', 'south', 'east', 'west']

SCHEMA = """# Schema for the breast-cancer example (scripts/reference/validate_data_fixtures.py).
columns:
  patient_id:       { type: integer, unique: true, nullable: false }
  sample_code:      { type: string, pattern: '^BC-\\d{5}$', nullable: false }
  diagnosis:        { type: category, allowed: [benign, malignant], nullable: false }
  site:             { type: category, allowed: [east, north, south, west], max_null_fraction: 0.05 }
  visit_date:       { type: datetime, min: '2023-01-01', max: '2023-12-31', nullable: false }
""" + ''.join(
    f"  {column + ':':<18}{{ type: number, {bounds}, nullable: false }}\n" for column, bounds in FEATURES.values()
) + """rows: { min: 100 }
allow_extra_columns: false
"""


def clean_frame():
    data = load_breast_cancer(as_frame=True)
    frame = data.frame
    rng = np.random.default_rng(SEED)
    n = len(frame)
    out = pd.DataFrame({
        'patient_id': np.arange(n) + 10001,
        'sample_code': [f'BC-{i + 1:05d}' for i in range(n)],
        'diagnosis': [data.target_names[t] for t in frame['target']],
    })
    site = rng.choice(SITES, size=n, p=[0.4, 0.3, 0.2, 0.1]).astype(object)
    site[rng.choice(n, size=8, replace=False)] = None  # a few missing sites: 1.4%, allowed (≤ 5%)
    out['site'] = site
    days = rng.integers(0, 365, size=n)
    out['visit_date'] = [(pd.Timestamp('2023-01-01') + pd.Timedelta(days=int(d))).strftime('%Y-%m-%d') for d in days]
    for name, (column, _) in FEATURES.items():
        out[column] = frame[name]
    return out


def corrupt(clean):
    """Injects defects at distinct seeded rows (0-based); returns the frame as text and the rows."""
    rng = np.random.default_rng(SEED + 1)
    frame = clean.astype(object).where(clean.notna(), '').astype(str)
    n = len(frame)
    rows = iter(rng.permutation(np.arange(1, n)))  # distinct rows, so defects do not overlap
    take = lambda k: sorted(int(next(rows)) for _ in range(k))
    injected = {}

    injected['mean_radius.not_null'] = take(3)
    for r in injected['mean_radius.not_null']:
        frame.at[r, 'mean_radius'] = ''

    area_rows = take(2)
    for r, value in zip(area_rows, ['-5', '9999']):
        frame.at[r, 'mean_area'] = value
    injected['mean_area.range'] = area_rows

    smooth_rows = take(1)
    frame.at[smooth_rows[0], 'mean_smoothness'] = '0'  # exclusive_min: 0
    injected['mean_smoothness.range'] = smooth_rows

    texture_rows = take(3)
    for r, token in zip(texture_rows, ['N/A', '1,234.5', 'abc']):
        frame.at[r, 'mean_texture'] = token
    injected['mean_texture.type'] = texture_rows

    # Duplicate ids: a later row takes the id of an earlier one.
    pairs = [sorted(take(2)) for _ in range(2)]
    for a, b in pairs:
        frame.at[b, 'patient_id'] = frame.at[a, 'patient_id']
    injected['patient_id.unique'] = sorted(b for _, b in pairs)

    site_rows = take(2)
    for r in site_rows:
        frame.at[r, 'site'] = 'Atlantis'
    diagnosis_rows = take(1)
    frame.at[diagnosis_rows[0], 'diagnosis'] = 'unknown'
    injected['site.allowed'] = site_rows
    injected['diagnosis.allowed'] = diagnosis_rows

    date_rows = take(2)
    for r, token in zip(date_rows, ['2023-02-30', '2024-03-15']):
        frame.at[r, 'visit_date'] = token
    injected['visit_date.bad'] = date_rows

    code_rows = take(1)
    frame.at[code_rows[0], 'sample_code'] = 'BC-12'
    injected['sample_code.pattern'] = code_rows

    frame = frame.drop(columns=['mean_symmetry'])
    frame['notes'] = ['' if i % 7 else 'recheck' for i in range(n)]
    return frame, injected


NUMBER = re.compile(r'^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$')


def findings(path):
    """The expected findings, computed from the corrupted file read back as text with pandas."""
    text = pd.read_csv(path, dtype=str, keep_default_na=False)
    number = lambda s: pd.to_numeric(s.where(s.str.match(NUMBER)), errors='coerce')
    result = []

    def add(id_, rows_mask, examples, status='fail', **extra):
        rows = [int(i) + 1 for i in np.flatnonzero(rows_mask)]
        result.append({'id': id_, 'status': status, 'unexpectedCount': len(rows), 'unexpectedRows': rows[:20],
                       'examples': list(examples)[:20], **extra})

    radius = text['mean_radius']
    add('mean_radius.not_null', radius.str.strip() == '', ['' for _ in range((radius.str.strip() == '').sum())])

    area = number(text['mean_area'])
    bad_area = (area < 100) | (area > 3000)
    add('mean_area.range', bad_area, area[bad_area].tolist())

    smooth = number(text['mean_smoothness'])
    bad_smooth = (smooth <= 0) | (smooth > 0.25)
    add('mean_smoothness.range', bad_smooth, smooth[bad_smooth].tolist())

    texture = text['mean_texture']
    bad_texture = (texture != '') & ~texture.str.match(NUMBER)
    add('mean_texture.type', bad_texture, texture[bad_texture].tolist())

    ids = text['patient_id'].astype(int)
    dup = ids.duplicated(keep='first')
    add('patient_id.unique', dup, ids[dup].tolist(), observed=int(ids[dup].nunique()))

    site = text['site']
    bad_site = (site != '') & ~site.isin(['east', 'north', 'south', 'west'])
    add('site.allowed', bad_site, site[bad_site].tolist())

    diagnosis = text['diagnosis']
    bad_diagnosis = ~diagnosis.isin(['benign', 'malignant'])
    add('diagnosis.allowed', bad_diagnosis, diagnosis[bad_diagnosis].tolist())

    visit = pd.to_datetime(text['visit_date'], format='%Y-%m-%d', errors='coerce')
    not_date = visit.isna()
    add('visit_date.type', not_date, text['visit_date'][not_date].tolist())
    out_of_year = visit.notna() & ((visit < '2023-01-01') | (visit > '2023-12-31'))
    add('visit_date.range', out_of_year, text['visit_date'][out_of_year].tolist())

    code = text['sample_code']
    bad_code = ~code.str.match(r'^BC-\d{5}$')
    add('sample_code.pattern', bad_code, code[bad_code].tolist())

    result.append({'id': 'mean_symmetry.present', 'status': 'fail', 'observed': 'missing'})
    for check in ['type', 'not_null', 'range']:
        result.append({'id': f'mean_symmetry.{check}', 'status': 'skipped', 'reason': 'column "mean_symmetry" is missing'})
    extra = [c for c in text.columns if c not in ['patient_id', 'sample_code', 'diagnosis', 'site', 'visit_date']
             + [c for c, _ in FEATURES.values()]]
    result.append({'id': 'extra_columns', 'status': 'fail', 'unexpectedCount': len(extra), 'examples': extra})
    return result


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    os.makedirs(EXAMPLES, exist_ok=True)
    clean = clean_frame()
    clean_path = os.path.join(FIXTURES, 'clean.csv')
    clean.to_csv(clean_path, index=False, lineterminator='\n')
    corrupted, injected = corrupt(clean)
    corrupted_path = os.path.join(FIXTURES, 'corrupted.csv')
    corrupted.to_csv(corrupted_path, index=False, lineterminator='\n')
    with open(os.path.join(FIXTURES, 'schema.yml'), 'w') as f:
        f.write(SCHEMA)

    expected = findings(corrupted_path)
    # The independent computation must find exactly the injected rows.
    by_id = {f['id']: f for f in expected}
    for id_, rows in injected.items():
        if id_ == 'visit_date.bad':
            found = sorted(by_id['visit_date.type']['unexpectedRows'] + by_id['visit_date.range']['unexpectedRows'])
        else:
            found = by_id[id_]['unexpectedRows']
        assert found == [r + 1 for r in rows], (id_, found, rows)

    with open(os.path.join(FIXTURES, 'corrupted-findings.json'), 'w') as f:
        json.dump({
            'oracle': f'pandas {pd.__version__} on the corrupted file read as text; scikit-learn {sklearn.__version__} load_breast_cancer',
            'description': 'Every check id listed must have these fields; every other check must pass.',
            'findings': expected,
        }, f, indent=1)
        f.write('\n')
    for name in ['clean.csv', 'corrupted.csv', 'schema.yml']:
        shutil.copyfile(os.path.join(FIXTURES, name), os.path.join(EXAMPLES, name))


if __name__ == '__main__':
    main()
