"""Reference values for src/stats/normal.ts: scipy.stats.norm cdf, sf and ppf.
Run: /usr/bin/python3 scripts/reference/normal.py > test/fixtures/stats/normal.json"""
import json
import scipy
from scipy.stats import norm

xs = [-38.0, -30.0, -20.0, -10.0, -8.5, -8.3, -7.5, -7.0, -5.0, -3.0, -1.96, -1.0, -0.5, -1e-8, 0.0,
      0.3, 1.0, 1.644853626951, 2.5, 4.0, 6.0, 7.07, 7.2, 9.0, 15.0]
ps = [1e-300, 1e-100, 1e-20, 1e-10, 1e-5, 0.001, 0.01, 0.02425, 0.025, 0.05, 0.1, 0.3, 0.5, 0.7,
      0.9, 0.95, 0.975, 0.97575, 0.99, 0.999, 0.99999, 1 - 1e-10]
print(json.dumps({
    "oracle": f"scipy {scipy.__version__} scipy.stats.norm",
    "cdf": [[x, norm.cdf(x), norm.sf(x)] for x in xs],
    "ppf": [[p, norm.ppf(p)] for p in ps],
}, indent=1))
