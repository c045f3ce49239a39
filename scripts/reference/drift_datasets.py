"""Datasets for the drift no-drift simulations and power tests (test/drift/no-drift-simulation.test.ts).

Run: /usr/bin/python3 scripts/reference/drift_datasets.py
Writes test/fixtures/drift/:
- breast-cancer.csv: scikit-learn's bundled Wisconsin breast-cancer data (569 rows, 30 correlated
  numeric features, diagnosis as text) — the real dataset DESIGN.md's measured facts refer to.
- digits.csv: every other pixel column of scikit-learn's bundled digits (1797 rows, 32 integer
  columns 0–16 with heavy ties and constant columns) and the digit as text.
- mixed.csv: a seeded synthetic table of 3000 rows and 20 columns driven by three latent factors, so
  that columns are correlated: skewed, rounded, integer, ordinal, binary, zero-inflated and
  near-constant numerics, one with values missing at random, and categoricals from 2 to ~150
  levels with rare levels and missing cells.
"""
import os

import numpy as np
import pandas as pd
from sklearn.datasets import load_breast_cancer, load_digits

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "drift")


def breast_cancer():
    data = load_breast_cancer(as_frame=True)
    frame = data.frame.copy()
    frame["diagnosis"] = np.where(frame.pop("target") == 1, "benign", "malignant")
    frame.columns = [c.replace(" ", "_") for c in frame.columns]
    frame.to_csv(os.path.join(OUT, "breast-cancer.csv"), index=False)


def digits():
    data = load_digits()
    columns = {f"pixel_{j}": data.data[:, j].astype(int) for j in range(0, 64, 2)}
    frame = pd.DataFrame(columns)
    frame["digit"] = ["d" + str(t) for t in data.target]
    frame.to_csv(os.path.join(OUT, "digits.csv"), index=False)


def mixed(n=3000, seed=20240501):
    rng = np.random.default_rng(seed)
    f1, f2, f3 = rng.standard_normal((3, n))
    noise = lambda s=1.0: s * rng.standard_normal(n)  # noqa: E731
    frame = pd.DataFrame()
    frame["income"] = np.round(np.exp(10 + 0.5 * f1 + 0.3 * noise()), 2)
    frame["age"] = np.clip(np.round(45 + 12 * (0.6 * f1 + 0.8 * noise())), 18, 90).astype(int)
    frame["balance"] = np.round(1000 * (0.8 * f1 + 0.6 * f2) + 200 * noise(), 1)
    frame["utilisation"] = np.round(1 / (1 + np.exp(-(0.9 * f2 + 0.5 * noise()))), 3)
    frame["tenure_months"] = rng.poisson(np.exp(2.5 + 0.4 * f3)).astype(int)
    frame["visits"] = np.where(rng.uniform(size=n) < 0.6, 0, rng.poisson(np.exp(1 + 0.5 * f2))).astype(int)
    frame["rating"] = np.clip(np.round(3 + 1.1 * (0.7 * f3 + 0.7 * noise())), 1, 5).astype(int)
    frame["score"] = np.round(0.7 * f1 - 0.5 * f3 + 0.5 * noise(), 4)
    frame["latency_ms"] = np.round(np.exp(3 + 0.8 * noise() + 0.3 * f2), 1)
    frame["is_active"] = (0.8 * f3 + noise(0.8) > 0.3).astype(int)
    frame["near_constant"] = np.where(rng.uniform(size=n) < 0.995, 1.0, 2.5)
    with_missing = 50 + 10 * (0.5 * f1 + 0.9 * noise())
    with_missing[rng.uniform(size=n) < 1 / (1 + np.exp(-(f2 - 2)))] = np.nan
    frame["lab_value"] = np.round(with_missing, 2)
    frame["region"] = np.array(["north", "south", "east", "west", "central"])[
        np.digitize(0.8 * f2 + 0.6 * noise(), [-1.0, -0.3, 0.3, 1.0])]
    frame["device"] = np.array(["mobile", "desktop", "tablet"])[np.digitize(0.5 * f1 + noise(), [-0.2, 1.1])]
    plan_levels = np.array([f"plan_{k:02d}" for k in range(12)])
    plan_weights = np.array([30, 20, 15, 10, 8, 6, 4, 3, 2, 1, 0.6, 0.4])
    frame["plan"] = plan_levels[rng.choice(12, n, p=plan_weights / plan_weights.sum())]
    frame["newsletter"] = np.where(f3 + noise() > 0, "yes", "no")
    channel = np.array(["search", "social", "email", "direct"])[rng.choice(4, n, p=[0.4, 0.3, 0.2, 0.1])].astype(object)
    channel[rng.uniform(size=n) < 0.05] = None
    frame["channel"] = channel
    city_weights = 1 / np.arange(1, 151) ** 1.1
    frame["city"] = [f"city_{k}" for k in rng.choice(150, n, p=city_weights / city_weights.sum())]
    frame["segment"] = np.where(f1 > 0.5, "A", np.where(f2 > 0, "B", "C"))
    frame["weekday"] = np.array(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])[rng.integers(0, 7, n)]
    frame.to_csv(os.path.join(OUT, "mixed.csv"), index=False)


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    breast_cancer()
    digits()
    mixed()
    print("wrote", OUT)
