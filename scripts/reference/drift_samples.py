"""Deterministic samples shared by the drift reference scripts and the TypeScript tests.

Large cases are stored in the fixtures as a generator spec instead of their values. The generator
is a 32-bit LCG whose uniforms are dyadic (k / 2^20), and every transform below is exact in binary
floating point, so test/stats/dyadic-sample.ts reproduces the same numbers bit for bit.

spec = {"kind": "normal" | "skewed" | "levels", "seed": int, "n": int,
        "scale": float, "shift": float, "grid": int (optional, round down to multiples of 2^-grid),
        "levels": int (for kind "levels")}
"""
import numpy as np

MODULUS = 2 ** 32


class Lcg:
    def __init__(self, seed):
        self.state = seed % MODULUS
        for _ in range(4):
            self.next()

    def next(self):
        self.state = (1664525 * self.state + 1013904223) % MODULUS
        return self.state

    def uniform(self):
        """A dyadic uniform in [0, 1): the top 20 bits of the state over 2^20."""
        return (self.next() >> 12) / 2 ** 20


def sample(spec):
    rng = Lcg(spec["seed"])
    n = spec["n"]
    kind = spec["kind"]
    scale = spec.get("scale", 1.0)
    shift = spec.get("shift", 0.0)
    out = np.empty(n)
    for i in range(n):
        if kind == "levels":
            x = float(int(rng.uniform() * spec["levels"]))
        else:
            s = rng.uniform() + rng.uniform() + rng.uniform() + rng.uniform() - 2.0
            x = s * s if kind == "skewed" else s
        out[i] = x * scale + shift
    grid = spec.get("grid")
    if grid is not None:
        q = 2.0 ** grid
        out = np.floor(out * q) / q
    return out


def resolve(value):
    """A fixture value: a list of numbers, or a generator spec."""
    if isinstance(value, dict):
        return sample(value)
    return np.asarray(value, dtype=float)
