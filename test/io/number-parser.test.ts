/**
 * parseNumberBytes against JavaScript's own Number() (correctly rounded) as the oracle: every
 * accepted token must give the identical double (Object.is, so -0 too), and tokens outside the
 * grammar must be rejected. Tolerance: none.
 */
import { describe, expect, it } from 'vitest';
import { numberSyntax, parseNumberBytes } from '../../src/io/number-parser.js';
import { parseStrictNumber } from '../../src/io/table.js';
import { createRandom } from '../../src/stats/rng.js';

function parse(text: string): number {
  const bytes = Buffer.from(text, 'latin1');
  return parseNumberBytes(bytes, 0, bytes.length);
}

describe('parseNumberBytes', () => {
  it.each([
    ['0', 0], ['-0', -0], ['+7', 7], ['1.', 1], ['.5', 0.5], ['-.5', -0.5], ['1e3', 1000], ['1E-3', 0.001],
    ['2.5e+2', 250], ['007', 7], ['0.1', 0.1], ['123456789012345', 123456789012345],
    ['9007199254740993', 9007199254740992], ['0.30000000000000004', 0.30000000000000004],
    ['1.7976931348623157e308', 1.7976931348623157e308], ['1e309', Infinity], ['5e-324', 5e-324], ['1e-400', 0],
    ['inf', Infinity], ['-Inf', -Infinity], ['Infinity', Infinity], ['+infinity', Infinity], ['INF', Infinity], ['-INFINITY', -Infinity],
  ])('%s → %d', (text, expected) => {
    expect(Object.is(parse(text), expected)).toBe(true);
  });

  it.each(['', '+', '-', '.', 'e5', '1e', '1e+', '1.2.3', '1,234', '0x10', '1_000', 'NaN', 'N/A', 'iNF', 'InF', 'INf', 'InFINITY', 'infinit', '1 2', '--1', '1e5.5', ' 1'])(
    'rejects %j',
    (text) => {
      expect(parse(text)).toBeNaN();
      expect(parseStrictNumber(text.trim() === text ? text : 'x')).toBeNaN();
    },
  );

  it('marks integer syntax', () => {
    parse('-12');
    expect(numberSyntax.integer).toBe(true);
    parse('12.0');
    expect(numberSyntax.integer).toBe(false);
    parse('1e2');
    expect(numberSyntax.integer).toBe(false);
  });

  it('equals Number() on 20,000 random tokens of every shape (seed 7)', () => {
    const random = createRandom(7);
    const mismatches: string[] = [];
    const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random.next() * 10)).join('');
    for (let i = 0; i < 20000; i++) {
      const sign = ['', '-', '+'][Math.floor(random.next() * 3)];
      const whole = digits(Math.floor(random.next() * 20));
      const fraction = random.next() < 0.6 ? `.${digits(Math.floor(random.next() * 20))}` : '';
      const exponent = random.next() < 0.3 ? `e${['', '-', '+'][Math.floor(random.next() * 3)]}${Math.floor(random.next() * 330)}` : '';
      const text = sign + whole + fraction + exponent;
      const valid = /\d/.test(whole + fraction);
      const got = parse(text);
      if (valid ? !Object.is(got, Number(text)) : !Number.isNaN(got)) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });

  it('equals Number() on the shortest text of 20,000 random doubles (seed 8)', () => {
    const random = createRandom(8);
    const mismatches: string[] = [];
    const view = new DataView(new ArrayBuffer(8));
    for (let i = 0; i < 20000; i++) {
      view.setUint32(0, random.nextUint32());
      view.setUint32(4, random.nextUint32());
      const v = view.getFloat64(0);
      if (Number.isFinite(v) && !Object.is(parse(String(v)), v)) mismatches.push(String(v));
    }
    expect(mismatches).toEqual([]);
  });
});

describe('parseNumberBytes at exact rounding midpoints', () => {
  it('rounds half to even like Number() for integers between 2^53 and 2^63 (BigInt-generated)', () => {
    for (let k = 53; k <= 63; k++) {
      const base = 2n ** BigInt(k);
      const ulp = 2n ** BigInt(k - 52);
      for (let j = 0n; j < 50n; j++) {
        for (const delta of [ulp / 2n, ulp / 2n - 1n, ulp / 2n + 1n, 0n]) {
          const digits = (base + j * ulp + delta).toString();
          if (digits.length > 19) continue;
          for (const text of [digits, `${digits[0]}.${digits.slice(1)}e${digits.length - 1}`, `0.${digits}e${digits.length}`]) {
            expect(Object.is(parse(text), Number(text)), text).toBe(true);
          }
        }
      }
    }
  });

  it('equals Number() on 16–19 significant digits of 50,000 random values (seed 9)', () => {
    const random = createRandom(9);
    const mismatches: string[] = [];
    for (let i = 0; i < 50000; i++) {
      const v = random.next() * 10 ** Math.floor(random.next() * 30 - 15);
      for (const text of [String(v), v.toPrecision(16 + (i % 4))]) if (!Object.is(parse(text), Number(text))) mismatches.push(text);
    }
    expect(mismatches).toEqual([]);
  });
});
