/**
 * Where a file input came from when it was an artefact reference: recorded in the result object
 * (`sources`, keyed by input name) so a report can be reproduced, and shown under the report.
 */
import { code, details, escapeText, table } from '../report/markdown.js';

export interface SkippedRun {
  readonly runId: number;
  readonly runNumber: number | null;
  /** Why it was passed over ("artifact expired on 2024-03-01", "no artifact named champion"). */
  readonly reason: string;
}

export interface ArtifactProvenance {
  /** The reference as written (`artifact:champion@main/predictions.csv`). */
  readonly reference: string;
  readonly runId: number | null;
  readonly runNumber: number | null;
  readonly runUrl: string | null;
  /** The workflow file whose runs were searched, when a branch was. */
  readonly workflow: string | null;
  readonly branch: string | null;
  readonly headSha: string | null;
  readonly artifactId: number;
  readonly artifactName: string;
  readonly artifactDigest: string | null;
  /** The file inside the artifact. */
  readonly path: string;
  /** Newer runs walked past, newest first. */
  readonly skippedRuns: readonly SkippedRun[];
  /** A wildcard reference (`profile-*`): every artifact it matched, by name (the fields above name the first). */
  readonly matched?: readonly { readonly artifactId: number; readonly artifactName: string; readonly artifactDigest: string | null }[];
}

/** Where a `cache:` reference's file came from. */
export interface CacheProvenance {
  readonly reference: string;
  /** The cache entry restored (its key names the branch and the run that saved it). */
  readonly cacheKey: string;
  readonly path: string;
}

/** A reference that found no artifact, accepted as a missing file (InputSpec.allowMissing). */
export interface MissingArtifact {
  readonly reference: string;
  readonly missing: true;
  /** What was looked for and found ("no successful run of train.yml on main has …"). */
  readonly reason: string;
}

/** Input name → where its file came from; only inputs given as artefact references. */
export type Source = ArtifactProvenance | CacheProvenance | MissingArtifact;
export type Sources = Readonly<Record<string, Source>>;

export function isMissing(source: Source): source is MissingArtifact {
  return 'missing' in source;
}

export function isCached(source: Source): source is CacheProvenance {
  return 'cacheKey' in source;
}

/** One line for the log: which run was used and which were skipped. */
export function describeProvenance(input: string, p: ArtifactProvenance): string {
  const run = p.runId === null ? 'this run' : `run ${p.runId}${p.runNumber !== null ? ` (#${p.runNumber})` : ''}`;
  const of = p.workflow ? ` of ${p.workflow}${p.branch ? ` on ${p.branch}` : ''}` : '';
  const commit = p.headSha ? `, commit ${p.headSha.slice(0, 7)}` : '';
  const skipped = p.skippedRuns.length > 0
    ? `; skipped ${p.skippedRuns.length} newer run${p.skippedRuns.length === 1 ? '' : 's'}: ${p.skippedRuns.map(describeSkipped).join('; ')}`
    : '';
  const artifacts = p.matched !== undefined
    ? `${p.matched.length} artifact${p.matched.length === 1 ? '' : 's'} (${p.matched.map((a) => `${a.artifactName}, id ${a.artifactId}`).join('; ')})`
    : `artifact ${p.artifactName} (id ${p.artifactId})`;
  return `${input}: ${p.path} from ${artifacts} of ${run}${of}${commit}${skipped}`;
}

export function describeSkipped(s: SkippedRun): string {
  return `${s.runNumber !== null ? `#${s.runNumber} ` : ''}(run ${s.runId}) ${s.reason}`;
}

/** A folded "Inputs from artifacts" block for the bottom of a report; '' when there are none. */
export function renderSources(sources: Sources | undefined): string {
  const entries = Object.entries(sources ?? {});
  if (entries.length === 0) return '';
  const rows = entries.map(([input, p]) => {
    if (isMissing(p)) return [code(input), code(p.reference), `not found: ${escapeText(p.reason)}`, '—', '—'];
    if (isCached(p)) return [code(input), code(p.reference), `cache entry ${code(p.cacheKey)}`, '—', '—'];
    const runText = p.runId === null ? 'this run' : `${p.runNumber !== null ? `#${p.runNumber} ` : ''}run ${p.runId}`;
    const run = p.runUrl ? `[${escapeText(runText)}](${p.runUrl})` : escapeText(runText);
    const where = [p.workflow, p.branch].filter((x): x is string => !!x).map(escapeText).join(' on ');
    return [
      code(input),
      code(p.reference),
      `${run}${where ? ` (${where})` : ''}${p.headSha ? ` at ${code(p.headSha.slice(0, 7))}` : ''}`,
      p.matched !== undefined ? p.matched.map((a) => `${escapeText(a.artifactName)} (id ${a.artifactId})`).join(', ') : `${escapeText(p.artifactName)} (id ${p.artifactId})`,
      p.skippedRuns.length === 0 ? '—' : escapeText(p.skippedRuns.map(describeSkipped).join('; ')),
    ];
  });
  return details('Inputs from artifacts', table(['Input', 'Reference', 'Run used', 'Artifact', 'Newer runs skipped'], rows));
}
