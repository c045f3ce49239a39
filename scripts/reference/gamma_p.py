"""Reference values for the regularised lower incomplete gamma P(a, x) (src/stats/gamma.ts), with
the far lower tail for large a (x far below a), where computing log(1 + (x − a)/a) loses digits.

Oracle: scipy.special.gammainc (Debian's scipy).
Run:  /usr/bin/python3 scripts/reference/gamma_p.py
Writes test/fixtures/stats/gamma-p.json.
"""
import json
import os

import scipy
from scipy.special import gammainc

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "stats", "gamma-p.json")
cases = []
for a in (0.5, 3.0, 10.0, 12.5, 42.5, 100.0, 1000.0):
    for ratio in (1e-8, 3.7e-6, 1e-4, 1e-2, 0.1, 0.3, 0.5, 0.9, 1.0, 1.1, 2.0):
        x = a * ratio
        p = float(gammainc(a, x))
        if p > 1e-300:
            cases.append({"a": a, "x": x, "p": p})
with open(OUT, "w") as f:
    json.dump({"oracle": f"scipy {scipy.__version__} special.gammainc", "cases": cases}, f, indent=1)
    f.write("\n")
print(f"wrote {len(cases)} cases to {OUT}")
