/**
 * The DuckDB dialect (tested with DuckDB 1.5 through @duckdb/node-api). Doubles' bits come from
 * DuckDB's DOUBLE → BIT → UBIGINT casts (the IEEE-754 pattern), MD5 words from md5_number (the
 * digest as a 128-bit integer whose low 32 bits are bytes 0–3 little-endian).
 */
import type { ColumnType } from '../../io/table.js';
import type { SqlDialect } from './dialect.js';

export const duckdbDialect: SqlDialect = {
  name: 'duckdb',
  ident: (name) => `"${name.replaceAll('"', '""')}"`,
  text: (value) => `'${value.replaceAll("'", "''")}'`,
  asDouble(column: string, type: ColumnType) {
    if (type === 'boolean') return `CAST(CAST(${column} AS INTEGER) AS DOUBLE)`;
    if (type === 'datetime') return `CAST(epoch_ms(CAST(${column} AS TIMESTAMP)) AS DOUBLE)`;
    return `CAST(${column} AS DOUBLE)`;
  },
  asText: (column) => `CAST(${column} AS VARCHAR)`,
  isFinite: (v) => `(${v} IS NOT NULL AND isfinite(${v}))`,
  isMissing: (v) => `(${v} IS NULL OR isnan(${v}))`,
  doubleBits: (v) => `CAST(CAST(CASE WHEN ${v} = 0 THEN CAST(0 AS DOUBLE) ELSE ${v} END AS BIT) AS UBIGINT)`,
  md5Words: (s) => [`CAST(md5_number(${s}) & 4294967295 AS UBIGINT)`, `CAST((md5_number(${s}) >> 32) & 4294967295 AS UBIGINT)`],
  xor: (a, b) => `xor(${a}, ${b})`,
  shiftRight: (a, bits) => `(${a} >> ${bits})`,
  mulMod32: (a, constant) => `((${a} * CAST(${constant} AS UBIGINT)) % 4294967296)`,
  addMod32: (a, constant) => `((${a} + CAST(${constant} AS UBIGINT)) % 4294967296)`,
  shiftLeftMod32: (a, bits) => `((${a} << ${bits}) % 4294967296)`,
  floorLog2: (a) => `CAST(floor(log2(CAST(${a} AS DOUBLE))) AS BIGINT)`,
  countDistinct: (e) => `count(DISTINCT ${e})`,
  materialize: (name, query) => `WITH ${name} AS MATERIALIZED ${query}`,
  valuesAtRanks: (relation, v, ranks) =>
    `SELECT r, v FROM (SELECT v, row_number() OVER (ORDER BY v) AS r FROM (SELECT ${v} AS v FROM ${relation}) AS t WHERE v IS NOT NULL AND isfinite(v)) AS s ` +
    `WHERE r IN (SELECT unnest([${ranks.join(', ')}]))`,
};
