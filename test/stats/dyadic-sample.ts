/**
 * The TypeScript twin of scripts/reference/drift_samples.py: a 32-bit LCG with dyadic uniforms
 * and exact transforms, so fixture cases can name a sample by its spec instead of its values.
 */
export interface SampleSpec {
  kind: 'normal' | 'skewed' | 'levels';
  seed: number;
  n: number;
  scale?: number;
  shift?: number;
  grid?: number;
  levels?: number;
}

export type SampleValue = number[] | SampleSpec;

class Lcg {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
    for (let i = 0; i < 4; i++) this.next();
  }
  next(): number {
    this.state = (Math.imul(1664525, this.state) + 1013904223) >>> 0;
    return this.state;
  }
  uniform(): number {
    return (this.next() >>> 12) / 2 ** 20;
  }
}

export function sample(spec: SampleSpec): Float64Array {
  const rng = new Lcg(spec.seed);
  const scale = spec.scale ?? 1;
  const shift = spec.shift ?? 0;
  const out = new Float64Array(spec.n);
  for (let i = 0; i < spec.n; i++) {
    let x: number;
    if (spec.kind === 'levels') {
      x = Math.floor(rng.uniform() * (spec.levels ?? 2));
    } else {
      const s = rng.uniform() + rng.uniform() + rng.uniform() + rng.uniform() - 2;
      x = spec.kind === 'skewed' ? s * s : s;
    }
    out[i] = x * scale + shift;
  }
  if (spec.grid !== undefined) {
    const q = 2 ** spec.grid;
    for (let i = 0; i < out.length; i++) out[i] = Math.floor(out[i] * q) / q;
  }
  return out;
}

export function resolveSample(value: SampleValue): Float64Array {
  return Array.isArray(value) ? Float64Array.from(value) : sample(value);
}

export function sortedSample(value: SampleValue): Float64Array {
  return resolveSample(value).sort();
}
