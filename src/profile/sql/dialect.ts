/**
 * What the SQL profile (sql-profile.ts) needs from an engine's SQL, and nothing more: a dialect
 * renders expressions; the algorithm, the queries' shape and the bounds live in sql-profile.ts.
 * Adding an engine (Spark SQL, Trino, BigQuery) is one object implementing this interface plus a
 * runner that sends text and returns rows; each method names the function it needs, so a port
 * is a matter of looking up the engine's spelling. Tested: DuckDB (duckdb.ts) and ClickHouse
 * 18.16 (clickhouse.ts).
 *
 * Every numeric value reaches SQL as a double `v`; missing is SQL NULL or NaN; "finite" excludes
 * both and ±Infinity. Hash words are unsigned 32-bit integers held in a 64-bit integer type and
 * must equal value-hash.ts's bit for bit (test/profile/sql.test.ts checks that on real engines).
 */
import type { ColumnType } from '../../io/table.js';

export interface SqlDialect {
  readonly name: string;
  /** A quoted identifier. */
  ident(name: string): string;
  /** A string literal. */
  text(value: string): string;
  /** The column as the double the profile uses (integers, numbers, booleans 0/1, datetimes in ms since the epoch). */
  asDouble(column: string, type: ColumnType): string;
  /** The column as text (string columns). */
  asText(column: string): string;
  /** `v` is not NULL, not NaN, not ±Infinity. */
  isFinite(v: string): string;
  /** `v` is NULL or NaN. */
  isMissing(v: string): string;
  /** The IEEE-754 bits of the double `v` as an unsigned 64-bit integer (−0 already mapped to 0). */
  doubleBits(v: string): string;
  /** Bytes 0–3 and 4–7 of MD5(UTF-8 of `s`), each read little-endian, as unsigned 32-bit values. */
  md5Words(s: string): [string, string];
  /** Unsigned 32-bit arithmetic on 64-bit integer expressions. */
  xor(a: string, b: string): string;
  shiftRight(a: string, bits: number): string;
  /** (a × constant) mod 2^32, with a < 2^32. */
  mulMod32(a: string, constant: number): string;
  /** (a + constant) mod 2^32. */
  addMod32(a: string, constant: number): string;
  /** (a << bits) mod 2^32. */
  shiftLeftMod32(a: string, bits: number): string;
  /** ⌊log₂ a⌋ for an integer a ≥ 1, as an integer. */
  floorLog2(a: string): string;
  /** count(DISTINCT e), exact. */
  countDistinct(e: string): string;
  /**
   * A query returning the rows (rank, value) of the finite values of `v` over `relation` whose
   * 1-based rank in ascending order is in `ranks`; `n` is how many finite values there are.
   */
  valuesAtRanks(relation: string, v: string, ranks: readonly number[], n: number): string;
  /**
   * Optional: a `WITH` prefix that computes `query` once as `name` for the query that follows
   * (DuckDB's `AS MATERIALIZED`), so the hashed values feed both the registers and the sample in
   * one statement; without it, two statements compute them twice.
   */
  materialize?(name: string, query: string): string;
}

/** Unsigned 32-bit constants of MurmurHash3's finaliser and value-hash.ts. */
export const FMIX_C1 = 0x85ebca6b;
export const FMIX_C2 = 0xc2b2ae35;
