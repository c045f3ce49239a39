"""Reference moments for test/sketch/moments.test.ts: numpy / scipy on the numeric columns of
examples/drift-report/reference.csv and test/fixtures/drift/mixed.csv (missing cells dropped).

Run: /usr/bin/python3 scripts/reference/profile_moments.py > test/fixtures/profile/moments.json
"""
import csv
import json
import sys

import numpy as np
import scipy
from scipy import stats

FILES = ["examples/drift-report/reference.csv", "test/fixtures/drift/mixed.csv"]


def numeric_columns(path):
    with open(path, newline="") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    out = {}
    for j, name in enumerate(header):
        cells = [r[j].strip() for r in body]
        try:
            values = [float(c) for c in cells if c != ""]
        except ValueError:
            continue
        if values:
            out[name] = values
    return out


cases = []
for path in FILES:
    for name, values in numeric_columns(path).items():
        x = np.array(values, dtype=np.float64)
        d = x - x.mean()
        cases.append({
            "file": path,
            "column": name,
            "n": int(x.size),
            "mean": float(x.mean()),
            "m2": float(np.sum(d ** 2)),
            "m3": float(np.sum(d ** 3)),
            "m4": float(np.sum(d ** 4)),
            "std": float(np.std(x)),
            "skewness": float(stats.skew(x, bias=True)) if np.std(x) > 0 else None,
            "kurtosis": float(stats.kurtosis(x, fisher=True, bias=True)) if np.std(x) > 0 else None,
        })

json.dump({"generator": f"numpy {np.__version__}, scipy {scipy.__version__}", "cases": cases}, sys.stdout, indent=1)
print()
