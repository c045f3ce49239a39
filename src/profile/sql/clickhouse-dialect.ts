/**
 * The ClickHouse dialect (tested with Debian's ClickHouse 18.16 on a two-shard Distributed table).
 * Doubles' bits by reinterpretAsUInt64(reinterpretAsString(x)), MD5 words by reinterpretAsUInt32
 * of the digest's bytes (little-endian, as value-hash.ts reads them). Order statistics by
 * quantilesExact at levels (r − ½)/n, which its index rule ⌊level · n⌋ turns into rank r exactly:
 * over a Distributed table the cluster computes them (the shards send their values to the
 * initiating server, not to mlgate), so only the ~k values come back. Its approximate `quantiles`
 * is a sampling estimate without a stated bound and is not used.
 */
import type { ColumnType } from '../../io/table.js';
import type { SqlDialect } from './dialect.js';

export const clickhouseDialect: SqlDialect = {
  name: 'clickhouse',
  ident: (name) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
  text: (value) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`,
  asDouble(column: string, type: ColumnType) {
    if (type === 'datetime') return `(toFloat64(toUnixTimestamp(toDateTime(${column}))) * 1000)`;
    return `toFloat64(${column})`;
  },
  asText: (column) => `toString(${column})`,
  isFinite: (v) => `(isNotNull(${v}) AND isFinite(assumeNotNull(${v})))`,
  isMissing: (v) => `(isNull(${v}) OR isNaN(assumeNotNull(${v})))`,
  doubleBits: (v) => `reinterpretAsUInt64(reinterpretAsString(if(assumeNotNull(${v}) = 0, toFloat64(0), assumeNotNull(${v}))))`,
  md5Words: (s) => [`toUInt64(reinterpretAsUInt32(substring(MD5(assumeNotNull(${s})), 1, 4)))`, `toUInt64(reinterpretAsUInt32(substring(MD5(assumeNotNull(${s})), 5, 4)))`],
  xor: (a, b) => `bitXor(${a}, ${b})`,
  shiftRight: (a, bits) => `bitShiftRight(${a}, ${bits})`,
  mulMod32: (a, constant) => `((toUInt64(${a}) * ${constant}) % 4294967296)`,
  addMod32: (a, constant) => `((toUInt64(${a}) + ${constant}) % 4294967296)`,
  shiftLeftMod32: (a, bits) => `(bitShiftLeft(toUInt64(${a}), ${bits}) % 4294967296)`,
  floorLog2: (a) => `toInt64(floor(log2(toFloat64(${a}))))`,
  countDistinct: (e) => `uniqExact(${e})`,
  valuesAtRanks: (relation, v, ranks, n) => {
    const levels = ranks.map((r) => (r - 0.5) / n).join(', ');
    const finite = `isNotNull(${v}) AND isFinite(assumeNotNull(${v}))`;
    return `SELECT r, q FROM (SELECT quantilesExact(${levels})(x) AS qs FROM (SELECT assumeNotNull(${v}) AS x FROM ${relation} WHERE ${finite})) ARRAY JOIN qs AS q, [${ranks.join(', ')}] AS r`;
  },
};
