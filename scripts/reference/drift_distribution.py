"""Reference values for src/drift/distribution.ts (the drift report's pictures), from numpy.

For each case: the quantiles at k/16 (numpy.percentile, linear interpolation = R type 7), the
pooled range from the smaller 1st to the larger 99th percentile, 10 equal-width bins over it
(interior edges numpy.linspace(lo, hi, 11)[1:-1]), a value's bin = numpy.searchsorted(edges, v,
side="right") (bins [e_(i-1), e_i), the outer two open-ended), shares = counts / n.

Run: /usr/bin/python3 scripts/reference/drift_distribution.py > test/fixtures/drift/distribution.json
"""
import json
import sys

import numpy as np

rng = np.random.default_rng(20240607)
cases = {
    "normal, shifted": (rng.normal(0, 1, 300), rng.normal(0.5, 1.2, 250)),
    "skewed with an outlier": (np.append(rng.exponential(2.0, 199), 1e6), rng.exponential(2.5, 180)),
    "integers with ties": (rng.integers(0, 6, 400).astype(float), rng.integers(1, 8, 350).astype(float)),
    "tiny": (np.array([1.0, 2.0, 3.0, 4.0]), np.array([3.0, 4.0, 5.0, 6.0])),
    "constant": (np.full(20, 7.5), np.full(30, 7.5)),
}
probabilities = np.arange(17) / 16
out = []
for name, (reference, current) in cases.items():
    reference = np.sort(reference)
    current = np.sort(current)
    lo = min(np.percentile(reference, 1), np.percentile(current, 1))
    hi = max(np.percentile(reference, 99), np.percentile(current, 99))
    edges = np.linspace(lo, hi, 11)[1:-1] if hi > lo else np.array([])
    def shares(x):
        bins = np.searchsorted(edges, x, side="right")
        return (np.bincount(bins, minlength=len(edges) + 1) / len(x)).tolist()
    out.append({
        "name": name,
        "reference": reference.tolist(),
        "current": current.tolist(),
        "edges": edges.tolist(),
        "referenceShares": shares(reference),
        "currentShares": shares(current),
        "referenceQuantiles": np.percentile(reference, probabilities * 100).tolist(),
        "currentQuantiles": np.percentile(current, probabilities * 100).tolist(),
    })
json.dump({"oracle": f"numpy {np.__version__}: percentile (linear), linspace, searchsorted (right)", "cases": out}, sys.stdout, indent=1)
sys.stdout.write("\n")
