"""Reference values for calibration (src/metrics/calibration.ts): ECE, MCE and reliability bins.

Oracles:
- scikit-learn 1.2.1 `sklearn.calibration.calibration_curve(outcome, confidence, n_bins=B,
  strategy="uniform" | "quantile")` for each non-empty bin's observed frequency (prob_true) and
  mean confidence (prob_pred);
- ECE and MCE in numpy written from the formula (Guo et al., 2017):
      ECE = sum_b n_b / N * |obs_b - conf_b|,   MCE = max_b |obs_b - conf_b| (non-empty bins),
  with exactly calibration_curve's bins: edges = np.linspace(0, 1, B + 1) (uniform) or
  np.percentile(confidence, np.linspace(0, 1, B + 1) * 100) (quantile), and
  bin = np.searchsorted(edges[1:-1], confidence) (side "left": right-closed bins, a value on an
  edge goes to the bin below);
- the top-label variant's confidence = max probability, outcome = (argmax == y_true);
- statsmodels 0.13.5 Wilson intervals for each bin's observed frequency.
Cross-check against a published value: torchmetrics' docstring examples,
BinaryCalibrationError(n_bins=2): ECE 0.2900, MCE 0.3167 for preds [0.25, 0.25, 0.55, 0.75, 0.75],
target [0, 0, 1, 1, 1]; MulticlassCalibrationError(num_classes=3, n_bins=3): ECE 0.2000, MCE 0.2333
(asserted below to 4 decimals, as published).

Run:  /usr/bin/python3 scripts/reference/calibration.py
Writes test/fixtures/metrics/calibration.json (seeded: same output every run).
"""
import json
import math
import os
import warnings

import numpy as np
import sklearn
import statsmodels
from sklearn.calibration import calibration_curve
from statsmodels.stats.proportion import proportion_confint

warnings.filterwarnings("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "metrics", "calibration.json")
ORACLE = f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, statsmodels {statsmodels.__version__}"


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


def edges_of(confidence, bins, strategy):
    if strategy == "uniform":
        return np.linspace(0.0, 1.0, bins + 1)
    return np.percentile(confidence, np.linspace(0, 1, bins + 1) * 100)


def reference(confidence, outcome, bins, strategy):
    edges = edges_of(confidence, bins, strategy)
    ids = np.searchsorted(edges[1:-1], confidence)
    counts = np.bincount(ids, minlength=bins)
    conf_sums = np.bincount(ids, weights=confidence, minlength=bins)
    obs_sums = np.bincount(ids, weights=outcome, minlength=bins)
    nonzero = counts > 0
    conf = conf_sums[nonzero] / counts[nonzero]
    obs = obs_sums[nonzero] / counts[nonzero]
    gaps = np.abs(obs - conf)
    ece = float(np.sum(counts[nonzero] / len(confidence) * gaps))
    mce = float(gaps.max())
    # scikit-learn's calibration_curve: the same bins' means (its own binning code)
    prob_true, prob_pred = calibration_curve(outcome, confidence, n_bins=bins, strategy=strategy)
    assert np.allclose(prob_true, obs, rtol=1e-12, atol=0) and np.allclose(prob_pred, conf, rtol=1e-12, atol=0)
    wilson = []
    for b in range(bins):
        if counts[b] == 0:
            wilson.append(None)
        else:
            lo, hi = proportion_confint(obs_sums[b], counts[b], alpha=0.05, method="wilson")
            wilson.append([float(lo), float(hi)])
    return {
        "bins": bins, "strategy": strategy, "ece": ece, "mce": mce,
        "interior_edges": edges[1:-1].tolist(), "counts": counts.tolist(),
        "sklearn_prob_true": prob_true.tolist(), "sklearn_prob_pred": prob_pred.tolist(),
        "observed_ci": wilson,
    }


def case(name, variant, y_true, settings, score=None, proba=None, positive=1):
    y_true = np.asarray(y_true, dtype=int)
    if variant == "binary":
        confidence = np.asarray(score, dtype=float)
        outcome = (y_true == positive).astype(float)
    else:
        proba = np.asarray(proba, dtype=float)
        confidence = proba.max(axis=1)
        outcome = (proba.argmax(axis=1) == y_true).astype(float)
    c = {"name": name, "variant": variant, "y_true": y_true.tolist(), "positive": positive,
         "expected": [reference(confidence, outcome, b, s) for b, s in settings]}
    if score is not None:
        c["score"] = confidence.tolist()
    if proba is not None:
        c["probabilities"] = proba.T.tolist()
    return c


def softmax_rows(logits):
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def main():
    rng = np.random.default_rng(1615)
    both = [(15, "uniform"), (15, "quantile"), (10, "uniform"), (10, "quantile"), (5, "quantile")]
    cases = []

    # Published values (torchmetrics docstrings), to 4 decimals.
    tm_binary = case("torchmetrics_binary", "binary", [0, 0, 1, 1, 1], [(2, "uniform")], score=[0.25, 0.25, 0.55, 0.75, 0.75])
    assert round(tm_binary["expected"][0]["ece"], 4) == 0.2900 and round(tm_binary["expected"][0]["mce"], 4) == 0.3167
    cases.append(tm_binary)
    tm_multi = case("torchmetrics_multiclass", "top-label", [0, 1, 2, 0], [(3, "uniform")],
                    proba=[[0.25, 0.20, 0.55], [0.55, 0.05, 0.40], [0.10, 0.30, 0.60], [0.90, 0.05, 0.05]])
    assert round(tm_multi["expected"][0]["ece"], 4) == 0.2000 and round(tm_multi["expected"][0]["mce"], 4) == 0.2333
    cases.append(tm_multi)

    # Binary, continuous and overconfident.
    n = 2000
    latent = rng.normal(0, 1.5, n)
    y = (rng.random(n) < 1 / (1 + np.exp(-latent))).astype(int)
    score = 1 / (1 + np.exp(-1.6 * latent))
    cases.append(case("binary_overconfident", "binary", y, both, score=score))

    # Binary, scores exactly on the edges of 10 and 15 uniform bins (the linspace values and
    # their round decimal neighbours), plus 0 and 1: ties at edges go to the bin below.
    edge_values = np.concatenate([np.linspace(0, 1, 11), np.linspace(0, 1, 16), np.round(np.linspace(0, 1, 16), 2), [0.3, 0.7, 0.6, 0.2]])
    score = rng.choice(edge_values, size=600)
    y = (rng.random(600) < score).astype(int)
    cases.append(case("binary_on_edges", "binary", y, both, score=score))

    # Binary with heavy ties: quantile edges coincide and some quantile bins are empty.
    score = rng.choice([0.05, 0.1, 0.1, 0.1, 0.5, 0.9], size=500)
    y = (rng.random(500) < score).astype(int)
    cases.append(case("binary_ties_quantile", "binary", y, both, score=score))

    # Binary, the positive class is code 0.
    n = 300
    score = rng.random(n)
    y = np.where(rng.random(n) < score, 0, 1)
    cases.append(case("binary_positive_first", "binary", y, [(15, "uniform"), (15, "quantile")], score=score, positive=0))

    # Multiclass top-label, 4 classes, with a tie for the maximum on some rows.
    n = 1500
    k = 4
    yt = rng.choice(k, size=n, p=[0.4, 0.3, 0.2, 0.1])
    logits = rng.normal(0, 1, (n, k))
    logits[np.arange(n), yt] += 1.5
    proba = np.round(softmax_rows(2.0 * logits), 3)
    proba[:20] = [0.4, 0.4, 0.1, 0.1]  # argmax ties: the first class wins
    proba = proba / proba.sum(axis=1, keepdims=True)
    cases.append(case("multiclass_top_label", "top-label", yt, both, proba=proba))

    with open(OUT, "w") as f:
        json.dump(clean({"oracle": ORACLE, "generator": "scripts/reference/calibration.py", "cases": cases}), f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
