"""Reference p-values of the Wilcoxon signed-rank test as current scipy computes them (scipy >= 1.15,
method='auto'), for src/stats/wilcoxon-signed-rank.ts.

scipy >= 1.15 (gh-21567) with method='auto' uses: n > 50 -> normal approximation; n <= 50 without
ties or zeros -> the exact distribution; n <= 13 with ties or zeros -> a permutation test
(stats.PermutationMethod: 2^n <= 8192 sign flips, fewer than its 9999 default resamples, so it is
exhaustive and exact); otherwise the normal approximation. Debian's scipy here is 1.10.1, which
lacks the permutation step; its permutation_test(..., permutation_type='samples') on the one
sample of differences, run exhaustively, is exactly what the newer scipy runs, and this script
cross-checks it against its own enumeration of all 2^n sign vectors in numpy.

Run:  /usr/bin/python3 scripts/reference/wilcoxon_exact.py
Writes test/fixtures/stats/paired/wilcoxon-exact.json (deterministic: fixed seeds), and a 10-row
champion / challenger pair of regression files, test/fixtures/compare-champion/wilcoxon-small/, whose
absolute-error differences tie (the expected Wilcoxon result of compare-champion is in the JSON).
paired_tests.py imports `current_scipy_wilcoxon` for its own cases.
"""
import itertools
import json
import math
import os
import warnings

import numpy as np
import scipy
from scipy import stats

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "stats", "paired")
PERMUTATION_MAX_N = 13


def rank_sum_positive(d, axis=-1):
    """R+ of each row of d along the last axis: zeros dropped, mid-ranks of |d| (vectorized for permutation_test)."""
    d = np.atleast_2d(np.asarray(d, dtype=float))
    out = np.empty(d.shape[0])
    for i, row in enumerate(d):
        nonzero = row[row != 0]
        ranks = stats.rankdata(np.abs(nonzero))
        out[i] = ranks[nonzero > 0].sum()
    return out


def permutation_pvalue(d):
    """scipy's permutation_test on the differences, exhaustive: the p-value scipy >= 1.15 reports."""
    res = stats.permutation_test((np.asarray(d, dtype=float),), lambda x, axis: rank_sum_positive(x), vectorized=True,
                                 permutation_type="samples", n_resamples=np.inf, alternative="two-sided")
    assert len(res.null_distribution) == 2 ** len(d), "not exhaustive"
    return float(res.pvalue)


def enumerated_pvalue(d):
    """Independent check: every one of the 2^n sign vectors, R+ of each, two-sided p = 2 min(P(<=), P(>=))."""
    d = np.asarray(d, dtype=float)
    observed = rank_sum_positive(d)[0]
    nonzero = d[d != 0]
    ranks = stats.rankdata(np.abs(nonzero))
    sums = np.array([np.dot(signs, ranks) for signs in itertools.product([0.0, 1.0], repeat=len(nonzero))])
    # The zeros' signs do not change R+: each pattern counts 2^zeros times, the proportions are the same.
    return float(min(1.0, 2 * min(np.mean(sums <= observed), np.mean(sums >= observed))))


def has_ties_or_zeros(d):
    d = np.asarray(d, dtype=float)
    nonzero = np.abs(d[d != 0])
    return bool(np.any(d == 0) or len(np.unique(nonzero)) < len(nonzero))


def current_scipy_wilcoxon(a, b):
    """{statistic, pValue, mode} as scipy >= 1.15 wilcoxon(a, b) with its defaults; None values where scipy gives nan."""
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    d = a - b
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if len(d) <= PERMUTATION_MAX_N and has_ties_or_zeros(d) and np.any(d != 0):
            statistic = float(stats.wilcoxon(a, b, mode="approx").statistic)  # min(R+, R-): the same in every mode
            p = permutation_pvalue(d)
            check = enumerated_pvalue(d)
            assert abs(p - check) <= 1e-12, (p, check)
            return {"statistic": statistic, "pValue": p, "mode": "permutation"}
        # n > 50, or 14 <= n <= 50 with ties or zeros: scipy >= 1.15 takes the normal approximation
        # (1.10.1's mode='auto' would run its exact test on tied data there, with a truncated rank sum).
        mode = "exact" if len(d) <= 50 and not has_ties_or_zeros(d) else "approx"
        res = stats.wilcoxon(a, b, mode=mode)
        return {"statistic": float(res.statistic), "pValue": float(res.pvalue), "mode": mode}


def cases():
    rng = np.random.default_rng(2024)
    out = []

    def add(name, d):
        d = [float(x) for x in d]
        a = [10.0 + x for x in d]
        b = [10.0] * len(d)
        ref = current_scipy_wilcoxon(a, b)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            approx = float(stats.wilcoxon(a, b, mode="approx").pvalue)
        case = {"name": name, "differences": d, "wilcoxon": ref, "normalApproximationPValue": approx}
        if has_ties_or_zeros(np.asarray(a) - np.asarray(b)) and len(d) <= 16:
            # The exact sign-flip distribution beyond scipy's n <= 13 too (mlgate's method='exact').
            case["signFlipPValue"] = enumerated_pvalue(np.asarray(a) - np.asarray(b))
        out.append(case)

    add("ties without zeros, n = 10 (R+ = 40.5)", [1, 1, 2, 3, -3, 4, 5, 6, 7, -8])
    add("one zero, n = 12", [0, 0.11, -0.23, 0.35, -0.47, 0.59, 0.61, -0.73, 0.85, 0.97, -1.09, 1.21])
    add("every |d| tied, n = 3", [0.5, 0.5, 0.5])
    add("zeros and ties, n = 13 (the largest permutation n)", [0, 0, 1, -1, 2, 2, -2, 3, 3, 4, -5, 5, 6])
    add("zeros and ties, n = 14 (normal approximation from here)", [0, 0, 1, -1, 2, 2, -2, 3, 3, 4, -5, 5, 6, 7])
    add("ties, n = 16 (normal approximation)", [1, 1, 2, -2, 3, 3, 3, -4, 5, 5, 6, 7, -7, 8, 8, 9])
    add("two pairs, one zero", [0, 1.5])
    add("all positive with ties, n = 6", [1, 1, 2, 2, 3, 3])
    add("loss differences rounded to 0.01, n = 9", [0.12, -0.05, 0.12, 0.30, 0.0, -0.05, 0.21, 0.07, 0.12])
    for k in range(24):
        n = int(rng.integers(2, 14))
        d = rng.integers(-4, 6, n).astype(float)
        if np.all(d == 0):
            d[0] = 1.0
        add(f"random integers, seed case {k} (n = {n})", d)
    return out


def compare_champion_pair():
    """Ten rows of a regression, two models whose absolute errors differ by tied amounts (and once by 0)."""
    y = np.array([3.0, 5.0, 2.5, 7.0, 4.0, 6.5, 1.0, 8.0, 5.5, 3.5])
    champion = y + np.array([0.5, -1.0, 1.0, -0.5, 2.0, -1.5, 0.5, 1.0, -2.0, 0.5])
    challenger = y + np.array([0.25, -1.5, 0.5, -0.5, 1.0, -2.0, 0.75, 0.5, -3.0, 0.25])
    folder = os.path.join(OUT, "..", "..", "compare-champion", "wilcoxon-small")
    os.makedirs(folder, exist_ok=True)
    for name, pred in [("champion", champion), ("challenger", challenger)]:
        with open(os.path.join(folder, f"{name}.csv"), "w") as f:
            f.write("id,y_true,y_pred\n")
            for i, (t, p) in enumerate(zip(y, pred)):
                f.write(f"{i + 1},{t},{p}\n")
    loss_a, loss_b = np.abs(y - champion), np.abs(y - challenger)
    d = loss_b - loss_a  # challenger - champion, as compare-champion
    assert has_ties_or_zeros(d)
    return {"folder": "test/fixtures/compare-champion/wilcoxon-small", "absoluteErrorDifferences": d.tolist(),
            "wilcoxon": current_scipy_wilcoxon(loss_b, loss_a),
            "normalApproximationPValue": float(stats.wilcoxon(loss_b, loss_a, mode="approx").pvalue)}


if __name__ == "__main__":
    result = {
        "oracle": f"scipy {scipy.__version__} permutation_test(permutation_type='samples', exhaustive) = scipy >= 1.15 "
                  "wilcoxon method='auto' on n <= 13 with ties or zeros; cross-checked by a numpy enumeration of all 2^n sign vectors; "
                  "scipy's wilcoxon(mode='exact'/'approx') elsewhere",
        "script": "scripts/reference/wilcoxon_exact.py",
        "cases": cases(),
        "compareChampion": compare_champion_pair(),
    }
    with open(os.path.join(OUT, "wilcoxon-exact.json"), "w") as f:
        json.dump(result, f, indent=1)
        f.write("\n")
    for c in result["cases"][:8]:
        print(f'{c["name"]}: {c["wilcoxon"]["mode"]} p = {c["wilcoxon"]["pValue"]:.6f} (normal approx {c["normalApproximationPValue"]:.6f})')
