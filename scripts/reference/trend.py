"""Reference values for a metric's trend across runs (src/metrics/trend.ts).

Oracles: numpy 1.24 `np.median` for the baseline (the median of the previous runs' values, nulls
skipped), trend = current - baseline, relative = trend / |baseline|; scipy 1.10
`scipy.stats.theilslopes(values, positions).slope` for the slope (positions = the runs' places in
the series, oldest 0, current last, runs without a value left out).

Run:  /usr/bin/python3 scripts/reference/trend.py
Writes test/fixtures/metrics/trend.json (seeded: same output every run).
"""
import json
import os

import numpy as np
import scipy
from scipy.stats import theilslopes

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "metrics", "trend.json")


def case(name, values):
    """values: oldest first, the current run last; None where a run had no value."""
    previous = [v for v in values[:-1] if v is not None]
    current = values[-1]
    baseline = float(np.median(previous)) if previous else None
    trend = current - baseline if (current is not None and baseline is not None) else None
    relative = trend / abs(baseline) if (trend is not None and baseline != 0) else None
    xs = [i for i, v in enumerate(values) if v is not None]
    ys = [v for v in values if v is not None]
    slope = float(theilslopes(ys, xs).slope) if len(ys) >= 2 else None
    return {"name": name, "values": values, "baseline": baseline, "trend": trend, "relative": relative, "slope": slope,
            "runs": len(previous), "skipped": sum(v is None for v in values[:-1])}


def main():
    rng = np.random.default_rng(16)
    cases = [
        case("steady", [0.91, 0.93, 0.92, 0.90]),
        case("even_window", [0.80, 0.82, 0.81, 0.83, 0.79]),
        case("one_broken_run", [0.92, 0.92, 0.50, 0.93, 0.92, 0.91]),
        case("slow_decline", [0.95 - 0.004 * i for i in range(10)]),
        case("with_missing", [0.7, None, 0.72, None, 0.69, 0.75]),
        case("loss_rising", [0.31, 0.30, 0.33, 0.35, 0.36, 0.40]),
        case("noisy", [float(v) for v in np.round(0.85 + rng.normal(0, 0.01, 20), 4)]),
        case("zero_baseline", [0.0, 0.0, 0.0, 0.02]),
        case("no_history", [0.9]),
        case("history_without_values", [None, None, 0.9]),
        case("current_missing", [0.9, 0.91, None]),
    ]
    with open(OUT, "w") as f:
        json.dump({"oracle": f"numpy {np.__version__}, scipy {scipy.__version__}", "generator": "scripts/reference/trend.py", "cases": cases}, f, separators=(",", ":"))
        f.write("\n")


if __name__ == "__main__":
    main()
