"""Reference values for compare-champion at the action level: pairs of prediction files on real
data (scikit-learn's breast-cancer, wine and diabetes sets) and what each metric, difference,
interval and test must come out as.

Oracles: scikit-learn 1.2.1 (every metric value), statsmodels 0.13.5 (mcnemar, Wilson intervals
inside Newcombe), scipy 1.10.1 (ttest_rel with its confidence_interval, wilcoxon, norm), and,
written out here from their papers: Newcombe's paired interval (method 10, via
scripts/reference/paired_tests.py), DeLong's paired test by its O(mn) structural components
(DeLong, DeLong & Clarke-Pearson 1988), and the delta-method intervals of rmse, r2 and
explained variance from their influence functions (normal interval on the mean of the per-row
influence differences, variance sum(d^2) / (n (n - 1))).

Bootstrap intervals (the other confusion-matrix metrics) depend on mlgate's own random stream, so
only their point values are given here; the tests check the intervals' behaviour instead.

Run from the repository root:
    /usr/bin/python3 scripts/reference/compare_champion.py
It writes test/fixtures/compare-champion/<case>/{champion,challenger}.csv and
test/fixtures/compare-champion/cases.json (deterministic: fixed seeds).
"""
import json
import math
import os
import sys
import warnings

import numpy as np
import pandas as pd
import scipy
import sklearn
import statsmodels
from scipy import stats
from sklearn import metrics as skm
from sklearn.datasets import load_breast_cancer, load_diabetes, load_wine
from sklearn.linear_model import LogisticRegression, Ridge
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler
from sklearn.tree import DecisionTreeRegressor
from statsmodels.stats.contingency_tables import mcnemar

sys.path.insert(0, os.path.dirname(__file__))
from paired_tests import newcombe_paired  # noqa: E402  (guarded module: importing runs nothing)

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
OUT = os.path.join(ROOT, "test", "fixtures", "compare-champion")
VERSIONS = f"scikit-learn {sklearn.__version__}, scipy {scipy.__version__}, statsmodels {statsmodels.__version__}"
CONFIDENCE = 0.95
Z = stats.norm.isf((1 - CONFIDENCE) / 2)


def clean(value):
    if isinstance(value, dict):
        return {k: clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean(v) for v in value]
    if isinstance(value, (np.floating, float)):
        v = float(value)
        return None if math.isnan(v) else v
    if isinstance(value, np.integer):
        return int(value)
    return value


# ---------------------------------------------------------------------------------------------
# Classification

def classification_values(y, pred, labels, positive=None, score=None, proba=None):
    """Every metric mlgate reports for one model, by scikit-learn."""
    out = {
        "accuracy": skm.accuracy_score(y, pred),
        "balanced_accuracy": skm.balanced_accuracy_score(y, pred),
        "precision_macro": skm.precision_score(y, pred, labels=labels, average="macro", zero_division=0),
        "recall_macro": skm.recall_score(y, pred, labels=labels, average="macro", zero_division=0),
        "f1_macro": skm.f1_score(y, pred, labels=labels, average="macro", zero_division=0),
        "f1_micro": skm.f1_score(y, pred, labels=labels, average="micro", zero_division=0),
        "f1_weighted": skm.f1_score(y, pred, labels=labels, average="weighted", zero_division=0),
        "mcc": skm.matthews_corrcoef(y, pred),
        "cohen_kappa": skm.cohen_kappa_score(y, pred, labels=labels),
    }
    if positive is not None:
        out["precision"] = skm.precision_score(y, pred, pos_label=positive, zero_division=0)
        out["recall"] = skm.recall_score(y, pred, pos_label=positive, zero_division=0)
        out["f1"] = skm.f1_score(y, pred, pos_label=positive, zero_division=0)
        is_pos = (np.asarray(y) == positive).astype(int)
        out["roc_auc"] = skm.roc_auc_score(is_pos, score)
        out["average_precision"] = skm.average_precision_score(is_pos, score)
        out["log_loss"] = skm.log_loss(is_pos, score, labels=[0, 1])
        out["brier"] = skm.brier_score_loss(is_pos, score)
    elif proba is not None:
        out["roc_auc_ovr_macro"] = skm.roc_auc_score(y, proba, multi_class="ovr", average="macro", labels=labels)
        out["roc_auc_ovr_weighted"] = skm.roc_auc_score(y, proba, multi_class="ovr", average="weighted", labels=labels)
        out["log_loss"] = skm.log_loss(y, proba, labels=labels)
    return out


def mcnemar_reference(y, pred_a, pred_b):
    """McNemar as statsmodels (exact below 25 discordant pairs) and Newcombe's interval of B - A."""
    ca = np.asarray(pred_a) == np.asarray(y)
    cb = np.asarray(pred_b) == np.asarray(y)
    n11 = int(np.sum(ca & cb))
    b = int(np.sum(ca & ~cb))  # champion only correct
    c = int(np.sum(~ca & cb))  # challenger only correct
    n22 = int(np.sum(~ca & ~cb))
    exact = b + c < 25
    res = mcnemar([[n11, b], [c, n22]], exact=exact, correction=True)
    est, lower, upper = newcombe_paired(n11, c, b, n22, CONFIDENCE)
    return {
        "bothCorrect": n11, "championOnlyCorrect": b, "challengerOnlyCorrect": c, "bothWrong": n22,
        "test": "mcnemar-exact" if exact else "mcnemar-chi-square-corrected",
        "statistic": float(res.statistic), "pValue": float(res.pvalue),
        "delta": est, "ci": [lower, upper],
    }


def delong_paired(is_pos, score_a, score_b):
    """DeLong's paired test of AUC(B) - AUC(A) from the O(mn) structural components."""
    def components(scores):
        xs = scores[is_pos]
        ys = scores[~is_pos]
        psi = (xs[:, None] > ys[None, :]) + 0.5 * (xs[:, None] == ys[None, :])
        return psi.mean(), psi.mean(axis=1), psi.mean(axis=0)
    auc_a, v10a, v01a = components(np.asarray(score_a, dtype=float))
    auc_b, v10b, v01b = components(np.asarray(score_b, dtype=float))
    m, n = len(v10a), len(v01a)
    s10 = np.cov(np.vstack([v10a, v10b]))
    s01 = np.cov(np.vstack([v01a, v01b]))
    cov = s10 / m + s01 / n
    var = cov[0, 0] + cov[1, 1] - 2 * cov[0, 1]
    diff = auc_b - auc_a
    se = math.sqrt(var)
    return {"delta": diff, "ci": [diff - Z * se, diff + Z * se], "pValue": 2 * stats.norm.sf(abs(diff / se))}


def paired_z(loss_a, loss_b):
    """Normal interval and p-value of the mean of per-row differences (log loss, Brier)."""
    d = np.asarray(loss_b, dtype=float) - np.asarray(loss_a, dtype=float)
    se = np.std(d, ddof=1) / math.sqrt(len(d))
    m = d.mean()
    return {"delta": m, "ci": [m - Z * se, m + Z * se], "pValue": 2 * stats.norm.sf(abs(m / se))}


def binary_losses(is_pos, score):
    p = np.clip(np.asarray(score, dtype=float), 1e-15, 1 - 1e-15)
    return -(is_pos * np.log(p) + (1 - is_pos) * np.log(1 - p)), (p - is_pos) ** 2


def classification_case(name, inputs, champion, challenger, labels, positive=None, score="score", proba_columns=None, id_column="id"):
    joined = champion.merge(challenger, on=id_column, suffixes=("_a", "_b")) if id_column else champion.join(challenger, lsuffix="_a", rsuffix="_b")
    assert (joined["y_true_a"] == joined["y_true_b"]).all()
    y = joined["y_true_a"].to_numpy()
    pa, pb = joined["y_pred_a"].to_numpy(), joined["y_pred_b"].to_numpy()
    kwargs_a, kwargs_b = {}, {}
    if positive is not None:
        kwargs_a = {"positive": positive, "score": joined[f"{score}_a"].to_numpy()}
        kwargs_b = {"positive": positive, "score": joined[f"{score}_b"].to_numpy()}
    if proba_columns is not None:
        kwargs_a = {"proba": joined[[f"{c}_a" for c in proba_columns]].to_numpy()}
        kwargs_b = {"proba": joined[[f"{c}_b" for c in proba_columns]].to_numpy()}
    a = classification_values(y, pa, labels, **kwargs_a)
    b = classification_values(y, pb, labels, **kwargs_b)
    metrics = {k: {"champion": a[k], "challenger": b[k], "delta": b[k] - a[k]} for k in a}
    mc = mcnemar_reference(y, pa, pb)
    metrics["accuracy"].update({"ci": mc["ci"], "pValue": mc["pValue"], "test": mc["test"]})
    assert abs(mc["delta"] - metrics["accuracy"]["delta"]) < 1e-12
    if positive is not None:
        is_pos = y == positive
        metrics["roc_auc"].update({**delong_paired(is_pos, kwargs_a["score"], kwargs_b["score"]), "test": "delong"})
        la, ba = binary_losses(is_pos.astype(float), kwargs_a["score"])
        lb, bb = binary_losses(is_pos.astype(float), kwargs_b["score"])
        metrics["log_loss"].update({**paired_z(la, lb), "test": "analytic"})
        metrics["brier"].update({**paired_z(ba, bb), "test": "analytic"})
    if proba_columns is not None:
        codes = np.searchsorted(labels, y) if all(isinstance(l, (int, np.integer)) for l in labels) else np.array([labels.index(v) for v in y])
        la = -np.log(np.clip(kwargs_a["proba"][np.arange(len(y)), codes], 1e-15, 1))
        lb = -np.log(np.clip(kwargs_b["proba"][np.arange(len(y)), codes], 1e-15, 1))
        metrics["log_loss"].update({**paired_z(la, lb), "test": "analytic"})
    discordant = {k: mc[k] for k in ("bothCorrect", "championOnlyCorrect", "challengerOnlyCorrect", "bothWrong", "test", "statistic", "pValue")}
    return {"name": name, "inputs": inputs, "expected": {"rows": len(y), "metrics": metrics, "discordantPairs": discordant}, "joined": joined}


def slice_accuracy(joined, column):
    out = {}
    for value, part in joined.groupby(f"{column}_b"):
        mc = mcnemar_reference(part["y_true_a"].to_numpy(), part["y_pred_a"].to_numpy(), part["y_pred_b"].to_numpy())
        out[str(value)] = {"rows": len(part), "delta": mc["delta"], "ci": mc["ci"], "pValue": mc["pValue"]}
    return out


def write_pair(case, champion, challenger):
    folder = os.path.join(OUT, case)
    os.makedirs(folder, exist_ok=True)
    champion.to_csv(os.path.join(folder, "champion.csv"), index=False)
    challenger.to_csv(os.path.join(folder, "challenger.csv"), index=False)
    return f"test/fixtures/compare-champion/{case}/champion.csv", f"test/fixtures/compare-champion/{case}/challenger.csv"


def binary_cases():
    examples = os.path.join(ROOT, "examples", "compare-champion")
    champion = pd.read_csv(os.path.join(examples, "champion.csv"))
    challenger = pd.read_csv(os.path.join(examples, "challenger.csv"))
    cases = []
    inputs = {"champion": "examples/compare-champion/champion.csv", "challenger": "examples/compare-champion/challenger.csv",
              "id-column": "id", "score-column": "score", "slice-columns": "size_band"}
    case = classification_case("binary breast cancer (examples), joined on id", inputs, champion, challenger, [0, 1], positive=1)
    case["expected"]["slices"] = {"size_band": slice_accuracy(case["joined"], "size_band")}
    cases.append(case)

    # A small sample: 60 rows, the challenger barely different — bound gates must be inconclusive.
    rng = np.random.default_rng(5)
    keep = np.sort(rng.choice(champion["id"].to_numpy(), size=60, replace=False))
    small_a = champion[champion["id"].isin(keep)]
    small_b = challenger[challenger["id"].isin(keep)]
    files = write_pair("binary-small", small_a, small_b)
    cases.append(classification_case("binary, 60 rows (inconclusive)", {"champion": files[0], "challenger": files[1], "id-column": "id", "score-column": "score"}, small_a, small_b, [0, 1], positive=1))

    # Partial overlap: 3 ids only in the champion (dropped from the challenger), 2 only in the challenger.
    ids = champion["id"].to_numpy()
    only_a, only_b = ids[[10, 50, 90]], ids[[20, 200]]
    part_a = champion[~champion["id"].isin(only_b)]
    part_b = challenger[~challenger["id"].isin(only_a)]
    files = write_pair("binary-partial", part_a, part_b)
    case = classification_case("binary, partial overlap (allow-partial)", {"champion": files[0], "challenger": files[1], "id-column": "id", "score-column": "score", "allow-partial": "true"}, part_a, part_b, [0, 1], positive=1)
    case["expected"]["join"] = {"paired": len(ids) - 5, "onlyChampion": int((~part_a["id"].isin(part_b["id"])).sum()), "onlyChallenger": int((~part_b["id"].isin(part_a["id"])).sum())}
    cases.append(case)
    return cases


def multiclass_case():
    wine = load_wine(as_frame=True)
    names = np.array(["barbera", "barolo", "grignolino"])  # text order, as scikit-learn sorts them
    y_all = np.array(["barolo", "grignolino", "barbera"])[wine.target]
    x_train, x_test, y_train, y_test = train_test_split(wine.data, y_all, test_size=0.5, random_state=11, stratify=y_all)
    champion_model = make_pipeline(StandardScaler(), LogisticRegression(C=0.05, max_iter=2000)).fit(x_train.iloc[:, :3], y_train)
    challenger_model = RandomForestClassifier(n_estimators=60, random_state=0).fit(x_train, y_train)
    ids = np.array([f"w-{i:03d}" for i in range(len(x_test))])
    region = np.where(x_test["alcohol"].to_numpy() > 13, "high", "low")

    def frame(model, cols):
        proba = model.predict_proba(x_test[cols])
        assert list(model.classes_) == list(names)
        f = pd.DataFrame({"id": ids, "y_true": y_test, "y_pred": names[proba.argmax(axis=1)], "alcohol": region})
        for k, name in enumerate(names):
            f[f"proba_{name}"] = np.round(proba[:, k], 6)
        # rounding must keep each row summing to 1 within 1e-6
        f[f"proba_{names[-1]}"] = np.round(1 - f[[f"proba_{n}" for n in names[:-1]]].sum(axis=1), 6)
        return f

    champion = frame(champion_model, list(x_test.columns[:3]))
    challenger = frame(challenger_model, list(x_test.columns)).sample(frac=1.0, random_state=4)
    files = write_pair("multiclass", champion, challenger)
    champion = pd.read_csv(os.path.join(ROOT, files[0]))
    challenger = pd.read_csv(os.path.join(ROOT, files[1]))
    inputs = {"champion": files[0], "challenger": files[1], "id-column": "id", "score-columns": "proba_*", "slice-columns": "alcohol"}
    case = classification_case("multiclass wine, text ids, probabilities", inputs, champion, challenger, list(names), proba_columns=[f"proba_{n}" for n in names])
    case["expected"]["slices"] = {"alcohol": slice_accuracy(case["joined"], "alcohol")}
    return case


# ---------------------------------------------------------------------------------------------
# Regression

def regression_values(y, p):
    return {
        "mae": skm.mean_absolute_error(y, p),
        "mse": skm.mean_squared_error(y, p),
        "rmse": skm.mean_squared_error(y, p, squared=False),
        "r2": skm.r2_score(y, p),
        "mape": skm.mean_absolute_percentage_error(y, p),
        "median_ae": skm.median_absolute_error(y, p),
        "explained_variance": skm.explained_variance_score(y, p),
    }


def influence_interval(delta, if_a, if_b):
    d = if_b - if_a
    n = len(d)
    se = math.sqrt(np.sum(d * d) / (n * (n - 1)))
    return {"delta": delta, "ci": [delta - Z * se, delta + Z * se], "pValue": 2 * stats.norm.sf(abs(delta / se))}


def regression_influences(y, p):
    """Influence functions of rmse, r2 and explained variance (written out from their definitions)."""
    e = y - p
    mse = np.mean(e * e)
    vy = np.mean((y - y.mean()) ** 2)
    ve = np.mean((e - e.mean()) ** 2)
    if_vy = (y - y.mean()) ** 2 - vy
    return {
        "rmse": (e * e - mse) / (2 * math.sqrt(mse)),
        "r2": -((e * e - mse) / vy - mse * if_vy / vy ** 2),
        "explained_variance": -(((e - e.mean()) ** 2 - ve) / vy - ve * if_vy / vy ** 2),
    }


def ttest(d):
    res = stats.ttest_rel(d, np.zeros_like(d))
    ci = res.confidence_interval(CONFIDENCE)
    return {"ci": [ci.low, ci.high], "pValue": res.pvalue, "statistic": res.statistic}


def regression_case():
    diab = load_diabetes(as_frame=True)
    x_train, x_test, y_train, y_test = train_test_split(diab.data, diab.target, test_size=0.5, random_state=3)
    champion_model = DecisionTreeRegressor(max_depth=3, random_state=0).fit(x_train, y_train)
    challenger_model = Ridge(alpha=0.5).fit(x_train, y_train)
    rng = np.random.default_rng(9)
    ids = rng.choice(np.arange(10**9, 10**9 + 10**6), size=len(x_test), replace=False)
    sex = np.where(x_test["sex"].to_numpy() > 0, "a", "b")
    champion = pd.DataFrame({"id": ids, "y_true": y_test.to_numpy(), "y_pred": np.round(champion_model.predict(x_test), 4), "sex": sex})
    challenger = pd.DataFrame({"id": ids, "y_true": y_test.to_numpy(), "y_pred": np.round(challenger_model.predict(x_test), 4), "sex": sex})
    files_by_position = write_pair("regression-position", champion, challenger)
    challenger = challenger.sample(frac=1.0, random_state=8)
    files = write_pair("regression", champion, challenger)
    joined = champion.merge(challenger, on="id", suffixes=("_a", "_b"))
    y = joined["y_true_a"].to_numpy(dtype=float)
    pa = joined["y_pred_a"].to_numpy(dtype=float)
    pb = joined["y_pred_b"].to_numpy(dtype=float)
    a, b = regression_values(y, pa), regression_values(y, pb)
    metrics = {k: {"champion": a[k], "challenger": b[k], "delta": b[k] - a[k]} for k in a}
    ea, eb = y - pa, y - pb
    eps = np.finfo(float).eps
    losses = {"mae": (np.abs(ea), np.abs(eb)), "mse": (ea * ea, eb * eb), "mape": (np.abs(ea) / np.maximum(np.abs(y), eps), np.abs(eb) / np.maximum(np.abs(y), eps))}
    error_tests = {}
    for name, (la, lb) in losses.items():
        t = ttest(lb - la)
        metrics[name].update({"ci": t["ci"], "pValue": t["pValue"], "test": "paired-t"})
        if name in ("mae", "mse"):
            w = stats.wilcoxon(lb, la)  # 221 pairs: scipy's normal approximation (n > 50)
            key = "absoluteError" if name == "mae" else "squaredError"
            error_tests[key] = {"meanDifference": float(np.mean(lb - la)), "tStatistic": t["statistic"], "tPValue": t["pValue"], "wilcoxonStatistic": float(w.statistic), "wilcoxonPValue": float(w.pvalue)}
    ia, ib = regression_influences(y, pa), regression_influences(y, pb)
    for name in ("rmse", "r2", "explained_variance"):
        metrics[name].update({**influence_interval(metrics[name]["delta"], ia[name], ib[name]), "test": "analytic"})
    expected = {"rows": len(y), "metrics": metrics, "errorTests": error_tests}
    return [
        {"name": "regression diabetes, numeric ids, shuffled", "inputs": {"champion": files[0], "challenger": files[1], "id-column": "id", "slice-columns": "sex"}, "expected": expected},
        {"name": "regression diabetes, paired by position", "inputs": {"champion": files_by_position[0], "challenger": files_by_position[1]}, "expected": expected},
    ]


def main():
    warnings.simplefilter("ignore")
    cases = binary_cases() + [multiclass_case()] + regression_case()
    for case in cases:
        case.pop("joined", None)
    payload = {
        "oracle": f"{VERSIONS}; Newcombe method 10 and DeLong components written out (see the generator's docstring)",
        "generator": "scripts/reference/compare_champion.py",
        "confidence": CONFIDENCE,
        "cases": clean(cases),
    }
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "cases.json"), "w") as f:
        json.dump(payload, f, indent=1, allow_nan=False)
        f.write("\n")


if __name__ == "__main__":
    main()
