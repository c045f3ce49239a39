import type { InputReader } from '../config/input-reader.js';
import { ConfigurationError } from '../errors.js';
import type { ActionName } from '../result.js';

/** The inputs every action shares, typed. */
export interface CommonConfig {
  readonly name: string | undefined;
  readonly jsonPath: string | undefined;
  readonly markdownPath: string | undefined;
  readonly commentMode: 'update' | 'recreate' | 'off';
  /** The sticky comment's id: `comment-id`, else the action name plus `name`. */
  readonly commentId: string;
  readonly githubToken: string | undefined;
}

export function readCommonConfig(reader: InputReader, action: ActionName, runner: 'cli' | 'action'): CommonConfig {
  const inAction = runner === 'action';
  const name = reader.optional('name');
  const commentId = (inAction ? reader.optional('comment-id') : undefined) ?? (name ? `${action}-${name.replace(/\s+/g, '-')}` : action);
  // The id lives inside an HTML comment marker: it must not be able to close it.
  if (/--|[<>\s]/.test(commentId)) {
    throw new ConfigurationError(`input "comment-id": "${commentId}" may not contain spaces, "<", ">" or "--"`);
  }
  return {
    name,
    jsonPath: reader.optional('json'),
    markdownPath: inAction ? undefined : reader.optional('markdown'),
    commentMode: inAction ? (reader.enum<'update' | 'recreate' | 'off'>('comment') ?? 'update') : 'off',
    commentId,
    githubToken: inAction ? reader.optional('github-token') : undefined,
  };
}
