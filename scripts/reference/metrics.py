"""Reference values for src/metrics and the interval helpers in src/stats (wilson, delong).

Oracles: scikit-learn 1.2.1 for every point metric; statsmodels 0.13.5 `proportion_confint(method="wilson")`
for Wilson intervals; for DeLong, a direct O(m·n) implementation of the structural components of
DeLong, DeLong & Clarke-Pearson (1988) written below (independent of the fast midrank algorithm in
src/stats/delong.ts), with scipy.stats.norm for critical values and p-values.

Run:  /usr/bin/python3 scripts/reference/metrics.py
Writes test/fixtures/metrics/{classification,regression,delong,wilson}.json (seeded: same output every run).
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
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "metrics")
ORACLE = f"scikit-learn {sklearn.__version__}, scipy {scipy.__version__}, statsmodels {statsmodels.__version__}, numpy {np.__version__}"


def clean(x):
    """JSON-safe: numpy scalars to Python, NaN to None."""
    if isinstance(x, (list, tuple)):
        return [clean(v) for v in x]
    if isinstance(x, np.ndarray):
        return clean(x.tolist())
    if isinstance(x, (np.floating, float)):
        x = float(x)
        return None if math.isnan(x) else x
    if isinstance(x, (np.integer,)):
        return int(x)
    return x


def attempt(f):
    """The metric, or None where scikit-learn raises (undefined)."""
    try:
        return clean(f())
    except ValueError:
        return None


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


# ---------------------------------------------------------------- classification

def binary_case(name, labels, positive, y_true_codes, y_pred_codes, score):
    labels_arr = np.array(labels, dtype=object)
    yt = labels_arr[y_true_codes]
    yp = labels_arr[y_pred_codes]
    pos = labels[positive]
    is_pos = yt == pos
    e = {
        "accuracy": skm.accuracy_score(yt, yp),
        "balanced_accuracy": skm.balanced_accuracy_score(yt, yp),
        "precision": skm.precision_score(yt, yp, pos_label=pos, average="binary"),
        "recall": skm.recall_score(yt, yp, pos_label=pos, average="binary"),
        "f1": skm.f1_score(yt, yp, pos_label=pos, average="binary"),
        "precision_macro": skm.precision_score(yt, yp, average="macro"),
        "recall_macro": skm.recall_score(yt, yp, average="macro"),
        "f1_macro": skm.f1_score(yt, yp, average="macro"),
        "f1_micro": skm.f1_score(yt, yp, average="micro"),
        "f1_weighted": skm.f1_score(yt, yp, average="weighted"),
        "precision_weighted": skm.precision_score(yt, yp, average="weighted"),
        "recall_weighted": skm.recall_score(yt, yp, average="weighted"),
        "mcc": skm.matthews_corrcoef(yt, yp),
        "cohen_kappa": skm.cohen_kappa_score(yt, yp),
    }
    expected = {k: clean(v) for k, v in e.items()}
    if score is not None:
        expected["roc_auc"] = attempt(lambda: skm.roc_auc_score(is_pos, score))
        expected["average_precision"] = attempt(lambda: skm.average_precision_score(yt, score, pos_label=pos))
        expected["log_loss"] = attempt(lambda: skm.log_loss(is_pos, score, labels=[False, True]))
        expected["brier"] = attempt(lambda: skm.brier_score_loss(yt, score, pos_label=pos))
    cm = skm.confusion_matrix(yt, yp, labels=labels)
    return {
        "name": name, "task": "binary", "labels": labels, "positive": positive,
        "y_true": clean(np.asarray(y_true_codes)), "y_pred": clean(np.asarray(y_pred_codes)),
        "score": None if score is None else clean(np.asarray(score)),
        "expected": expected, "confusion_matrix": clean(cm),
    }


def multiclass_case(name, labels, y_true_codes, y_pred_codes, proba):
    labels_arr = np.array(labels, dtype=object)
    yt = labels_arr[y_true_codes]
    yp = labels_arr[y_pred_codes]
    assert list(labels) == sorted(labels), "scikit-learn orders probability columns by sorted label"
    e = {
        "accuracy": skm.accuracy_score(yt, yp),
        "balanced_accuracy": skm.balanced_accuracy_score(yt, yp),
        "precision_macro": skm.precision_score(yt, yp, average="macro"),
        "recall_macro": skm.recall_score(yt, yp, average="macro"),
        "f1_macro": skm.f1_score(yt, yp, average="macro"),
        "f1_micro": skm.f1_score(yt, yp, average="micro"),
        "f1_weighted": skm.f1_score(yt, yp, average="weighted"),
        "precision_weighted": skm.precision_score(yt, yp, average="weighted"),
        "recall_weighted": skm.recall_score(yt, yp, average="weighted"),
        "mcc": skm.matthews_corrcoef(yt, yp),
        "cohen_kappa": skm.cohen_kappa_score(yt, yp),
    }
    expected = {k: clean(v) for k, v in e.items()}
    expected["roc_auc_ovr_macro"] = attempt(lambda: skm.roc_auc_score(yt, proba, multi_class="ovr", average="macro", labels=labels))
    expected["roc_auc_ovr_weighted"] = attempt(lambda: skm.roc_auc_score(yt, proba, multi_class="ovr", average="weighted", labels=labels))
    expected["log_loss"] = attempt(lambda: skm.log_loss(yt, proba, labels=labels))
    cm = skm.confusion_matrix(yt, yp, labels=labels)
    return {
        "name": name, "task": "multiclass", "labels": labels,
        "y_true": clean(np.asarray(y_true_codes)), "y_pred": clean(np.asarray(y_pred_codes)),
        "probabilities": clean(np.asarray(proba).T),  # one list per class (column-major)
        "expected": expected, "confusion_matrix": clean(cm),
    }


def softmax_rows(logits):
    z = np.exp(logits - logits.max(axis=1, keepdims=True))
    return z / z.sum(axis=1, keepdims=True)


def classification_cases():
    rng = np.random.default_rng(20240501)
    cases = []

    # Binary, balanced-ish, scores rounded to 2 decimals: many ties.
    n = 500
    y = (rng.random(n) < 0.4).astype(int)
    score = np.round(sigmoid(1.5 * (2 * y - 1) + rng.normal(0, 1.5, n)), 2)
    cases.append(binary_case("binary_ties", ["0", "1"], 1, y, (score >= 0.5).astype(int), score))

    # Imbalanced: 3% positives, continuous scores, threshold 0.3.
    n = 3000
    y = (rng.random(n) < 0.03).astype(int)
    score = sigmoid(-2 + 2.5 * y + rng.normal(0, 1, n))
    cases.append(binary_case("binary_imbalanced", ["0", "1"], 1, y, (score >= 0.3).astype(int), score))

    # String labels, positive class is the first label ("cat"), score = P(cat).
    n = 400
    y = (rng.random(n) < 0.55).astype(int)  # 1 = dog
    p_cat = np.round(sigmoid(1.0 * (1 - 2 * y) + rng.normal(0, 1.2, n)), 3)
    pred = np.where(p_cat >= 0.5, 0, 1)
    cases.append(binary_case("binary_strings_positive_first", ["cat", "dog"], 0, y, pred, p_cat))

    # Heavy ties: five score levels only.
    n = 300
    y = (rng.random(n) < 0.5).astype(int)
    score = np.clip(np.round((y * 0.3 + rng.random(n) * 0.8) * 4) / 4, 0, 1)
    cases.append(binary_case("binary_five_levels", ["neg", "pos"], 1, y, (score >= 0.5).astype(int), score))

    # Perfect prediction and perfect ranking.
    y = np.array([0, 0, 1, 1, 0, 1, 0, 1, 1, 0])
    cases.append(binary_case("binary_perfect", ["0", "1"], 1, y, y.copy(), y * 0.6 + 0.2))

    # Constant prediction (never positive): precision 0/0 → 0, MCC 0, kappa 0.
    y = (rng.random(50) < 0.3).astype(int)
    cases.append(binary_case("binary_never_predicts_positive", ["0", "1"], 1, y, np.zeros(50, dtype=int), rng.random(50)))

    # y_true has a single class: ROC AUC undefined, average precision 0 (no positives), recall 0/0.
    y = np.zeros(40, dtype=int)
    pred = (rng.random(40) < 0.2).astype(int)
    cases.append(binary_case("binary_no_positive_rows", ["0", "1"], 1, y, pred, rng.random(40)))

    # Everything one class, predicted as that class: kappa undefined (nan in scikit-learn).
    y = np.ones(20, dtype=int)
    cases.append(binary_case("binary_all_one_class", ["0", "1"], 1, y, y.copy(), None))

    # Multiclass, 3 classes, probabilities from a softmax of integer logits (ties in each column).
    n = 600
    k = 3
    y = rng.choice(k, size=n, p=[0.5, 0.3, 0.2])
    logits = rng.integers(-2, 3, size=(n, k)).astype(float)
    logits[np.arange(n), y] += 1.5
    proba = softmax_rows(logits)
    cases.append(multiclass_case("multiclass3", ["a", "b", "c"], y, proba.argmax(axis=1), proba))

    # Multiclass, 5 classes, continuous probabilities; predictions are argmax with 10% replaced at random.
    n = 1000
    k = 5
    y = rng.choice(k, size=n, p=[0.3, 0.25, 0.2, 0.15, 0.1])
    logits = rng.normal(0, 1, size=(n, k))
    logits[np.arange(n), y] += 1.2
    proba = softmax_rows(logits)
    pred = proba.argmax(axis=1)
    swap = rng.random(n) < 0.1
    pred[swap] = rng.integers(0, k, size=swap.sum())
    cases.append(multiclass_case("multiclass5", ["0", "1", "2", "3", "4"], y, pred, proba))

    # Multiclass where one label ("d") is only ever predicted: macro averages over present labels,
    # ROC AUC one-vs-rest undefined (scikit-learn raises).
    n = 200
    y = rng.choice(3, size=n)
    pred = np.where(rng.random(n) < 0.7, y, rng.choice(4, size=n))
    proba = softmax_rows(rng.normal(0, 1, size=(n, 4)))
    cases.append(multiclass_case("multiclass_predicted_only_label", ["a", "b", "c", "d"], y, pred, proba))

    # Multiclass with a label in neither truth nor predictions (only a probability column).
    n = 150
    y = rng.choice(3, size=n)
    pred = np.where(rng.random(n) < 0.6, y, rng.choice(3, size=n))
    proba = softmax_rows(rng.normal(0, 1, size=(n, 4)))
    cases.append(multiclass_case("multiclass_unused_label", ["a", "b", "c", "z"], y, pred, proba))
    return cases


# ---------------------------------------------------------------- regression

def regression_case(name, y_true, y_pred):
    expected = {
        "mae": skm.mean_absolute_error(y_true, y_pred),
        "mse": skm.mean_squared_error(y_true, y_pred),
        "rmse": skm.mean_squared_error(y_true, y_pred, squared=False),
        "r2": skm.r2_score(y_true, y_pred),
        "mape": skm.mean_absolute_percentage_error(y_true, y_pred),
        "median_ae": skm.median_absolute_error(y_true, y_pred),
        "explained_variance": skm.explained_variance_score(y_true, y_pred),
    }
    return {"name": name, "y_true": clean(np.asarray(y_true, dtype=float)), "y_pred": clean(np.asarray(y_pred, dtype=float)),
            "expected": {k: clean(v) for k, v in expected.items()}}


def regression_cases():
    rng = np.random.default_rng(20240502)
    cases = []
    x = rng.normal(50, 10, 800)
    cases.append(regression_case("regression_normal", x + rng.normal(0, 3, 800), x))
    y = rng.gamma(2.0, 10.0, 501)
    cases.append(regression_case("regression_skewed_biased_odd", y, y * 0.8 + 5 + rng.normal(0, 4, 501)))
    y = rng.normal(0, 1, 100)
    y[[3, 17]] = 0.0
    cases.append(regression_case("regression_zero_in_truth", y, y + rng.normal(0, 0.5, 100)))
    y = np.full(30, 7.5)
    cases.append(regression_case("regression_constant_truth", y, y + rng.normal(0, 1, 30)))
    cases.append(regression_case("regression_constant_truth_perfect", y, y.copy()))
    y = rng.normal(0, 1, 64)
    cases.append(regression_case("regression_perfect", y, y.copy()))
    cases.append(regression_case("regression_constant_prediction", y, np.full(64, y.mean())))
    return cases


# ---------------------------------------------------------------- DeLong (direct O(m·n) reference)

def psi(x, y):
    return 1.0 if x > y else 0.5 if x == y else 0.0


def delong_components(scores, is_pos):
    """Structural components V10 (per positive) and V01 (per negative), DeLong et al. (1988), eq. (2)–(3)."""
    xs = [s for s, p in zip(scores, is_pos) if p]
    ys = [s for s, p in zip(scores, is_pos) if not p]
    m, n = len(xs), len(ys)
    v10 = np.array([sum(psi(x, y) for y in ys) / n for x in xs])
    v01 = np.array([sum(psi(x, y) for x in xs) / m for y in ys])
    auc = v10.mean()
    return auc, v10, v01


def delong_reference(name, is_pos, score_a, score_b, confidence):
    auc_a, v10a, v01a = delong_components(score_a, is_pos)
    auc_b, v10b, v01b = delong_components(score_b, is_pos)
    m, n = len(v10a), len(v01a)
    s10 = np.cov(np.vstack([v10a, v10b]))  # divisor m − 1
    s01 = np.cov(np.vstack([v01a, v01b]))
    cov = s10 / m + s01 / n
    var_a, var_b, cov_ab = cov[0, 0], cov[1, 1], cov[0, 1]
    var_diff = var_a + var_b - 2 * cov_ab
    diff = auc_b - auc_a
    z = diff / math.sqrt(var_diff)
    zc = norm.ppf(1 - (1 - confidence) / 2)
    sk_a = skm.roc_auc_score(is_pos, score_a)
    return {
        "name": name, "confidence": confidence,
        "is_positive": [int(p) for p in is_pos], "score_a": clean(np.asarray(score_a)), "score_b": clean(np.asarray(score_b)),
        "auc_a": auc_a, "auc_b": auc_b, "sklearn_auc_a": sk_a,
        "variance_a": var_a, "variance_b": var_b, "covariance": cov_ab,
        # logit-scale interval: logit(A) ± z·SE/(A(1 − A)), mapped back
        "ci_a": [expit(logit(auc_a) - zc * math.sqrt(var_a) / (auc_a * (1 - auc_a))),
                 expit(logit(auc_a) + zc * math.sqrt(var_a) / (auc_a * (1 - auc_a)))],
        "difference": diff, "variance_difference": var_diff, "z": z, "p_value": 2 * norm.sf(abs(z)),
        "ci_difference": [diff - zc * math.sqrt(var_diff), diff + zc * math.sqrt(var_diff)],
    }


def delong_cases():
    rng = np.random.default_rng(20240503)
    cases = []
    n = 300
    y = rng.random(n) < 0.4
    latent = 1.0 * y + rng.normal(0, 1, n)
    a = np.round(sigmoid(latent + rng.normal(0, 0.8, n)), 2)  # ties
    b = sigmoid(latent + rng.normal(0, 0.5, n))
    cases.append(delong_reference("correlated_with_ties", y, a, b, 0.95))
    n = 120
    y = rng.random(n) < 0.25
    a = rng.normal(0.8 * y, 1)
    b = rng.normal(0.3 * y, 1)
    cases.append(delong_reference("independent_small", y, a, b, 0.9))
    n = 80
    y = rng.random(n) < 0.5
    a = np.round(rng.normal(1.2 * y, 1) * 2) / 2  # heavy ties
    b = np.round(rng.normal(1.0 * y, 1) * 2) / 2
    cases.append(delong_reference("heavy_ties", y, a, b, 0.99))
    return cases


# ---------------------------------------------------------------- Wilson

def wilson_cases():
    out = []
    for count, nobs, confidence in [(0, 10, 0.95), (1, 10, 0.95), (5, 10, 0.95), (10, 10, 0.95), (81, 100, 0.95),
                                    (3, 1000, 0.99), (999, 1000, 0.9), (123456, 1000000, 0.95), (1, 1, 0.8), (17, 40, 0.5)]:
        lo, hi = proportion_confint(count, nobs, alpha=1 - confidence, method="wilson")
        out.append({"successes": count, "trials": nobs, "confidence": confidence, "ci": [float(lo), float(hi)]})
    return out


def write(name, payload):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), "w") as f:
        json.dump({"oracle": ORACLE, "generator": "scripts/reference/metrics.py", **payload}, f, separators=(",", ":"))
        f.write("\n")


write("classification.json", {"cases": classification_cases()})
write("regression.json", {"cases": regression_cases()})
write("delong.json", {"cases": delong_cases()})
write("wilson.json", {"cases": wilson_cases()})
