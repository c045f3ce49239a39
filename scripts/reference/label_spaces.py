"""Reference for how mlgate reads class labels (issue 13, case 4): scikit-learn's results on
(1) y_true written 0/1 and y_pred written True/False, as pandas writes booleans (numpy's True == 1,
so scikit-learn sees one binary label space: unique_labels gives [0, 1]);
(2) the labels input listing a class that never occurs (labels=[1, 2, 3], y in {1, 2}): every
average over exactly those classes, zero_division at its default ("warn", i.e. 0), per file, per
slice, and for the two models of a comparison.

Oracle: scikit-learn (version written into the JSON). Run:  /usr/bin/python3 scripts/reference/label_spaces.py
Writes test/fixtures/evaluate-model/label-spaces/{bool-int.csv, absent-class.csv, absent-class-challenger.csv}
and test/fixtures/evaluate-model/label-spaces.json (seeded: the same output every run).
"""
import json
import math
import os
import warnings

import numpy as np
import pandas as pd
import sklearn
from sklearn import metrics as m
from sklearn.utils.multiclass import unique_labels

warnings.filterwarnings("ignore")
ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "evaluate-model")
OUT = os.path.join(ROOT, "label-spaces")
os.makedirs(OUT, exist_ok=True)
rng = np.random.default_rng(13)


def num(x):
    x = float(x)
    return None if math.isnan(x) else x


# (1) 0/1 against True/False, with a score.
n = 60
y_true = rng.integers(0, 2, n)
score = np.clip(np.round(0.3 * y_true + rng.random(n) * 0.7, 4), 0, 1)
y_pred = score >= 0.5  # numpy booleans: pandas writes True/False
pd.DataFrame({"y_true": y_true, "y_pred": y_pred, "score": score}).to_csv(os.path.join(OUT, "bool-int.csv"), index=False)
bool_int = {
    "labels": [str(v) for v in unique_labels(y_true, y_pred)],
    "metrics": {
        "accuracy": m.accuracy_score(y_true, y_pred),
        "balanced_accuracy": m.balanced_accuracy_score(y_true, y_pred),
        "precision": m.precision_score(y_true, y_pred),
        "recall": m.recall_score(y_true, y_pred),
        "f1": m.f1_score(y_true, y_pred),
        "precision_macro": m.precision_score(y_true, y_pred, average="macro"),
        "recall_macro": m.recall_score(y_true, y_pred, average="macro"),
        "f1_macro": m.f1_score(y_true, y_pred, average="macro"),
        "f1_micro": m.f1_score(y_true, y_pred, average="micro"),
        "f1_weighted": m.f1_score(y_true, y_pred, average="weighted"),
        "mcc": m.matthews_corrcoef(y_true, y_pred),
        "cohen_kappa": m.cohen_kappa_score(y_true, y_pred),
        "roc_auc": m.roc_auc_score(y_true, score),
        "average_precision": m.average_precision_score(y_true, score),
        "log_loss": m.log_loss(y_true, score),
        "brier": m.brier_score_loss(y_true, score),
    },
    "confusion_matrix": m.confusion_matrix(y_true, y_pred).tolist(),
}
assert abs(bool_int["metrics"]["accuracy"] - np.mean(y_true == y_pred)) < 1e-15


# (2) labels=[1, 2, 3] with y_true and y_pred in {1, 2}; a slice column; a second model.
LABELS = [1, 2, 3]
n = 90
y_true = rng.choice([1, 2], n, p=[0.6, 0.4])
y_pred = np.where(rng.random(n) < 0.75, y_true, 3 - y_true)
y_other = np.where(rng.random(n) < 0.85, y_true, 3 - y_true)
region = rng.choice(["north", "south"], n)
region[y_true == 2] = np.where(rng.random(np.sum(y_true == 2)) < 0.9, "south", "north")
ids = np.arange(1, n + 1)
pd.DataFrame({"id": ids, "y_true": y_true, "y_pred": y_pred, "region": region}).to_csv(os.path.join(OUT, "absent-class.csv"), index=False)
pd.DataFrame({"id": ids, "y_true": y_true, "y_pred": y_other, "region": region}).to_csv(os.path.join(OUT, "absent-class-challenger.csv"), index=False)


def with_labels(t, p):
    """Every multiclass metric mlgate reports, as scikit-learn computes it with labels=[1, 2, 3]."""
    out = {"accuracy": m.accuracy_score(t, p),
           "balanced_accuracy": m.balanced_accuracy_score(t, p),  # no labels= argument: classes of y_true
           "mcc": m.matthews_corrcoef(t, p),  # no labels= argument
           "cohen_kappa": m.cohen_kappa_score(t, p, labels=LABELS)}
    for name, f in [("precision", m.precision_score), ("recall", m.recall_score), ("f1", m.f1_score)]:
        for average in ["macro", "weighted", "micro"]:
            if name != "f1" and average != "macro":
                continue
            out[f"{name}_{average}"] = f(t, p, labels=LABELS, average=average, zero_division="warn")
    return {k: num(v) for k, v in out.items()}


def without_labels(t, p):
    return {"recall_macro": num(m.recall_score(t, p, average="macro")), "precision_macro": num(m.precision_score(t, p, average="macro"))}


absent = {
    "labels": [str(v) for v in LABELS],
    "metrics": with_labels(y_true, y_pred),
    "metricsWithoutLabels": without_labels(y_true, y_pred),
    "confusion_matrix": m.confusion_matrix(y_true, y_pred, labels=LABELS).tolist(),
    "slices": {r: {"rows": int(np.sum(region == r)), "metrics": with_labels(y_true[region == r], y_pred[region == r])} for r in ["north", "south"]},
    "challenger": with_labels(y_true, y_other),
}

expected = {
    "oracle": f"scikit-learn {sklearn.__version__}, pandas {pd.__version__} (CSV writer)",
    "script": "scripts/reference/label_spaces.py",
    "zeroDivision": "scikit-learn's default zero_division='warn': a 0/0 precision or recall is 0",
    "boolInt": {"file": "test/fixtures/evaluate-model/label-spaces/bool-int.csv", **bool_int},
    "absentClass": {"file": "test/fixtures/evaluate-model/label-spaces/absent-class.csv",
                    "challengerFile": "test/fixtures/evaluate-model/label-spaces/absent-class-challenger.csv", **absent},
}
expected["boolInt"]["metrics"] = {k: num(v) for k, v in expected["boolInt"]["metrics"].items()}
with open(os.path.join(ROOT, "label-spaces.json"), "w") as f:
    json.dump(expected, f, indent=2)
    f.write("\n")
print("bool/int accuracy", expected["boolInt"]["metrics"]["accuracy"], "labels", bool_int["labels"])
print("labels=[1,2,3] recall_macro", absent["metrics"]["recall_macro"], "without labels", absent["metricsWithoutLabels"]["recall_macro"])
