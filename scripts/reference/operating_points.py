"""Reference values for the score-threshold statistics: operating points
(src/metrics/operating-points.ts), the threshold sweep (src/metrics/threshold-sweep.ts) and the
sampled ROC / precision-recall curves (src/metrics/curves.ts).

Oracles (scikit-learn 1.2.1, numpy 1.24, statsmodels 0.13.5):
- operating points from `precision, recall, thresholds = precision_recall_curve(y, score)`:
    recall_at_precision[p] = max(recall[precision >= p])            (the final (1, 0) point included)
    precision_at_recall[r] = max(precision[:-1][recall[:-1] >= r])
  and the threshold: of the real thresholds attaining the value, the one with the highest recall
  (precision_at_recall) and then the highest threshold;
- the sweep: confusion_matrix / precision_score / recall_score / f1_score of y_pred = score >= t,
  with None where scikit-learn would divide 0 by 0; Wilson intervals from statsmodels;
- ROC at FPR x: numpy.interp(x, fpr, tpr) on roc_curve(y, score, drop_intermediate=False)
  (asserted equal to the drop_intermediate=True curve);
- PR at recall r: precision at the highest threshold whose recall >= r (r = 0: the highest
  threshold), from precision_recall_curve.
The bootstrap intervals have no external oracle (our seeded generator); the tests check them by
their agreement in distribution with a plain row bootstrap and by coverage.

Run:  /usr/bin/python3 scripts/reference/operating_points.py
Writes test/fixtures/metrics/operating-points.json (seeded: same output every run).
"""
import json
import math
import os
import warnings

import numpy as np
import sklearn
import statsmodels
from sklearn import metrics as skm
from statsmodels.stats.proportion import proportion_confint

warnings.filterwarnings("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "metrics", "operating-points.json")
ORACLE = f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, statsmodels {statsmodels.__version__}"
PRECISIONS = [0.5, 0.6, 2 / 3, 0.75, 0.8, 0.9, 0.95, 1.0]
RECALLS = [0.04, 0.1, 0.25, 0.5, 0.8, 0.9, 0.95, 1.0]
FPR_GRID = [0, 0.001, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.075, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5,
            0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1]
RECALL_GRID = [k / 25 for k in range(26)]


def clean(x):
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if isinstance(x, np.ndarray):
        return clean(x.tolist())
    if isinstance(x, (np.floating, float)):
        x = float(x)
        return None if math.isnan(x) else x
    if isinstance(x, (np.integer, np.bool_)):
        return int(x)
    return x


def operating_points(y, s):
    precision, recall, thresholds = skm.precision_recall_curve(y, s)
    g = len(thresholds)
    p_real, r_real = precision[:g], recall[:g]
    out = {}
    for p in PRECISIONS:
        value = recall[precision >= p].max()
        ok = np.where((p_real >= p) & (r_real == value))[0]
        if value == 0 or len(ok) == 0:
            out[f"recall_at_precision[{p}]"] = {"value": float(value), "threshold": None, "precision": None, "recall": None}
            continue
        i = ok[np.argmax(thresholds[ok])]
        out[f"recall_at_precision[{p}]"] = {"value": float(value), "threshold": float(thresholds[i]), "precision": float(p_real[i]), "recall": float(r_real[i])}
    for r in RECALLS:
        eligible = r_real >= r
        value = p_real[eligible].max()
        ok = np.where(eligible & (p_real == value))[0]
        best_recall = r_real[ok].max()
        ok = ok[r_real[ok] == best_recall]
        i = ok[np.argmax(thresholds[ok])]
        out[f"precision_at_recall[{r}]"] = {"value": float(value), "threshold": float(thresholds[i]), "precision": float(p_real[i]), "recall": float(r_real[i])}
    return out


def wilson(successes, trials):
    if trials == 0:
        return None
    lo, hi = proportion_confint(successes, trials, alpha=0.05, method="wilson")
    return [float(lo), float(hi)]


def sweep(y, s, thresholds):
    m, n = int(y.sum()), int((1 - y).sum())
    rows = []
    for t in thresholds:
        pred = (s >= t).astype(int)
        tn, fp, fn, tp = (int(v) for v in skm.confusion_matrix(y, pred, labels=[0, 1]).ravel())
        rows.append({
            "threshold": float(t), "predictedPositive": tp + fp, "selectionRate": (tp + fp) / len(y),
            "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": None if tp + fp == 0 else float(skm.precision_score(y, pred, zero_division=0)),
            "recall": None if m == 0 else float(skm.recall_score(y, pred, zero_division=0)),
            "f1": None if 2 * tp + fp + fn == 0 else float(skm.f1_score(y, pred, zero_division=0)),
            "falsePositiveRate": None if n == 0 else fp / n,
            "precisionCi": wilson(tp, tp + fp), "recallCi": wilson(tp, m),
        })
    return rows


def curves(y, s):
    fpr, tpr, _ = skm.roc_curve(y, s, drop_intermediate=False)
    roc = np.interp(FPR_GRID, fpr, tpr)
    fpr2, tpr2, _ = skm.roc_curve(y, s, drop_intermediate=True)
    assert np.allclose(np.interp(FPR_GRID, fpr2, tpr2), roc, rtol=0, atol=1e-14)
    precision, recall, thresholds = skm.precision_recall_curve(y, s)
    g = len(thresholds)
    pr, pr_thresholds = [], []
    for r in RECALL_GRID:
        idx = np.where(recall[:g] >= r)[0] if r > 0 else np.arange(g)
        i = idx.max()  # thresholds ascend: the highest threshold reaching recall r
        pr.append(float(precision[i]))
        pr_thresholds.append(float(thresholds[i]))
    return {"roc": roc.tolist(), "pr": pr, "pr_thresholds": pr_thresholds}


def case(name, y, s, sweep_thresholds=None):
    y = np.asarray(y, dtype=int)
    s = np.asarray(s, dtype=float)
    c = {"name": name, "y_true": y.tolist(), "score": s.tolist(), "operating_points": operating_points(y, s)}
    if sweep_thresholds is not None:
        c["sweep_thresholds"] = [float(t) for t in sweep_thresholds]
        c["sweep"] = sweep(y, s, sweep_thresholds)
    if 0 < y.sum() < len(y):
        c["curves"] = curves(y, s)
    return c


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def main():
    rng = np.random.default_rng(2016)
    cases = []
    grid40 = [k / 40 for k in range(41)]
    # scikit-learn's precision_recall_curve docstring example.
    cases.append(case("sklearn_docstring", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8], [0, 0.1, 0.35, 0.37, 0.4, 0.8, 0.9]))
    n = 500
    y = (rng.random(n) < 0.4).astype(int)
    s = sigmoid(1.3 * (2 * y - 1) + rng.normal(0, 1.2, n))
    cases.append(case("continuous", y, s, grid40))
    n = 400
    y = (rng.random(n) < 0.5).astype(int)
    s = np.round(sigmoid(1.0 * (2 * y - 1) + rng.normal(0, 1.0, n)), 1)  # 11 levels: heavy ties
    cases.append(case("ties", y, s, grid40 + [0.55, 0.6000000000000001]))
    n = 3000
    y = (rng.random(n) < 0.02).astype(int)
    s = sigmoid(-2.5 + 2.5 * y + rng.normal(0, 1, n))
    cases.append(case("imbalanced", y, s, grid40))
    # A negative above every positive: precision 1 is out of reach; a sawtooth precision curve.
    y = np.array([0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 0])
    s = np.array([0.99, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.45, 0.4, 0.3, 0.2, 0.1])
    cases.append(case("sawtooth", y, s, grid40))
    y = np.array([0, 0, 1, 1, 0, 1, 0, 1, 1, 0])
    cases.append(case("perfect", y, y * 0.6 + 0.2, grid40))
    # Scores that are not probabilities (a margin): the sweep's default grid is then score quantiles.
    n = 300
    y = (rng.random(n) < 0.45).astype(int)
    s = np.round(2.0 * (2 * y - 1) + rng.normal(0, 2.0, n), 3)
    ascending = np.sort(s)
    quantile_thresholds = []
    for k in range(41):  # the order statistic at position floor(k/40 * (n - 1)), de-duplicated
        t = float(ascending[int(math.floor(k / 40 * (n - 1)))])
        if not quantile_thresholds or t != quantile_thresholds[-1]:
            quantile_thresholds.append(t)
    cases.append(case("margins", y, s, quantile_thresholds))

    with open(OUT, "w") as f:
        json.dump(clean({"oracle": ORACLE, "generator": "scripts/reference/operating_points.py",
                         "precisions": PRECISIONS, "recalls": RECALLS, "fpr_grid": FPR_GRID, "recall_grid": RECALL_GRID,
                         "cases": cases}), f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
