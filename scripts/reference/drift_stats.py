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


def categorical():
    """2 × K count tables: chi2_contingency, Evidently's goodness-of-fit chisquare, the z-test."""
    tables = [
        ("two by two", [30, 70], [45, 55]),
        ("two by two Yates smaller than half", [3, 4], [5, 6]),
        ("two by two large", [50000, 50000], [50800, 49200]),
        ("three categories", [10, 20, 30], [20, 20, 20]),
        ("new category in current", [40, 35, 25, 0], [30, 30, 25, 15]),
        ("category gone from current", [40, 35, 25, 10], [45, 30, 25, 0]),
        ("identical proportions", [10, 20, 30, 40], [20, 40, 60, 80]),
        ("many categories", [int(x) for x in resolve(spec("levels", 51, 12, levels=60))] + [5, 9],
         [int(x) for x in resolve(spec("levels", 52, 12, levels=60))] + [7, 3]),
        ("tiny p-value", [5000, 3000, 2000], [3000, 3000, 4000]),
        ("single category", [17], [23]),
    ]
    contingency, gof = [], []
    for name, ref, cur in tables:
        ref_a, cur_a = np.array(ref, float), np.array(cur, float)
        keep = (ref_a + cur_a) > 0
        r = stats.chi2_contingency(np.array([ref_a[keep], cur_a[keep]]))
        contingency.append({"name": name, "reference": ref, "current": cur,
                            "statistic": num(r.statistic), "pValue": num(r.pvalue), "dof": int(r.dof)})
        # Evidently's chisquare: current counts against reference counts scaled to the current size
        f_exp = ref_a * (cur_a.sum() / ref_a.sum())
        g = stats.chisquare(cur_a, f_exp)
        gof.append({"name": name, "observed": cur, "expected": f_exp.tolist(),
                    "statistic": num(g.statistic), "pValue": num(g.pvalue)})
    ztests = []
    for c1, n1, c2, n2 in [(30, 100, 45, 100), (3, 10, 3, 10), (0, 50, 4, 60), (500, 1000, 530, 1000),
                           (1, 7, 6, 7), (480000, 1000000, 482000, 1000000), (0, 10, 10, 10), (0, 10, 0, 12)]:
        z, pv = proportions_ztest([c1, c2], [n1, n2])
        ztests.append({"counts": [c1, n1, c2, n2], "statistic": num(z), "pValue": num(pv)})
    write("categorical-tests.json", {
        "functions": {"contingency": "scipy.stats.chi2_contingency([reference, current]) (zero columns dropped)",
                      "goodnessOfFit": "scipy.stats.chisquare(observed, expected)",
                      "zTest": "statsmodels proportions_ztest([c1, c2], [n1, n2]) (pooled, two-sided)"},
        "contingency": contingency, "goodnessOfFit": gof, "zTest": ztests})


def corrections():
    rng = np.random.default_rng(7)
    families = [
        ("ten uniform", rng.uniform(size=10).tolist()),
        ("thirty with signal", np.concatenate([rng.uniform(0, 0.01, 5), rng.uniform(size=25)]).tolist()),
        ("ties and bounds", [0.01, 0.01, 0.04, 0.04, 0.0, 1.0, 0.5, 0.03]),
        ("single", [0.03]),
        ("all tiny", [1e-12, 3e-9, 2e-5, 1e-4]),
        ("boundary", [0.05 / 3, 0.05 / 2, 0.05]),
    ]
    cases = []
    for name, p in families:
        for method, ours in [("fdr_bh", "bh"), ("holm", "holm"), ("bonferroni", "bonferroni")]:
            for alpha in [0.05, 0.1]:
                reject, corrected, _, _ = multipletests(p, alpha=alpha, method=method)
                cases.append({"name": name, "method": ours, "alpha": alpha, "pValues": p,
                              "adjusted": [num(x) for x in corrected], "reject": [bool(x) for x in reject]})
    write("multiple-testing.json", {"function": "statsmodels.stats.multitest.multipletests(p, alpha, method)",
                                    "cases": cases})


def binned(ref, cur, bins=10, empty=1e-4):
    """DESIGN.md's binning, written independently of the TypeScript: numpy quantiles, searchsorted."""
    edges = np.unique(np.quantile(ref, [k / bins for k in range(1, bins)]))
    rc = np.bincount(np.searchsorted(edges, ref, side="right"), minlength=len(edges) + 1).astype(float)
    cc = np.bincount(np.searchsorted(edges, cur, side="right"), minlength=len(edges) + 1).astype(float)
    return edges, rc, cc


def distances(rc, cc, empty=1e-4):
    rp, cp = rc / rc.sum(), cc / cc.sum()
    rf, cf = np.where(rp == 0, empty, rp), np.where(cp == 0, empty, cp)
    rn, cn = rf / rf.sum(), cf / cf.sum()
    return {
        "referenceProportions": rf.tolist(), "currentProportions": cf.tolist(),
        "psi": num(np.sum((rf - cf) * np.log(rf / cf))),
        "jensenShannon": num(jensenshannon(rf, cf)),
        "jensenShannonBase2": num(jensenshannon(rf, cf, base=2)),
        "kl": num(stats.entropy(rf, cf)),
        "hellinger": num(np.sqrt(0.5 * np.sum((np.sqrt(rn) - np.sqrt(cn)) ** 2))),
        "totalVariation": num(0.5 * np.sum(np.abs(rp - cp))),
    }


def binning():
    numeric = [
        ("normal against shifted", spec("normal", 61, 2000), spec("normal", 62, 1500, shift=0.25)),
        ("identical", spec("normal", 63, 500), spec("normal", 63, 500)),
        ("heavy ties deduplicate edges", spec("levels", 64, 1000, levels=4), spec("levels", 65, 800, levels=4)),
        ("zero inflated", spec("skewed", 66, 1000, grid=0), spec("skewed", 67, 1000, grid=0, scale=1.5)),
        ("current outside reference range", spec("normal", 68, 300), spec("normal", 69, 300, scale=4, shift=3)),
        ("rounded", spec("normal", 70, 3000, grid=2), spec("normal", 71, 2500, grid=2)),
        ("tiny reference", [1.0, 2.0, 3.0], [0.5, 2.0, 2.5, 3.5, 9.0]),
        ("large", spec("normal", 72, 100000), spec("normal", 73, 80000, shift=0.03125)),
    ]
    num_cases = []
    for name, a, b in numeric:
        ref, cur = resolve(a), resolve(b)
        edges, rc, cc = binned(ref, cur)
        w = stats.wasserstein_distance(ref, cur)
        num_cases.append({"name": name, "reference": a, "current": b, "edges": edges.tolist(),
                          "referenceCounts": rc.tolist(), "currentCounts": cc.tolist(), **distances(rc, cc),
                          "wasserstein": num(w), "referenceStd": num(np.std(ref)),
                          "wassersteinNormed": num(w / max(np.std(ref), 0.001))})
    cat_cases = []
    for name, ref, cur in [("new category", [40, 35, 25, 0], [30, 30, 25, 15]),
                           ("category gone", [40, 35, 25, 10], [45, 30, 25, 0]),
                           ("identical proportions", [10, 20, 30, 40], [20, 40, 60, 80]),
                           ("binary", [700, 300], [640, 360])]:
        cat_cases.append({"name": name, "referenceCounts": ref, "currentCounts": cur,
                          **distances(np.array(ref, float), np.array(cur, float))})
    quantiles = []
    for n in [1, 2, 3, 7, 10, 11, 101]:
        x = np.sort(resolve(spec("normal", 80 + n, n)))
        for q in [0.0, 0.1, 0.25, 0.3, 0.5, 0.7, 0.9, 1.0]:
            quantiles.append({"sample": spec("normal", 80 + n, n), "p": q, "value": num(np.quantile(x, q))})
    write("binning.json", {
        "rule": "edges = np.unique(np.quantile(reference, [k/10 for k in 1..9])); bin = searchsorted(edges, x, 'right'); "
                "proportion 0 -> 1e-4; psi = sum((r-c) ln(r/c)); jensenshannon(r, c); entropy(r, c); "
                "hellinger on renormalised proportions; total variation on raw proportions; "
                "wasserstein_distance / max(np.std(reference), 0.001)",
        "numeric": num_cases, "categorical": cat_cases, "quantiles": quantiles})


def rank_tests():
    mwu, ad, cvm = [], [], []
    for name, a, b in PAIRS:
        x, y = resolve(a), resolve(b)
        m = stats.mannwhitneyu(x, y)
        mwu.append({"name": name, "reference": a, "current": b, "statistic": num(m.statistic), "pValue": num(m.pvalue)})
        if len(np.unique(np.concatenate([x, y]))) > 1:
            r = stats.anderson_ksamp([x, y])
            ad.append({"name": name, "reference": a, "current": b, "statistic": num(r.statistic), "pValue": num(r.pvalue)})
        if len(x) > 1 and len(y) > 1:
            c = stats.cramervonmises_2samp(x, y)
            cvm.append({"name": name, "reference": a, "current": b, "statistic": num(c.statistic), "pValue": num(c.pvalue)})
    # Tie-safe Cramér–von Mises: permutation p-values from scipy.stats.permutation_test as the oracle
    permutation = []
    tied = [
        ("heavy ties three levels", spec("levels", 11, 50, levels=3), spec("levels", 12, 60, levels=3)),
        ("binary levels", spec("levels", 13, 40, levels=2), spec("levels", 14, 45, levels=2)),
        ("integer-rounded shifted", spec("normal", 91, 300, grid=0), spec("normal", 92, 280, grid=0, shift=0.25)),
        ("zero inflated", spec("skewed", 93, 400, grid=0), spec("skewed", 94, 350, grid=0, scale=1.25)),
    ]
    for name, a, b in tied:
        x, y = resolve(a), resolve(b)

        def statistic(u, v):
            return stats.cramervonmises_2samp(u, v, method="asymptotic").statistic

        res = stats.permutation_test((x, y), statistic, permutation_type="independent", n_resamples=20000,
                                     alternative="greater", random_state=np.random.default_rng(5))
        permutation.append({"name": name, "reference": a, "current": b, "statistic": num(res.statistic),
                            "pValue": num(res.pvalue), "resamples": 20000,
                            "classicalPValue": num(stats.cramervonmises_2samp(x, y).pvalue)})
    write("rank-tests.json", {
        "functions": {"mannWhitney": "scipy.stats.mannwhitneyu(reference, current) (two-sided, auto)",
                      "andersonDarling": "scipy.stats.anderson_ksamp([reference, current]) (midrank)",
                      "cramerVonMises": "scipy.stats.cramervonmises_2samp(reference, current) (auto)",
                      "cramerVonMisesPermutation": "scipy.stats.permutation_test on the CvM statistic, 20000 resamples"},
        "mannWhitney": mwu, "andersonDarling": ad, "cramerVonMises": cvm, "cramerVonMisesPermutation": permutation})


AREAS = {"distributions": distributions, "ks": ks, "categorical": categorical, "corrections": corrections,
         "binning": binning, "rank": rank_tests}

if __name__ == "__main__":
    chosen = sys.argv[1:] or list(AREAS)
    for area in chosen:
        AREAS[area]()
        print("wrote", area)
