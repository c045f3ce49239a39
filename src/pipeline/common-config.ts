import type { InputReader } from '../config/input-reader.js';
import { checkCommentId, defaultCommentId } from '../config/comment-id.js';
import type { ActionName, InconclusivePolicy } from '../result.js';

/** The inputs every action shares, typed. */
export interface CommonConfig {
  readonly name: string | undefined;
  readonly jsonPath: string | undefined;
  readonly markdownPath: string | undefined;
  readonly commentMode: 'update' | 'recreate' | 'off';
  /** The sticky comment's id: `comment-id`, else the default (src/config/comment-id.ts). */
  readonly commentId: string;
  readonly githubToken: string | undefined;
  /** How an inconclusive bound gate counts in the verdict. */
  readonly inconclusive: InconclusivePolicy;
  /** Earlier runs to read for trends (the action only; 0 on the command line). */
  readonly history: number;
  /** `max-rows` and its seed: undefined reads every row. */
  readonly sample: { readonly maxRows: number; readonly seed: number } | undefined;
}

export function readCommonConfig(reader: InputReader, action: ActionName, runner: 'cli' | 'action'): CommonConfig {
  const inAction = runner === 'action';
  const maxRows = reader.integer('max-rows');
  const name = reader.optional('name');
  const commentId = checkCommentId((inAction ? reader.optional('comment-id') : undefined) ?? defaultCommentId(action, name));
  return {
    name,
    jsonPath: reader.optional('json'),
    markdownPath: inAction ? undefined : reader.optional('markdown'),
    commentMode: inAction ? (reader.enum<'update' | 'recreate' | 'off'>('comment') ?? 'update') : 'off',
    commentId,
    githubToken: inAction ? reader.optional('github-token') : undefined,
    inconclusive: reader.enum<InconclusivePolicy>('inconclusive') ?? 'fail',
    history: inAction ? (reader.integer('history') ?? 0) : 0,
    sample: maxRows === undefined ? undefined : { maxRows, seed: reader.integer('sample-seed') ?? 42 },
  };
}
