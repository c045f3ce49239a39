"""Reference values for the paired tests of compare-champion (src/stats/student-t.ts, mcnemar.ts,
binomial-test.ts, paired-t-test.ts, wilcoxon-signed-rank.ts, minimal-detectable-difference.ts).

Oracles: scipy 1.10.1 (scipy.stats.t, binom, binomtest, ttest_rel, wilcoxon, norm), statsmodels
0.13.5 (contingency_tables.mcnemar, proportion_confint, NormalIndPower), and, for the paired
accuracy-difference interval that statsmodels lacks, Newcombe's method 10 implemented here from
the paper (Newcombe 1998, Stat Med 17:2635-2650; as given in Fagerland, Lydersen & Laake 2017,
Statistical Analysis of Contingency Tables, section 8.5), checked against the book's worked example.
Real data: scikit-learn 1.2.1's bundled breast-cancer and diabetes datasets.

Run from the repository root:
    /usr/bin/python3 scripts/reference/paired_tests.py
It writes test/fixtures/stats/paired/*.json (deterministic: fixed seeds).
"""
import json
import math
import os
import sys
import warnings

import numpy as np
import scipy
import sklearn
import statsmodels
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.power import NormalIndPower
from statsmodels.stats.proportion import proportion_confint

sys.path.insert(0, os.path.dirname(__file__))
from wilcoxon_exact import current_scipy_wilcoxon  # noqa: E402

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "stats", "paired")
VERSIONS = f"scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, scikit-learn {sklearn.__version__}"


def clean(value):
    """JSON without NaN/Infinity: NaN -> None, +-inf -> the strings "Infinity"/"-Infinity"."""
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, (np.floating, float)):
        v = float(value)
        if math.isnan(v):
            return None
        if math.isinf(v):
            return "Infinity" if v > 0 else "-Infinity"
        return v
    if isinstance(value, np.integer):
        return int(value)
    return value


def write(name, payload):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        json.dump(clean(payload), f, indent=1, allow_nan=False)
        f.write("\n")


# ---------------------------------------------------------------------------------------------
# Student t. scipy 1.10.1's stdtrit (t.ppf/isf) stops its root search at about 1e-10..1e-9
# relative, so the quantile reference is scipy's ppf refined by Newton steps on ln t.sf with
# scipy's own (accurate) t.logsf and t.logpdf; the raw scipy ppf is kept for comparison.

def refined_isf(q, df):
    t = stats.t.isf(q, df)
    s = math.log(t)
    for _ in range(4):
        t = math.exp(s)
        g = stats.t.logsf(t, df) - math.log(q)
        slope = -math.exp(math.log(t) + stats.t.logpdf(t, df) - stats.t.logsf(t, df))
        s -= g / slope
    return math.exp(s)


def student_t():
    dfs = [1, 2, 3, 4, 5, 7.5, 10, 30, 99, 100, 101, 1000, 1e4, 1e5, 1e6, 1e7]
    ts = [0.0, 0.05, 0.5, 1.0, 1.7, 2.0, 2.5, 3.0, 5.0, 8.0, 15.0, 40.0, 200.0]
    cdf = []
    for df in dfs:
        for t in ts:
            sf = stats.t.sf(t, df)
            if sf > 1e-290:
                cdf.append([t, df, stats.t.cdf(t, df), sf, stats.t.cdf(-t, df)])
    quantiles = []
    for df in dfs:
        for q in [1e-12, 1e-6, 1e-3, 0.005, 0.025, 0.05, 0.1, 0.3, 0.45]:
            quantiles.append([q, df, refined_isf(q, df), stats.t.isf(q, df)])
    write("student-t.json", {
        "oracle": f"{VERSIONS}: scipy.stats.t.cdf/sf (special.stdtr, TOMS 708); quantiles: scipy.stats.t.isf refined by Newton steps on scipy.stats.t.logsf",
        "cdf": {"columns": ["t", "df", "cdf(t)", "sf(t)", "cdf(-t)"], "rows": cdf},
        "upperQuantile": {"columns": ["q", "df", "t with sf(t) = q (refined)", "scipy t.isf(q) raw"], "rows": quantiles},
    })


# ---------------------------------------------------------------------------------------------
# McNemar (statsmodels orientation: rows = champion correct yes/no, columns = challenger correct
# yes/no, so table[0][1] = champion-only-correct = b, table[1][0] = challenger-only-correct = c).

def wilson(x, n, z):
    """Wilson score interval, written out (Wilson 1927); checked against statsmodels below."""
    center = (x + z * z / 2) / (n + z * z)
    half = z * math.sqrt(x * (n - x) / n + z * z / 4) / (n + z * z)
    return (0.0 if x == 0 else center - half), (1.0 if x == n else center + half)


def newcombe_paired(n11, n12, n21, n22, confidence):
    """Newcombe (1998) method 10 for p1 - p2, with p1 = row-1 margin (here: the challenger),
    p2 = column-1 margin (the champion); n12 = challenger-only-correct, n21 = champion-only-correct."""
    n = n11 + n12 + n21 + n22
    z = stats.norm.isf((1 - confidence) / 2)
    x1, x2 = n11 + n12, n11 + n21
    p1, p2 = x1 / n, x2 / n
    l1, u1 = wilson(x1, n, z)
    l2, u2 = wilson(x2, n, z)
    for x, (lo, hi) in ((x1, (l1, u1)), (x2, (l2, u2))):
        sm_lo, sm_hi = proportion_confint(x, n, alpha=1 - confidence, method="wilson")
        assert abs(sm_lo - lo) < 1e-14 and abs(sm_hi - hi) < 1e-14, (x, n, lo, sm_lo, hi, sm_hi)
    margins = (n11 + n12) * (n21 + n22) * (n11 + n21) * (n12 + n22)
    if margins == 0:
        phi = 0.0
    else:
        a = n11 * n22 - n12 * n21
        phi = (a - n / 2) / math.sqrt(margins) if a > n / 2 else (0.0 if a >= 0 else a / math.sqrt(margins))
    est = p1 - p2
    lower = est - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2))
    upper = est + math.sqrt((p2 - l2) ** 2 + (u1 - p1) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1))
    return est, lower, upper


def real_data_tables():
    """Per-row correctness of two classifiers on scikit-learn's breast-cancer data (569 rows),
    out-of-fold predictions, so the table is a real champion/challenger comparison."""
    from sklearn.datasets import load_breast_cancer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.tree import DecisionTreeClassifier
    x, y = load_breast_cancer(return_X_y=True)
    champion = cross_val_predict(DecisionTreeClassifier(max_depth=3, random_state=0), x, y, cv=5) == y
    challenger = cross_val_predict(make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000)), x, y, cv=5) == y
    tables = [("breast-cancer: depth-3 tree (champion) vs logistic regression, 5-fold out-of-fold", champion, challenger)]
    # The first 120 rows: fewer discordant pairs, the exact branch on real data.
    tables.append(("breast-cancer first 120 rows", champion[:120], challenger[:120]))
    out = []
    for name, a, b in tables:
        out.append((name, [[int(np.sum(a & b)), int(np.sum(a & ~b))], [int(np.sum(~a & b)), int(np.sum(~a & ~b))]]))
    return out


def mcnemar_cases():
    rng = np.random.default_rng(20240611)
    tables = [
        ("n = 0", [[0, 0], [0, 0]]),
        ("no discordant pairs", [[40, 0], [0, 10]]),
        ("one discordant pair", [[5, 1], [0, 2]]),
        ("b = c small", [[10, 4], [4, 3]]),
        ("exact, Cavo et al. 2012 (Fagerland et al. 2017, Table 8.x)", [[59, 6], [16, 80]]),
        ("exact, 24 discordant", [[300, 5], [19, 40]]),
        ("asymptotic, 25 discordant", [[300, 5], [20, 40]]),
        ("asymptotic, b = c = 13 (chi2 = 1/26)", [[100, 13], [13, 20]]),
        ("asymptotic, b = c + 1", [[100, 30], [29, 20]]),
        ("all discordant one way", [[0, 30], [0, 0]]),
        ("large n = 1,000,000", [[900000, 3100], [2900, 94000]]),
        ("large n, strong difference", [[500000, 1000], [4000, 10000]]),
    ]
    for k in range(8):
        total = int(rng.integers(1, 60))
        b = int(rng.integers(0, total + 1))
        tables.append((f"random {k}", [[int(rng.integers(0, 500)), b], [total - b, int(rng.integers(0, 200))]]))
    tables.extend(real_data_tables())
    cases = []
    for name, t in tables:
        b, c = t[0][1], t[1][0]
        exact = mcnemar(np.array(t), exact=True)
        if b + c > 0:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                corrected = mcnemar(np.array(t), exact=False, correction=True)
                uncorrected = mcnemar(np.array(t), exact=False, correction=False)
            asym = {"corrected": [corrected.statistic, corrected.pvalue], "uncorrected": [uncorrected.statistic, uncorrected.pvalue]}
        else:
            asym = None
        n11, n22 = t[0][0], t[1][1]
        n = n11 + b + c + n22
        intervals = {}
        if n > 0:
            for conf in (0.95, 0.9):
                intervals[str(conf)] = list(newcombe_paired(n11, c, b, n22, conf))
        cases.append({
            "name": name,
            "table": {"bothCorrect": n11, "championOnlyCorrect": b, "challengerOnlyCorrect": c, "bothWrong": n22},
            "exact": [exact.statistic, exact.pvalue],
            "chiSquare": asym,
            "newcombe": intervals,
        })
    # The worked example must reproduce the book (Fagerland et al. 2017, ch. 8; contingencytables R
    # package: "estimate = -0.0621 (95% CI -0.1186 to -0.0046)"), there with p1 = 65/161 (row
    # margin) and p2 = 75/161 (column margin) of the table [[59, 6], [16, 80]].
    est, lo, hi = newcombe_paired(59, 6, 16, 80, 0.95)
    assert (round(est, 4), round(lo, 4), round(hi, 4)) == (-0.0621, -0.1186, -0.0046), (est, lo, hi)

    binomial_half = []
    for k, n in [(0, 1), (3, 10), (2, 12), (12, 24), (7, 24), (0, 30), (450, 1000), (4950, 10000), (49000, 100000), (499000, 1000000)]:
        binomial_half.append([k, n, stats.binom.pmf(k, n, 0.5), stats.binom.cdf(k, n, 0.5), stats.binomtest(k, n, 0.5).pvalue])
    binomial_general = []
    for k, n, p in [(3, 20, 0.1), (30, 200, 0.2), (150, 200, 0.7), (10, 1000, 0.003), (0, 50, 0.02), (50, 50, 0.98)]:
        binomial_general.append([k, n, p, stats.binom.pmf(k, n, p), stats.binom.cdf(k, n, p)])
    write("mcnemar.json", {
        "oracle": f"{VERSIONS}: statsmodels.stats.contingency_tables.mcnemar(table, exact=True) and (exact=False, correction=True/False); "
                  "Newcombe (1998) method 10 paired-difference interval implemented in scripts/reference/paired_tests.py "
                  "(Wilson parts checked against statsmodels proportion_confint(method='wilson'); book example reproduced); "
                  "binomial: scipy.stats.binom.pmf/cdf and scipy.stats.binomtest",
        "orientation": "table rows = champion correct (yes, no), columns = challenger correct (yes, no); newcombe = [challenger - champion accuracy, lower, upper]",
        "cases": cases,
        "binomialHalf": {"columns": ["k", "n", "pmf", "cdf", "binomtest two-sided p"], "rows": binomial_half},
        "binomialGeneral": {"columns": ["k", "n", "p", "pmf", "cdf"], "rows": binomial_general},
    })


# ---------------------------------------------------------------------------------------------
# Paired t-test and Wilcoxon signed-rank.

def hash_uniform(n, salt):
    """Deterministic values the TypeScript test regenerates exactly: integer arithmetic below 2^53
    and a division by 2^32 (exact), so both languages see the same doubles."""
    i = np.arange(1, n + 1, dtype=np.int64)
    return ((i * 2654435761 + salt) % 4294967296).astype(np.float64) / 4294967296.0


def generated(spec):
    """Materialise a generated case: a = hash_uniform(n, saltA) * scaleA, b = ... (see the test)."""
    n = spec["n"]
    a = hash_uniform(n, spec["saltA"]) * spec["scaleA"]
    b = hash_uniform(n, spec["saltB"]) * spec["scaleB"]
    if spec.get("roundTo"):
        a = np.round(a * spec["roundTo"]) / spec["roundTo"]
        b = np.round(b * spec["roundTo"]) / spec["roundTo"]
    return a, b


def real_regression_losses():
    """Absolute errors of two regressors on scikit-learn's diabetes data (442 rows), out of fold."""
    from sklearn.datasets import load_diabetes
    from sklearn.linear_model import LinearRegression
    from sklearn.model_selection import cross_val_predict
    from sklearn.tree import DecisionTreeRegressor
    x, y = load_diabetes(return_X_y=True)
    champion = np.abs(cross_val_predict(DecisionTreeRegressor(max_depth=4, random_state=0), x, y, cv=5) - y)
    challenger = np.abs(cross_val_predict(LinearRegression(), x, y, cv=5) - y)
    return challenger, champion


def ttest_reference(a, b, confidence=0.95):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = stats.ttest_rel(a, b)
        n = len(a)
        d = np.asarray(a, dtype=float) - np.asarray(b, dtype=float)
        out = {"statistic": res.statistic, "pValue": res.pvalue, "df": res.df,
               "meanDifference": float(np.mean(d)) if n else None}
        if n >= 2:
            se = float(np.std(d, ddof=1) / math.sqrt(n))
            out["standardError"] = se
            if se > 0:
                crit = refined_isf((1 - confidence) / 2, n - 1)
                out["confidenceInterval"] = [out["meanDifference"] - crit * se, out["meanDifference"] + crit * se]
                ci = res.confidence_interval(confidence)
                out["scipyConfidenceInterval"] = [ci.low, ci.high]
    return out


def wilcoxon_reference(a, b, mode):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            res = stats.wilcoxon(a, b, mode=mode)
            return {"statistic": res.statistic, "pValue": res.pvalue, "mode": mode}
        except ValueError as error:
            return {"error": str(error), "mode": mode}


def paired_cases():
    rng = np.random.default_rng(7)
    explicit = []

    def add(name, a, b, note=None):
        a = [float(v) for v in a]
        b = [float(v) for v in b]
        case = {"name": name, "a": a, "b": b, "ttest": ttest_reference(a, b), "ttest90": ttest_reference(a, b, 0.9)}
        d = np.asarray(a) - np.asarray(b)
        nonzero = np.abs(d[d != 0])
        # The reference is what scipy >= 1.15 computes (wilcoxon_exact.py): a permutation test for
        # n <= 13 with ties or zeros, the normal approximation for larger tied samples. scipy
        # 1.10.1's mode='auto' differs on tied data with n <= 50 (it runs its exact test on a
        # truncated half-integer rank sum): kept as wilcoxonScipyAuto to show the difference.
        tied_small = len(d) <= 50 and not np.any(d == 0) and len(np.unique(nonzero)) < len(nonzero)
        case["wilcoxon"] = current_scipy_wilcoxon(a, b) if np.any(d != 0) else wilcoxon_reference(a, b, "auto")
        if tied_small:
            case["wilcoxonScipyAuto"] = wilcoxon_reference(a, b, "auto")
        if note:
            case["note"] = note
        explicit.append(case)

    add("n = 0", [], [])
    add("n = 1", [1.5], [0.5])
    add("n = 2", [1.0, 2.0], [0.5, 2.75])
    add("all differences zero", [0.3, 1.2, 2.0, 5.0], [0.3, 1.2, 2.0, 5.0], note="scipy: t NaN; wilcoxon raises")
    add("all differences equal, non-zero", [1.5, 2.5, 3.5], [1.0, 2.0, 3.0],
        note="every |d| tied: normal approximation with the tie correction")
    add("small exact, n = 5", [1.5, 2.3, 3.1, 0.2, 4.45], [1.0, 2.0, 3.5, 0.0, 4.0])
    for n in (6, 10, 20, 35, 50):
        a = rng.normal(1.0, 1.0, n)
        b = a - rng.normal(0.3, 1.0, n)
        add(f"normal, n = {n}", a, b)
    add("n = 51 (normal approximation)", rng.normal(0, 1, 51) + 0.4, rng.normal(0, 1, 51))
    centre = np.arange(1, 9, dtype=float)
    add("exact at the centre of the distribution", centre, centre - np.array([1, 2, -3, -4, -5, -6, 7, 8], dtype=float) * 0.1,
        note="R+ = 1 + 2 + 7 + 8 = 18 = floor(36/2): scipy's centre rule gives p = 1")
    a = np.round(rng.normal(2, 1, 30), 1)
    b = np.round(a - rng.normal(0.2, 0.5, 30), 1)
    add("ties, n = 30 (rounded to 0.1)", a, b, note="ties and zeros: scipy switches to the normal approximation itself")
    tied = np.array([1, 1, 2, 3, -3, 4, 5, 6, 7, -8], dtype=float)
    add("ties without zeros, n = 10 (R+ = 40.5)", 10 + tied, np.full(10, 10.0),
        note="scipy 1.10.1 mode='auto' runs the exact test on int(40.5) = 40 here (wilcoxonScipyAuto); we use the normal approximation")
    a = rng.integers(0, 5, 40).astype(float)
    b = rng.integers(0, 5, 40).astype(float)
    add("zeros and ties, n = 40 (integers 0..4)", a, b, note="scipy switches to the normal approximation itself (zeros)")
    one_zero = np.array([0, 0.11, -0.23, 0.35, -0.47, 0.59, 0.61, -0.73, 0.85, 0.97, -1.09, 1.21])
    add("one zero, n = 12", np.arange(12.0) + one_zero, np.arange(12.0), note="scipy switches to the normal approximation itself (a zero)")
    add("strong effect, n = 25", rng.normal(5, 1, 25), rng.normal(0, 1, 25))
    add("tiny p, n = 400", rng.normal(1, 0.2, 400), rng.normal(0, 0.2, 400))
    challenger, champion = real_regression_losses()
    add("diabetes abs errors: linear regression (challenger) vs depth-4 tree (champion), 442 rows", challenger, champion)
    add("diabetes abs errors, first 40 rows", challenger[:40], champion[:40])

    generated_cases = []
    for spec in [
        {"name": "hash n = 100000", "n": 100000, "saltA": 12345, "saltB": 999, "scaleA": 1.02, "scaleB": 1.0},
        {"name": "hash n = 1000000 continuous", "n": 1000000, "saltA": 7, "saltB": 1000003, "scaleA": 1.0, "scaleB": 1.001},
        {"name": "hash n = 1000000 rounded to 0.01 (zeros and heavy ties)", "n": 1000000, "saltA": 7, "saltB": 1000003, "scaleA": 1.0, "scaleB": 1.001, "roundTo": 100},
    ]:
        a, b = generated(spec)
        generated_cases.append({**spec, "ttest": ttest_reference(a, b), "wilcoxon": wilcoxon_reference(a, b, "auto")})

    write("paired-tests.json", {
        "oracle": f"{VERSIONS}: scipy.stats.ttest_rel(a, b) (+ mean-difference interval with the refined t quantile; "
                  "scipy's own confidence_interval kept as scipyConfidenceInterval) and scipy.stats.wilcoxon(a, b) with its defaults "
                  "(zero_method='wilcox', correction=False) as scipy >= 1.15 computes it (scripts/reference/wilcoxon_exact.py: the "
                  "exhaustive permutation test for n <= 13 with ties or zeros), mode given in each case",
        "generator": "value_i = ((i * 2654435761 + salt) mod 2^32) / 2^32 * scale for i = 1..n, optionally rounded to 1/roundTo",
        "cases": explicit,
        "generated": generated_cases,
    })


# ---------------------------------------------------------------------------------------------
# Minimal detectable difference.

def mdd_cases():
    rows = []
    for se, conf, power in [(0.01, 0.95, 0.8), (1.0, 0.95, 0.8), (0.0123, 0.9, 0.8), (2.5, 0.99, 0.9), (0.004, 0.95, 0.5)]:
        formula = (stats.norm.isf((1 - conf) / 2) + stats.norm.ppf(power)) * se
        effect = NormalIndPower().solve_power(effect_size=None, nobs1=1, alpha=1 - conf, power=power, ratio=0, alternative="two-sided")
        rows.append([se, conf, power, formula, float(effect) * se])
    write("minimal-detectable-difference.json", {
        "oracle": f"{VERSIONS}: (norm.isf(alpha/2) + norm.ppf(power)) * se; and statsmodels NormalIndPower.solve_power(nobs1=1, ratio=0) * se (both tails)",
        "columns": ["se", "confidence", "power", "formula", "statsmodels two-tailed"],
        "rows": rows,
    })


if __name__ == "__main__":
    student_t()
    mcnemar_cases()
    paired_cases()
    mdd_cases()
