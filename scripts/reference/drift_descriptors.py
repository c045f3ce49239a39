"""Reference values for the drift-test descriptors (src/drift/stattests/*) and for `evidently` mode.

Run: /usr/bin/python3 scripts/reference/drift_descriptors.py
Writes test/fixtures/drift/descriptors.json and test/fixtures/drift/evidently-verdicts.json.

Every descriptor is recomputed here from its stated definition with scipy/statsmodels; Evidently's
choices and formulas (legacy calculations/stattests: ks_stattest, chisquare_stattest, z_stattest,
wasserstein_distance_norm, jensenshannon + utils.get_binned_data, registry._get_default_stattest)
are re-implemented from their description, since evidently itself is not installed.
"""
import json
import math
import os
import sys

import numpy as np
import pandas as pd
import scipy
from scipy import stats
from scipy.spatial.distance import jensenshannon
from statsmodels.stats.proportion import proportions_ztest

sys.path.insert(0, os.path.dirname(__file__))
from drift_samples import resolve  # noqa: E402

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "test", "fixtures", "drift")
ORACLE = f"scipy {scipy.__version__}, numpy {np.__version__}, pandas {pd.__version__}"


def num(x):
    if x is None:
        return None
    x = float(x)
    if math.isnan(x):
        return None
    if math.isinf(x):
        return "Infinity" if x > 0 else "-Infinity"
    return x


def spec(kind, seed, n, **extra):
    return {"kind": kind, "seed": seed, "n": n, **extra}


# ---------------------------------------------------------------- categories and binning


def categories_of(ref, cur):
    """Union of values (sorted), with counts per side."""
    keys = sorted(set(ref) | set(cur))
    rc = np.array([np.sum(ref == k) for k in keys], float)
    cc = np.array([np.sum(cur == k) for k in keys], float)
    return keys, rc, cc


def quantile_bins(ref, cur, bins=10):
    edges = np.unique(np.quantile(ref, [k / bins for k in range(1, bins)]))
    rc = np.bincount(np.searchsorted(edges, ref, side="right"), minlength=len(edges) + 1).astype(float)
    cc = np.bincount(np.searchsorted(edges, cur, side="right"), minlength=len(edges) + 1).astype(float)
    return rc, cc


def filled(counts, empty=1e-4):
    p = counts / counts.sum()
    return np.where(p == 0, empty, p)


def pool_rare(rc, cc, minimum=5.0):
    """Categories whose smaller expected count is below 5 merged into one column."""
    total = rc.sum() + cc.sum()
    smaller = min(rc.sum(), cc.sum())
    col = rc + cc
    keep = col > 0
    rare = keep & (smaller * col / total < minimum)
    common = keep & ~rare
    r, c = list(rc[common]), list(cc[common])
    if rare.any():
        r.append(rc[rare].sum())
        c.append(cc[rare].sum())
    return np.array(r), np.array(c)


def hellinger(p, q):
    p, q = p / p.sum(), q / q.sum()
    return math.sqrt(0.5 * np.sum((np.sqrt(p) - np.sqrt(q)) ** 2))


def evidently_binned(ref, cur, numeric):
    """Evidently get_binned_data(..., feel_zeroes=False) for the Jensen–Shannon test."""
    if numeric and len(np.unique(ref)) > 20:
        bins = np.histogram_bin_edges(np.concatenate([ref, cur]), bins="sturges")
        return np.histogram(ref, bins)[0] / len(ref), np.histogram(cur, bins)[0] / len(cur)
    keys = sorted(set(ref) | set(cur), key=str)  # sorted: the sums must not depend on hash order
    return (np.array([np.sum(ref == k) / len(ref) for k in keys]),
            np.array([np.sum(cur == k) / len(cur) for k in keys]))


def z_test(ref, cur):
    """Evidently z: share of values other than the first sorted key; p = 1 for one shared value."""
    keys = sorted(set(ref) | set(cur))
    if len(keys) == 1:
        return 0.0, 1.0
    c1, c2 = np.sum(ref != keys[0]), np.sum(cur != keys[0])
    z, p = proportions_ztest([c1, c2], [len(ref), len(cur)])
    return z, p


def evidently_chisquare(ref, cur):
    keys, rc, cc = categories_of(ref, cur)
    f_exp = rc * (len(cur) / len(ref))
    r = stats.chisquare(cc, f_exp)
    return r.statistic, r.pvalue


def normed_wasserstein(ref, cur):
    return stats.wasserstein_distance(ref, cur) / max(np.std(ref), 0.001)


def effect_numeric(ref, cur):
    w = stats.wasserstein_distance(ref, cur)
    if w == 0:
        return 0.0
    s = np.std(ref)
    if s == 0:
        s = np.std(np.concatenate([ref, cur]))
    return w / s


def tie_factor(ref, cur):
    _, t = np.unique(np.concatenate([ref, cur]), return_counts=True)
    n = len(ref) + len(cur)
    return float(np.sum(t.astype(float) ** 3 - t) / (n ** 3 - n))


# ---------------------------------------------------------------- descriptors


def descriptor_results(ref, cur, numeric):
    """{test id: {statistic, pValue}} for every test that applies to the column kind."""
    out = {}
    keys, rc, cc = categories_of(ref, cur)
    pr, pc = pool_rare(rc, cc)
    if len(pr) >= 2:
        c = stats.chi2_contingency(np.array([pr, pc]))
        out["chi2"] = (c.statistic, c.pvalue)
    else:
        out["chi2"] = (0.0, 1.0)
    out["chisquare"] = evidently_chisquare(ref, cur)
    out["z"] = z_test(ref, cur)
    if numeric:
        rb, cb = quantile_bins(ref, cur)
    else:
        rb, cb = rc, cc
    rf, cf = filled(rb), filled(cb)
    out["psi"] = (np.sum((rf - cf) * np.log(rf / cf)), None)
    out["jensenshannon"] = (jensenshannon(rb, cb), None)  # raw bins: the mixture needs no fill
    out["kl_div"] = (stats.entropy(rf, cf), None)
    out["hellinger"] = (hellinger(rf, cf), None)
    out["tvd"] = (0.5 * np.sum(np.abs(rb / rb.sum() - cb / cb.sum())), None)
    er, ec = evidently_binned(ref, cur, numeric)
    out["evidently_jensenshannon"] = (jensenshannon(er, ec), None)
    if numeric:
        k = stats.ks_2samp(ref, cur)
        out["ks"] = (k.statistic, k.pvalue)
        out["wasserstein"] = (normed_wasserstein(ref, cur), None)
        if len(np.unique(np.concatenate([ref, cur]))) > 1:
            a = stats.anderson_ksamp([ref, cur])
            out["anderson"] = (a.statistic, a.pvalue)
        else:
            out["anderson"] = (0.0, 1.0)
        if tie_factor(ref, cur) <= 0.01:
            c = stats.cramervonmises_2samp(ref, cur)
            out["cramer_von_mises"] = (c.statistic, c.pvalue)
        m = stats.mannwhitneyu(ref, cur)
        out["mannw"] = (m.statistic, 1.0 if math.isnan(m.pvalue) else m.pvalue)
    return {k: {"statistic": num(s), "pValue": num(p)} for k, (s, p) in out.items()}


def descriptors():
    numeric = [
        ("normal shift", spec("normal", 101, 400), spec("normal", 102, 350, shift=0.25)),
        ("same distribution", spec("normal", 103, 300), spec("normal", 104, 320)),
        ("heavy ties five levels", spec("levels", 105, 300, levels=5), spec("levels", 106, 280, levels=5)),
        ("skewed large", spec("skewed", 107, 3000), spec("skewed", 108, 2500, scale=1.25)),
        ("binary", spec("levels", 109, 200, levels=2), spec("levels", 110, 220, levels=2)),
        ("constant reference", spec("levels", 111, 50, levels=1), spec("levels", 112, 60, levels=2)),
        ("constant both", spec("levels", 113, 40, levels=1), spec("levels", 114, 30, levels=1)),
        ("new values in current", spec("levels", 115, 300, levels=3), spec("levels", 116, 300, levels=4)),
    ]
    cases = []
    for name, a, b in numeric:
        ref, cur = resolve(a), resolve(b)
        cases.append({"name": name, "kind": "numeric", "reference": a, "current": b,
                      "effectSize": num(effect_numeric(ref, cur)), "expected": descriptor_results(ref, cur, True)})
    categorical = [
        ("three categories", {"a": 50, "b": 30, "c": 20}, {"a": 40, "b": 35, "c": 25}),
        ("new category", {"a": 40, "b": 35, "c": 25}, {"a": 30, "b": 30, "c": 25, "d": 15}),
        ("category gone", {"a": 40, "b": 35, "c": 25, "d": 10}, {"a": 45, "b": 30, "c": 25}),
        ("binary", {"yes": 700, "no": 300}, {"yes": 640, "no": 360}),
        ("single shared category", {"only": 30}, {"only": 45}),
        ("disjoint categories", {"a": 30}, {"b": 20}),  # jensenshannon = sqrt(ln 2) with no fill
        ("rare categories pooled", {**{f"k{i}": 40 - 3 * i for i in range(10)}, "r1": 2, "r2": 1, "r3": 3},
         {**{f"k{i}": 38 - 2 * i for i in range(10)}, "r1": 0, "r2": 4, "r4": 1}),
    ]
    for name, rdict, cdict in categorical:
        ref = np.array([k for k, v in rdict.items() for _ in range(v)], dtype=object)
        cur = np.array([k for k, v in cdict.items() for _ in range(v)], dtype=object)
        _, rc, cc = categories_of(ref, cur)
        cases.append({"name": name, "kind": "categorical", "reference": rdict, "current": cdict,
                      "effectSize": num(hellinger(rc, cc)), "expected": descriptor_results(ref, cur, False)})
    return cases


# ---------------------------------------------------------------- Evidently verdicts on real-looking data


def evidently_column(ref, cur, numeric):
    """Evidently's default stattest for one column, its score and its drift decision."""
    ref = ref.replace([np.inf, -np.inf], np.nan).dropna()
    cur = cur.replace([np.inf, -np.inf], np.nan).dropna()
    n_values = pd.concat([ref, cur]).nunique()
    r, c = ref.to_numpy(), cur.to_numpy()
    if ref.shape[0] <= 1000:
        if numeric and n_values > 5:
            p = stats.ks_2samp(r, c).pvalue
            return "ks", p, p <= 0.05
        if n_values > 2:
            p = evidently_chisquare(r, c)[1]
            return "chisquare", p, p < 0.05
        _, p = z_test(r, c)
        return "z", p, p < 0.05
    if numeric and n_values > 5:
        w = normed_wasserstein(r, c)
        return "wasserstein", w, w >= 0.1
    er, ec = evidently_binned(r, c, numeric)
    js = jensenshannon(er, ec)
    return "evidently_jensenshannon", js, js >= 0.1


def evidently_verdicts():
    frame = pd.read_csv(os.path.join(OUT, "mixed.csv"))
    cases = []
    for name, ref_rows, cur_rows in [("small reference (800 rows)", (0, 800), (800, 1500)),
                                     ("large reference (1500 rows)", (0, 1500), (1500, 3000)),
                                     ("boundary 1000 rows", (0, 1000), (1000, 2000))]:
        ref = frame.iloc[ref_rows[0]:ref_rows[1]]
        cur = frame.iloc[cur_rows[0]:cur_rows[1]]
        columns = []
        for column in frame.columns:
            numeric = pd.api.types.is_numeric_dtype(frame[column])
            test, score, drifted = evidently_column(ref[column], cur[column], numeric)
            columns.append({"name": column, "test": test, "score": num(score), "drifted": bool(drifted)})
        drifted = sum(c["drifted"] for c in columns)
        cases.append({"name": name, "referenceRows": list(ref_rows), "currentRows": list(cur_rows), "columns": columns,
                      "drifted": drifted, "share": drifted / len(columns), "datasetDrift": drifted / len(columns) >= 0.5})
    return cases


if __name__ == "__main__":
    with open(os.path.join(OUT, "descriptors.json"), "w") as f:
        json.dump({"oracle": ORACLE, "script": "scripts/reference/drift_descriptors.py", "cases": descriptors()}, f, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, "evidently-verdicts.json"), "w") as f:
        json.dump({"oracle": ORACLE + " (Evidently's legacy rule and formulas, re-implemented)",
                   "script": "scripts/reference/drift_descriptors.py", "data": "test/fixtures/drift/mixed.csv",
                   "cases": evidently_verdicts()}, f, indent=1)
        f.write("\n")
    print("wrote descriptors.json, evidently-verdicts.json")
