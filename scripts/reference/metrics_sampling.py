"""Reference values for the random-number code under src/stats (rng.ts, discrete-sampling.ts).

- rng: a line-by-line Python transcription of the xoshiro128** 1.1 reference C code (Blackman & Vigna,
  https://prng.di.unimi.it/xoshiro128starstar.c) with the splitmix32 seeding of src/stats/rng.ts:
  the first outputs for a few seeds, so the TypeScript port is checked bit for bit.
- binomial / poisson: goodness-of-fit tables from scipy.stats.binom / scipy.stats.poisson — the
  support cut into cells of expected count >= 20 at the test's sample size, each cell's exact
  probability, and the chi-square critical value at alpha = 1e-6 (scipy.stats.chi2.isf) so that the
  seeded test fails only on a sampler that is wrong in distribution.

Run:  /usr/bin/python3 scripts/reference/metrics_sampling.py
Writes test/fixtures/metrics/sampling.json.
"""
import json
import os

import numpy as np
import scipy
from scipy.stats import binom, chi2, poisson

OUT = os.path.join(os.path.dirname(__file__), "..", "..", "test", "fixtures", "metrics", "sampling.json")
MASK = 0xFFFFFFFF
DRAWS = 100_000


def imul(a, b):
    return (a * b) & MASK


def splitmix32_stream(seed):
    low = seed & MASK
    high = (seed // 4294967296) & MASK
    state = (low ^ imul(high, 0x85EBCA6B)) & MASK
    while True:
        state = (state + 0x9E3779B9) & MASK
        z = state
        z = imul(z ^ (z >> 16), 0x21F0AAAD)
        z = imul(z ^ (z >> 15), 0x735A2D97)
        yield (z ^ (z >> 15)) & MASK


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & MASK


def xoshiro128starstar(seed, count):
    mix = splitmix32_stream(seed)
    s = [next(mix) for _ in range(4)]
    if s == [0, 0, 0, 0]:
        s[0] = 1
    out = []
    for _ in range(count):
        result = imul(rotl(imul(s[1], 5), 7), 9)
        t = (s[1] << 9) & MASK
        s[2] ^= s[0]
        s[3] ^= s[1]
        s[1] ^= s[2]
        s[0] ^= s[3]
        s[2] ^= t
        s[3] = rotl(s[3], 11)
        out.append(result)
    return out


def cells(pmf_support, pmf, draws):
    """Consecutive support values merged into cells with expected count >= 20 (tails folded in)."""
    result = []
    lo = pmf_support[0]
    mass = 0.0
    for k, p in zip(pmf_support, pmf):
        mass += p
        if mass * draws >= 20:
            result.append([int(lo), int(k), float(mass)])
            lo = k + 1
            mass = 0.0
    if mass > 0:
        result[-1][1] = int(pmf_support[-1])
        result[-1][2] += float(mass)
    # Open the outer cells to the whole support so the probabilities sum to 1.
    return result


def binomial_case(n, p):
    lo, hi = binom.ppf(1e-13, n, p), binom.isf(1e-13, n, p)
    support = np.arange(max(0, lo - 1), min(n, hi + 1) + 1)
    pmf = binom.pmf(support, n, p)
    c = cells(support, pmf, DRAWS)
    c[0][0] = 0
    c[-1][1] = int(n)
    c[0][2] += float(binom.cdf(support[0] - 1, n, p))
    c[-1][2] += float(binom.sf(support[-1], n, p))
    return {"n": int(n), "p": p, "draws": DRAWS, "cells": c, "critical": float(chi2.isf(1e-6, len(c) - 1)),
            "mean": float(n * p), "variance": float(n * p * (1 - p))}


def poisson_case(lam):
    hi = poisson.isf(1e-13, lam)
    support = np.arange(0, hi + 1)
    pmf = poisson.pmf(support, lam)
    c = cells(support, pmf, DRAWS)
    c[-1][1] = 2**31
    c[-1][2] += float(poisson.sf(support[-1], lam))
    return {"lambda": lam, "draws": DRAWS, "cells": c, "critical": float(chi2.isf(1e-6, len(c) - 1)),
            "mean": lam, "variance": lam}


payload = {
    "oracle": f"xoshiro128** reference transcribed to Python; scipy {scipy.__version__} binom/poisson/chi2",
    "generator": "scripts/reference/metrics_sampling.py",
    "rng": [{"seed": seed, "uint32": xoshiro128starstar(seed, 8)} for seed in [0, 1, 42, -7, 2**40 + 3, 9007199254740991]],
    "binomial": [binomial_case(n, p) for n, p in [(20, 0.3), (1000, 0.004), (9, 0.5), (50, 0.5), (60, 0.2), (1_000_000, 0.3),
                                                  (200, 0.93), (1_000_000, 3e-6), (123_457, 0.5), (3, 0.999)]],
    "poisson": [poisson_case(lam) for lam in [0.3, 4.0, 9.99, 10.0, 37.5, 1000.0, 250_000.0]],
}
with open(OUT, "w") as f:
    json.dump(payload, f, separators=(",", ":"))
    f.write("\n")
