"""Reference for a predictions file whose y_pred holds a class that y_true never does: scikit-learn's
labels are unique_labels(y_true, y_pred), so that class counts in the macro averages and the
confusion matrix. Oracle: scikit-learn (its version is written into the JSON).

Run:  /usr/bin/python3 scripts/reference/unseen_predicted_class.py
Writes test/fixtures/evaluate-model/unseen-predicted-class.{csv,json} (seeded: same output every run).
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics as m

warnings.filterwarnings("ignore")
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "evaluate-model")
rng = np.random.default_rng(5)
n = 400
y_true = rng.choice(["cat", "dog", "owl"], size=n, p=[0.5, 0.3, 0.2])
y_pred = np.where(rng.random(n) < 0.7, y_true, rng.choice(["cat", "dog", "owl", "yak"], size=n))
assert "yak" in set(y_pred) and "yak" not in set(y_true)

with open(os.path.join(OUT, "unseen-predicted-class.csv"), "w") as f:
    f.write("y_true,y_pred\n")
    for t, p in zip(y_true, y_pred):
        f.write(f"{t},{p}\n")

labels = sorted(set(y_true) | set(y_pred))
expected = {
    "oracle": f"scikit-learn {sklearn.__version__}",
    "labels": labels,
    "metrics": {
        "accuracy": m.accuracy_score(y_true, y_pred),
        "balanced_accuracy": m.balanced_accuracy_score(y_true, y_pred),
        "precision_macro": m.precision_score(y_true, y_pred, average="macro", zero_division=0),
        "recall_macro": m.recall_score(y_true, y_pred, average="macro", zero_division=0),
        "f1_macro": m.f1_score(y_true, y_pred, average="macro", zero_division=0),
        "f1_micro": m.f1_score(y_true, y_pred, average="micro", zero_division=0),
        "f1_weighted": m.f1_score(y_true, y_pred, average="weighted", zero_division=0),
        "mcc": m.matthews_corrcoef(y_true, y_pred),
        "cohen_kappa": m.cohen_kappa_score(y_true, y_pred),
    },
    "confusion_matrix": m.confusion_matrix(y_true, y_pred, labels=labels).tolist(),
}
expected["metrics"] = {k: float(v) for k, v in expected["metrics"].items()}
with open(os.path.join(OUT, "unseen-predicted-class.json"), "w") as f:
    json.dump(expected, f, indent=2)
    f.write("\n")
