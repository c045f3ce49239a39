/**
 * Each gated subject's trend across the earlier runs the `history` input read
 * (src/artifacts/history.ts): the value in every past result object, read through the action's
 * own gate catalogue, so any gate can have a trend (`roc_auc.lower`, `drifted_share`,
 * `income.statistic`), and the gate `<subject>.trend` reads it (src/metrics/trend.ts).
 */
import type { History } from '../artifacts/history.js';
import { trendSubject, type GateCatalogue, type NamedGate } from '../gates/catalogue.js';
import { unavailable, type GateTarget } from '../gates/target.js';
import { metricTrend, type MetricTrend, type TrendPoint } from '../metrics/trend.js';

/** Per gated subject (a trend gate's subject without `.trend`), its trend. */
export function trendsOf(gates: readonly NamedGate[], catalogue: GateCatalogue<unknown>, outcome: unknown, history: History, now: string): Record<string, MetricTrend> {
  const trends: Record<string, MetricTrend> = {};
  for (const gate of gates) {
    const subject = trendSubject(gate);
    if (trends[subject] !== undefined) continue;
    const followed: NamedGate = { ...gate, subject, trend: undefined };
    const points: TrendPoint[] = history.runs.map((run) => ({ runId: String(run.runId), time: run.createdAt, value: valueOf(catalogue, run.result, followed) }));
    trends[subject] = metricTrend(points, { runId: 'this run', time: now, value: valueOf(catalogue, outcome, followed) });
  }
  return trends;
}

/** The catalogue with trend gates resolved from the trends. */
export function withTrends<Outcome>(catalogue: GateCatalogue<Outcome>, trends: Record<string, MetricTrend> | undefined): GateCatalogue<Outcome> {
  return {
    ...catalogue,
    resolve: (outcome, gate) => (gate.trend ? trendTarget(trends?.[trendSubject(gate)]) : catalogue.resolve(outcome, gate)),
  };
}

function trendTarget(trend: MetricTrend | undefined): GateTarget {
  if (trend === undefined) return unavailable('no history was read (the history input)', 'skipped');
  if (trend.trend === null) return unavailable(`no trend: ${trend.note ?? 'undefined'}`, 'skipped');
  return { kind: 'value', observed: trend.trend };
}

/** A subject's value in a result; null where that run did not have it (or its result cannot say). */
function valueOf(catalogue: GateCatalogue<unknown>, outcome: unknown, gate: NamedGate): number | null {
  try {
    const target = catalogue.resolve(outcome, gate);
    return target.kind === 'unavailable' || !Number.isFinite(target.observed) ? null : target.observed;
  } catch {
    // An older result without a field the catalogue reads: that run had no value.
    return null;
  }
}
