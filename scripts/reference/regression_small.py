"""Reference for r2 and explained_variance below two rows (issue 13): a regression predictions file
whose slice column has a one-row slice. Oracle: scikit-learn (version written into the JSON).

scikit-learn's r2_score returns nan with an UndefinedMetricWarning below two samples; its
explained_variance_score returns 1.0 there (force_finite turns 0/0 into 1). mlgate reports both
as undefined (null with a note); the other metrics must match scikit-learn on every slice.

Run:  /usr/bin/python3 scripts/reference/regression_small.py
Writes test/fixtures/evaluate-model/regression-tiny-slice.{csv,json}.
"""
import json
import math
import os
import warnings

import numpy as np
import sklearn
from sklearn import metrics as m
from sklearn.exceptions import UndefinedMetricWarning

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "evaluate-model")

y_true = np.array([3.0, 5.5, 2.0, 7.25, 4.0, 6.0, 1.5, 8.0, 10.0])
y_pred = np.array([2.5, 5.0, 2.5, 7.0, 5.0, 5.5, 2.0, 7.5, 9.0])
region = np.array(["a", "a", "a", "a", "a", "b", "b", "b", "c"])


def num(x):
    x = float(x)
    return None if math.isnan(x) else x


def regression(t, p):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r2 = m.r2_score(t, p)
    return {
        "mae": num(m.mean_absolute_error(t, p)),
        "mse": num(m.mean_squared_error(t, p)),
        "rmse": num(math.sqrt(m.mean_squared_error(t, p))),
        "r2": num(r2),
        "r2_warning": next((str(w.message) for w in caught if issubclass(w.category, UndefinedMetricWarning)), None),
        "mape": num(m.mean_absolute_percentage_error(t, p)),
        "median_ae": num(m.median_absolute_error(t, p)),
        "explained_variance": num(m.explained_variance_score(t, p)),
    }


with open(os.path.join(OUT, "regression-tiny-slice.csv"), "w") as f:
    f.write("y_true,y_pred,region\n")
    for t, p, r in zip(y_true, y_pred, region):
        f.write(f"{t},{p},{r}\n")

expected = {
    "oracle": f"scikit-learn {sklearn.__version__}",
    "script": "scripts/reference/regression_small.py",
    "whole": regression(y_true, y_pred),
    "slices": {r: dict(rows=int(np.sum(region == r)), **regression(y_true[region == r], y_pred[region == r])) for r in ["a", "b", "c"]},
}
with open(os.path.join(OUT, "regression-tiny-slice.json"), "w") as f:
    json.dump(expected, f, indent=2)
    f.write("\n")
print(json.dumps(expected["slices"]["c"]))
