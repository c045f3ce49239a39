"""Reference values for issue 16's features end to end on the bundled examples (test/cli/evaluate-features.cli.test.ts).

Oracles, scikit-learn 1.2.1 and numpy from Debian:
- per class: precision_recall_fscore_support(average=None, labels=sorted classes, zero_division=0);
  multiclass one-vs-rest ROC AUC per class: roc_auc_score(y == k, proba_k);
- operating points (binary): from precision_recall_curve(y, score): recall_at_precision[p] is the
  highest recall among thresholds with precision >= p; precision_at_recall[r] is the highest precision
  among thresholds with recall >= r (ties: the higher recall), each with its threshold;
- ece (15 equal-width bins) and ece_quantile (15 equal-mass bins) from the formula
  ECE = sum_b n_b/N |mean(outcome_b) - mean(confidence_b)| with calibration_curve's right-closed bins
  (binary: confidence = score; multiclass top-label: confidence = max probability, outcome = argmax == y);
- a decision threshold t: y_pred = (score >= t), then confusion_matrix and accuracy_score.

Run:  /usr/bin/python3 scripts/reference/evaluate_features.py
Writes test/fixtures/evaluate-model/features.json.
"""
import json
import os

import numpy as np
import pandas as pd
import sklearn
from sklearn.metrics import accuracy_score, confusion_matrix, precision_recall_curve, precision_recall_fscore_support, roc_auc_score

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "test", "fixtures", "evaluate-model", "features.json")


def ece(confidence, outcome, strategy, bins=15):
    if strategy == "uniform":
        edges = np.linspace(0.0, 1.0, bins + 1)
    else:
        edges = np.percentile(confidence, np.linspace(0, 1, bins + 1) * 100)
    which = np.searchsorted(edges[1:-1], confidence)
    total = 0.0
    for b in range(bins):
        mask = which == b
        if mask.sum() == 0:
            continue
        total += mask.sum() / len(confidence) * abs(outcome[mask].mean() - confidence[mask].mean())
    return float(total)


def operating_points(y, score):
    precision, recall, thresholds = precision_recall_curve(y, score)
    # The last point (precision 1, recall 0) has no threshold.
    points = list(zip(precision[:-1], recall[:-1], thresholds))
    out = {}
    for p in (0.95, 0.9):
        ok = [(r, t, pr) for pr, r, t in points if pr >= p]
        r, t, pr = max(ok, key=lambda x: (x[0], x[1]))
        out[f"recall_at_precision[{p}]"] = {"value": float(r), "threshold": float(t), "precision": float(pr)}
    for r_min in (0.9, 0.8):
        ok = [(pr, r, t) for pr, r, t in points if r >= r_min]
        pr, r, t = max(ok, key=lambda x: (x[0], x[1], x[2]))
        out[f"precision_at_recall[{r_min}]"] = {"value": float(pr), "threshold": float(t), "recall": float(r)}
    return out


binary = pd.read_csv(os.path.join(ROOT, "examples", "evaluate-model", "binary.csv"))
y = binary["y_true"].to_numpy()
score = binary["score"].to_numpy()
prec, rec, f1, support = precision_recall_fscore_support(y, binary["y_pred"], average=None, labels=[0, 1], zero_division=0)
at_065 = (score >= 0.65).astype(int)

multi = pd.read_csv(os.path.join(ROOT, "examples", "evaluate-model", "multiclass.csv"))
classes = sorted(multi["y_true"].unique())
proba = np.column_stack([multi[f"proba_{c}"].to_numpy() for c in classes])
mprec, mrec, mf1, msupport = precision_recall_fscore_support(multi["y_true"], multi["y_pred"], average=None, labels=classes, zero_division=0)
top = proba.max(axis=1)
right = (np.array(classes)[proba.argmax(axis=1)] == multi["y_true"].to_numpy()).astype(float)

result = {
    "oracle": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}",
    "binary": {
        "perClass": {str(c): {"precision": float(prec[i]), "recall": float(rec[i]), "f1": float(f1[i]), "support": int(support[i])} for i, c in enumerate([0, 1])},
        "operatingPoints": operating_points(y, score),
        "ece": ece(score, y.astype(float), "uniform"),
        "ece_quantile": ece(score, y.astype(float), "quantile"),
        "threshold_0.65": {"confusionMatrix": confusion_matrix(y, at_065, labels=[0, 1]).tolist(), "accuracy": float(accuracy_score(y, at_065))},
    },
    "multiclass": {
        "perClass": {
            c: {"precision": float(mprec[i]), "recall": float(mrec[i]), "f1": float(mf1[i]), "support": int(msupport[i]), "roc_auc": float(roc_auc_score(multi["y_true"] == c, proba[:, i]))}
            for i, c in enumerate(classes)
        },
        "ece": ece(top, right, "uniform"),
        "ece_quantile": ece(top, right, "quantile"),
    },
}
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with open(OUT, "w") as f:
    json.dump(result, f, indent=2, sort_keys=True)
    f.write("\n")
print(f"wrote {OUT}")
