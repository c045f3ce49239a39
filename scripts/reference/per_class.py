"""Reference values for the per-class metrics (src/metrics/per-class.ts, paired-per-class.ts).

Oracles:
- scikit-learn 1.2.1 `precision_recall_fscore_support(y_true, y_pred, labels=range(K), average=None)`
  with its default zero_division="warn" (0/0 reported as 0), the numbers `classification_report`
  prints; `roc_auc_score(y_true == k, proba[:, k])` per class (one-vs-rest);
- statsmodels 0.13.5 `proportion_confint(method="wilson")` for the precision and recall intervals;
- DeLong, DeLong & Clarke-Pearson (1988) written out directly below (the O(m·n) structural
  components, independent of the midrank algorithm in src/stats/delong.ts) for the per-class AUC
  interval (logit scale, as src/stats/delong.ts `delongInterval`) and the paired per-class test;
  scipy.stats.norm for critical values and p-values.
The bootstrap intervals (F1, paired deltas) have no external oracle (our seeded generator): the
tests check them by consistency with the aggregate bootstrap and by their properties.

Run:  /usr/bin/python3 scripts/reference/per_class.py
Writes test/fixtures/metrics/per-class.json (seeded: same output every run).
"""
import json
import math
import os
import warnings

import numpy as np
import scipy
import sklearn
import statsmodels
from scipy.special import expit, logit
from scipy.stats import norm
from sklearn import metrics as skm
from statsmodels.stats.proportion import proportion_confint

warnings.filterwarnings("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "metrics", "per-class.json")
ORACLE = f"scikit-learn {sklearn.__version__}, scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}"
CONFIDENCE = 0.95
Z = norm.ppf(1 - (1 - CONFIDENCE) / 2)


def clean(x):
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if isinstance(x, np.ndarray):
        return clean(x.tolist())
    if isinstance(x, (np.floating, float)):
        x = float(x)
        return None if math.isnan(x) else x
    if isinstance(x, np.integer):
        return int(x)
    return x


def wilson(successes, trials):
    if trials == 0:
        return None
    lo, hi = proportion_confint(successes, trials, alpha=1 - CONFIDENCE, method="wilson")
    return [float(lo), float(hi)]


def components(is_pos, score):
    """DeLong's V10 (per positive), V01 (per negative) and the AUC, by the double sum."""
    pos = score[is_pos]
    neg = score[~is_pos]
    psi = (pos[:, None] > neg[None, :]).astype(float) + 0.5 * (pos[:, None] == neg[None, :])
    return psi.mean(axis=1), psi.mean(axis=0), psi.mean()


def auc_with_interval(is_pos, score):
    m, n = int(is_pos.sum()), int((~is_pos).sum())
    if m == 0 or n == 0:
        return {"value": None, "ci": None}
    v10, v01, auc = components(is_pos, score)
    sk = skm.roc_auc_score(is_pos, score)
    assert abs(sk - auc) < 1e-12, (sk, auc)
    if m < 2 or n < 2:
        return {"value": float(sk), "ci": None}
    se = math.sqrt(v10.var(ddof=1) / m + v01.var(ddof=1) / n)
    if 0 < auc < 1:
        h = Z * se / (auc * (1 - auc))
        ci = [float(expit(logit(auc) - h)), float(expit(logit(auc) + h))]
    else:
        ci = [max(0.0, auc - Z * se), min(1.0, auc + Z * se)]
    return {"value": float(sk), "ci": ci}


def paired_auc(is_pos, score_a, score_b):
    m, n = int(is_pos.sum()), int((~is_pos).sum())
    if m < 2 or n < 2:
        return None
    a10, a01, auc_a = components(is_pos, score_a)
    b10, b01, auc_b = components(is_pos, score_b)
    var = (np.var(a10, ddof=1) + np.var(b10, ddof=1) - 2 * np.cov(a10, b10, ddof=1)[0, 1]) / m + (
        np.var(a01, ddof=1) + np.var(b01, ddof=1) - 2 * np.cov(a01, b01, ddof=1)[0, 1]
    ) / n
    var = max(0.0, var)
    d = auc_b - auc_a
    se = math.sqrt(var)
    p = 2 * norm.sf(abs(d) / se) if se > 0 else (1.0 if d == 0 else 0.0)
    return {"champion": float(skm.roc_auc_score(is_pos, score_a)), "challenger": float(skm.roc_auc_score(is_pos, score_b)),
            "delta": float(d), "ci": [max(-1.0, d - Z * se), min(1.0, d + Z * se)], "p_value": float(p)}


def per_class(labels, y_true, y_pred, columns):
    """columns: the score of each class (list of arrays) or None."""
    k = len(labels)
    p, r, f, s = skm.precision_recall_fscore_support(y_true, y_pred, labels=list(range(k)), average=None)
    cm = skm.confusion_matrix(y_true, y_pred, labels=list(range(k)))
    out = []
    for c in range(k):
        tp, predicted, support = int(cm[c, c]), int(cm[:, c].sum()), int(cm[c, :].sum())
        row = {"label": labels[c], "support": int(s[c]), "predicted": predicted,
               "precision": float(p[c]), "precision_ci": wilson(tp, predicted),
               "recall": float(r[c]), "recall_ci": wilson(tp, support),
               "f1": float(f[c])}
        assert support == s[c]
        if columns is not None:
            a = auc_with_interval(np.asarray(y_true) == c, columns[c])
            row["roc_auc"], row["roc_auc_ci"] = a["value"], a["ci"]
        else:
            row["roc_auc"], row["roc_auc_ci"] = None, None
        out.append(row)
    # classification_report prints the same numbers: a cross-check of the call above.
    report = skm.classification_report(y_true, y_pred, labels=list(range(k)), output_dict=True)
    for c in range(k):
        assert abs(report[str(c)]["f1-score"] - out[c]["f1"]) < 1e-15
    return out


def softmax_rows(logits):
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def main():
    rng = np.random.default_rng(1616)
    cases = []

    # Binary with a positive-class score only (ties from rounding).
    n = 400
    y = (rng.random(n) < 0.35).astype(int)
    score = np.round(sigmoid(1.4 * (2 * y - 1) + rng.normal(0, 1.3, n)), 2)
    pred = (score >= 0.5).astype(int)
    cases.append({"name": "binary_score", "task": "binary", "labels": ["no", "yes"], "positive": 1,
                  "y_true": y.tolist(), "y_pred": pred.tolist(), "score": score.tolist(),
                  # the negative class is ranked by 1 − score, as a user would pass proba[:, 0]
                  "expected": per_class(["no", "yes"], y, pred, [1 - score, score])})

    # Binary with two probability columns that are not exact complements (rounded separately).
    n = 300
    y = (rng.random(n) < 0.5).astype(int)
    p1 = sigmoid(1.0 * (2 * y - 1) + rng.normal(0, 1.0, n))
    proba = np.stack([np.round(1 - p1, 3), np.round(p1, 3)], axis=1)
    pred = proba.argmax(axis=1)
    cases.append({"name": "binary_two_columns", "task": "binary", "labels": ["0", "1"], "positive": 1,
                  "y_true": y.tolist(), "y_pred": pred.tolist(), "probabilities": proba.T.tolist(),
                  "expected": per_class(["0", "1"], y, pred, [proba[:, 0], proba[:, 1]])})

    # Multiclass, 4 classes, one of which ("d") is never predicted, and a fifth label ("e") in
    # neither column (a --labels class): support 0, all zeros, AUC undefined.
    n = 600
    k = 5
    y = rng.choice(4, size=n, p=[0.4, 0.3, 0.2, 0.1])
    logits = rng.normal(0, 1, (n, k))
    logits[np.arange(n), y] += 1.6
    logits[:, 3] -= 3.0  # "d" scores low: never the argmax
    logits[:, 4] -= 4.0
    proba = softmax_rows(logits)
    pred = proba.argmax(axis=1)
    labels = ["a", "b", "c", "d", "e"]
    cases.append({"name": "multiclass_unpredicted_and_absent", "task": "multiclass", "labels": labels,
                  "y_true": y.tolist(), "y_pred": pred.tolist(), "probabilities": proba.T.tolist(),
                  "expected": per_class(labels, y, pred, [proba[:, c] for c in range(k)])})

    # Multiclass without probabilities: AUC missing.
    n = 200
    y = rng.choice(3, size=n)
    pred = np.where(rng.random(n) < 0.7, y, rng.choice(3, size=n))
    cases.append({"name": "multiclass_labels_only", "task": "multiclass", "labels": ["x", "y", "z"],
                  "y_true": y.tolist(), "y_pred": pred.tolist(),
                  "expected": per_class(["x", "y", "z"], y, pred, None)})

    # Paired: 3 classes, champion and challenger on the same rows.
    n = 500
    k = 3
    y = rng.choice(k, size=n, p=[0.5, 0.3, 0.2])
    latent = rng.normal(0, 1, (n, k))
    la = latent + rng.normal(0, 0.8, (n, k))
    lb = latent + rng.normal(0, 0.6, (n, k))
    la[np.arange(n), y] += 1.2
    lb[np.arange(n), y] += 1.4
    pa, pb = softmax_rows(la), softmax_rows(lb)
    ya, yb = pa.argmax(axis=1), pb.argmax(axis=1)
    labels = ["low", "mid", "top"]
    ea = per_class(labels, y, ya, [pa[:, c] for c in range(k)])
    eb = per_class(labels, y, yb, [pb[:, c] for c in range(k)])
    paired = []
    for c in range(k):
        is_pos = y == c
        paired.append({"label": labels[c], "support": ea[c]["support"],
                       **{f"{m}_delta": eb[c][m] - ea[c][m] for m in ("precision", "recall", "f1")},
                       **{f"{m}_champion": ea[c][m] for m in ("precision", "recall", "f1")},
                       "roc_auc": paired_auc(is_pos, pa[:, c], pb[:, c])})
    cases.append({"name": "paired_three_classes", "task": "multiclass", "labels": labels, "y_true": y.tolist(),
                  "champion": {"y_pred": ya.tolist(), "probabilities": pa.T.tolist()},
                  "challenger": {"y_pred": yb.tolist(), "probabilities": pb.T.tolist()},
                  "expected": paired})

    # Paired binary with scores only.
    n = 300
    y = (rng.random(n) < 0.4).astype(int)
    base = 1.2 * (2 * y - 1) + rng.normal(0, 1, n)
    sa = np.round(sigmoid(base + rng.normal(0, 0.9, n)), 3)
    sb = np.round(sigmoid(base + rng.normal(0, 0.5, n)), 3)
    ya, yb = (sa >= 0.5).astype(int), (sb >= 0.5).astype(int)
    ea = per_class(["0", "1"], y, ya, None)
    eb = per_class(["0", "1"], y, yb, None)
    pr = paired_auc(y == 1, sa, sb)
    pr0 = paired_auc(y == 0, 1 - sa, 1 - sb)
    assert abs(pr0["delta"] - pr["delta"]) < 1e-12  # the negative class's test is the same one
    paired = [{"label": l, "support": ea[c]["support"],
               **{f"{m}_delta": eb[c][m] - ea[c][m] for m in ("precision", "recall", "f1")},
               **{f"{m}_champion": ea[c][m] for m in ("precision", "recall", "f1")},
               "roc_auc": pr} for c, l in enumerate(["0", "1"])]
    cases.append({"name": "paired_binary_scores", "task": "binary", "labels": ["0", "1"], "positive": 1, "y_true": y.tolist(),
                  "champion": {"y_pred": ya.tolist(), "score": sa.tolist()},
                  "challenger": {"y_pred": yb.tolist(), "score": sb.tolist()},
                  "expected": paired})

    with open(OUT, "w") as f:
        json.dump(clean({"oracle": ORACLE, "generator": "scripts/reference/per_class.py", "confidence": CONFIDENCE, "cases": cases}), f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
