"""Reference values for the drift statistics in src/stats/, from scipy 1.10.1 and statsmodels 0.13.5.

Run: /usr/bin/python3 scripts/reference/drift_stats.py
Writes test/fixtures/stats/<area>.json. Samples are either inline lists or generator specs
(scripts/reference/drift_samples.py, mirrored by test/stats/dyadic-sample.ts).
"""
import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
import statsmodels
from scipy import special, stats
from scipy.spatial.distance import jensenshannon
from scipy.stats._hypotests import _cdf_cvm_inf
from statsmodels.stats.multitest import multipletests
from statsmodels.stats.proportion import proportions_ztest

sys.path.insert(0, os.path.dirname(__file__))
from drift_samples import resolve  # noqa: E402

warnings.simplefilter("ignore")
ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "test", "fixtures", "stats")
ORACLE = f"scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}"


def num(x):
    """JSON number or null (NaN), with ±Infinity as strings JSON can carry."""
    x = float(x)
    if math.isnan(x):
        return None
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def write(name, payload):
    payload = {"oracle": ORACLE, "script": "scripts/reference/drift_stats.py", **payload}
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(payload, f, indent=1)
        f.write("\n")


def spec(kind, seed, n, **extra):
    return {"kind": kind, "seed": seed, "n": n, **extra}


# Sample pairs shared by the two-sample tests (KS, Anderson–Darling, Cramér–von Mises, Mann–Whitney).
SMALL_A = [0.61, -1.2, 0.33, 2.05, -0.48, 1.11, 0.02, -0.9]
SMALL_B = [1.4, 0.75, 2.2, 0.1, 1.9, 0.95, 1.05, 2.6]
PAIRS = [
    ("small equal sizes", SMALL_A, SMALL_B),
    ("small unequal sizes", SMALL_A[:7], SMALL_B + [0.3, -0.2, 1.6]),
    ("small with ties", [1, 2, 2, 3, 4, 4, 4, 5, 7], [2, 3, 3, 5, 5, 6, 6, 8, 8, 9]),
    ("disjoint", [1, 2, 3, 4, 5], [6, 7, 8, 9, 10, 11, 12]),
    ("identical", SMALL_A, SMALL_A),
    ("single value against many", [0.5], SMALL_B + [0.3, -0.2]),
    ("heavy ties three levels", spec("levels", 11, 50, levels=3), spec("levels", 12, 60, levels=3)),
    ("binary levels", spec("levels", 13, 40, levels=2), spec("levels", 14, 45, levels=2)),
    ("twenty a side", spec("normal", 15, 20), spec("normal", 16, 20, shift=0.25)),
    ("twenty against twenty-one", spec("normal", 17, 20), spec("normal", 18, 21, shift=0.125)),
    ("medium exact", spec("normal", 21, 3000), spec("normal", 22, 4000, shift=0.0625)),
    ("exact equal 10000", spec("normal", 23, 10000), spec("normal", 24, 10000, shift=0.015625)),
    ("exact 5000 against 7000", spec("normal", 25, 5000), spec("normal", 26, 7000, scale=1.125)),
    ("rounded values", spec("normal", 27, 800, grid=3), spec("normal", 28, 900, grid=3, shift=0.125)),
    ("asymptotic 12000 against 8000", spec("normal", 31, 12000), spec("normal", 32, 8000, shift=0.03125)),
    ("asymptotic with ties", spec("levels", 33, 20000, levels=7), spec("levels", 34, 20000, levels=7)),
    ("asymptotic large no shift", spec("normal", 35, 200000), spec("normal", 36, 150000)),
    ("asymptotic large shifted", spec("normal", 37, 200000), spec("normal", 38, 150000, shift=0.015625)),
    ("asymptotic Pelz-Good", spec("normal", 39, 300000), spec("normal", 40, 300000)),
    ("skewed medium", spec("skewed", 41, 1500), spec("skewed", 42, 1200, scale=1.25)),
]


def distributions():
    chi2 = []
    for df in [1, 2, 3, 5, 10, 30, 100, 1000, 10000]:
        for f in [0.001, 0.1, 0.5, 1.0, 1.5, 2.0, 4.0]:
            x = df * f
            chi2.append([x, df, num(stats.chi2.sf(x, df)), num(stats.chi2.cdf(x, df))])
    chi2 += [[150.0, 2, num(stats.chi2.sf(150.0, 2)), 1.0], [400.0, 10, num(stats.chi2.sf(400.0, 10)), 1.0]]
    kstwo = []
    for n in [1, 2, 5, 10, 50, 140, 141, 500, 1000, 5000, 100000, 100001, 500000, 2000000]:
        ds = [c / math.sqrt(n) for c in [0.3, 0.5, 0.7, 0.87, 1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 5.0]]
        ds += [0.6 / n, 0.9 / n, 0.5, 0.7, 1 - 0.5 / n]
        for d in ds:
            if 0 < d < 1:
                kstwo.append([n, d, num(stats.kstwo.sf(d, n))])
    smirnov = []
    for n in [1, 5, 20, 100, 1012, 1013, 5000, 100000]:
        for d in [0.001, 0.01, 0.05, 0.1, 0.3, 0.5, 0.9]:
            smirnov.append([n, d, num(special.smirnov(n, d))])
    gammaln = [[x, num(special.gammaln(x))] for x in [0.1, 0.5, 1.0, 1.5, 2.0, 3.3, 9.9, 10.0, 25.5, 171.0, 1e5]]
    kv = [[nu, x, num(special.kv(nu, x))] for nu in [0.25, 0.75, 1.25] for x in [0.01, 0.1, 0.5, 1.0, 2.0, 5.0, 20.0, 100.0]]
    cvm_inf = [[x, num(_cdf_cvm_inf(x))] for x in [0.003, 0.01, 0.05, 0.1, 0.2, 0.3, 0.461, 0.7, 1.0, 1.5, 2.0, 3.0]]
    write("distributions.json", {
        "chi2": {"columns": ["x", "df", "sf", "cdf"], "rows": chi2},
        "kstwo": {"columns": ["n", "d", "sf"], "rows": kstwo},
        "smirnov": {"columns": ["n", "d", "sf"], "rows": smirnov},
        "gammaln": {"columns": ["x", "value"], "rows": gammaln},
        "kv": {"columns": ["nu", "x", "value"], "rows": kv},
        "cvmInfCdf": {"columns": ["x", "cdf"], "rows": cvm_inf},
    })


def ks():
    cases = []
    for name, a, b in PAIRS:
        x, y = resolve(a), resolve(b)
        r = stats.ks_2samp(x, y)
        method = "exact" if max(len(x), len(y)) <= 10000 else "asymptotic"
        cases.append({"name": name, "reference": a, "current": b,
                      "statistic": num(r.statistic), "pValue": num(r.pvalue), "method": method})
    write("ks-two-sample.json", {"function": "scipy.stats.ks_2samp(reference, current) (two-sided, method='auto')",
                                 "cases": cases})


AREAS = {"distributions": distributions, "ks": ks}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(AREAS)
    for area in chosen:
        AREAS[area]()
        print("wrote", area)
