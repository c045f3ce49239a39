"""The drift computation as usually written with pandas and scipy, for bench/drift.ts to compare
against: per numeric column ks_2samp and PSI on 10 reference-quantile bins, per categorical column
chi2_contingency on the category counts. Prints load and compute seconds as JSON.

Run: /usr/bin/python3 scripts/reference/drift_bench_scipy.py reference.csv current.csv
"""
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

start = time.perf_counter()
reference = pd.read_csv(sys.argv[1])
current = pd.read_csv(sys.argv[2])
loaded = time.perf_counter()

results = {}
for column in reference.columns:
    ref = reference[column].dropna()
    cur = current[column].dropna()
    if pd.api.types.is_numeric_dtype(ref):
        ks = stats.ks_2samp(ref.to_numpy(), cur.to_numpy())
        edges = np.unique(np.quantile(ref, np.linspace(0.1, 0.9, 9)))
        rc = np.bincount(np.searchsorted(edges, ref, side="right"), minlength=len(edges) + 1) / len(ref)
        cc = np.bincount(np.searchsorted(edges, cur, side="right"), minlength=len(edges) + 1) / len(cur)
        rc, cc = np.where(rc == 0, 1e-4, rc), np.where(cc == 0, 1e-4, cc)
        results[column] = (ks.pvalue, float(np.sum((rc - cc) * np.log(rc / cc))))
    else:
        counts = pd.concat([ref.value_counts(), cur.value_counts()], axis=1).fillna(0).to_numpy().T
        results[column] = (stats.chi2_contingency(counts).pvalue, None)
done = time.perf_counter()
print(json.dumps({"loadSeconds": loaded - start, "computeSeconds": done - loaded, "columns": len(results),
                  "peakMB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
