/** post-report's inputs and outputs, named once (its action.yml is generated from these). */
import type { InputSpec, OutputSpec } from '../../config/input-spec.js';

export const POST_REPORT_INPUTS = [
  {
    name: 'github-token',
    kind: 'string',
    actionDefault: '${{ github.token }}',
    description: 'Token with `pull-requests: write` (the comment), `statuses: write` (commit statuses) and `actions: read` (the run\'s artifacts).',
  },
  {
    name: 'run-id',
    kind: 'integer',
    min: 1,
    description: 'The workflow run whose report artifacts to post. Default: the run that triggered this `workflow_run` event.',
  },
] as const satisfies readonly InputSpec[];

export const POST_REPORT_OUTPUTS = [
  { name: 'posted', description: 'How many reports were posted (comments written or updated).' },
  { name: 'pull-request', description: 'The pull request the reports were posted to (empty when none).' },
] as const satisfies readonly OutputSpec[];

export const POST_REPORT = {
  name: 'post-report',
  title: 'Post report',
  description:
    'Posts the reports that mlgate actions could not post themselves (pull requests from forks have a read-only token): in a `workflow_run` workflow, downloads the run\'s `mlgate-report-*` artifacts and writes each sticky comment and commit status.',
  inputs: POST_REPORT_INPUTS,
  outputs: POST_REPORT_OUTPUTS,
} as const;
