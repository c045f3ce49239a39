/**
 * The one comment-id rule: which sticky comment a run writes, and so which commit status name and
 * report artifact it uses. Default: the action name, plus the run's `name` (spaces as dashes),
 * so matrix jobs with different names get different comments unless they share a `comment-id`.
 */
import { ConfigurationError } from '../errors.js';

export function defaultCommentId(action: string, name: string | undefined | null): string {
  const label = name?.trim();
  return label ? `${action}-${label.replace(/\s+/g, '-')}` : action;
}

/** The id lives inside an HTML comment marker: it must not be able to close it. */
export function checkCommentId(commentId: string): string {
  if (/--|[<>\s]/.test(commentId)) {
    throw new ConfigurationError(`input "comment-id": "${commentId}" may not contain spaces, "<", ">" or "--"`);
  }
  return commentId;
}
