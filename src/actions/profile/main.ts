/** profile: a dataset (files, a lake directory, a warehouse table) → a compact, mergeable profile file → report. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { ActionDeclaration } from '../../pipeline/declaration.js';
import { PROFILE_GATES } from '../../profile/gate-catalogue.js';
import { produceProfile, type ProducedProfile } from '../../profile/produce.js';
import { serialiseProfile } from '../../profile/serialise.js';
import { summariseProfile, type ProfileOutcome } from '../../profile/summary.js';
import { PROFILE_INPUTS, readProfileConfig, type ProfileActionConfig } from './inputs.js';
import { renderProfile } from './render.js';

interface Loaded extends ProducedProfile {
  /** The profile as written (serialised once: its size is reported, its bytes saved). */
  readonly text: string;
}

export const profileAction: ActionDeclaration<ProfileActionConfig, Loaded, ProfileOutcome> = {
  name: 'profile',
  description:
    'A compact, versioned, mergeable profile of a dataset — computed where the data lives (streaming files, embedded DuckDB, a ClickHouse cluster) or merged from shards — for drift-report and validate-data to compare against in seconds.',
  inputs: PROFILE_INPUTS,
  outputs: [
    { name: 'profile-path', description: 'Path of the profile written.' },
    { name: 'rows', description: 'Rows profiled (all shards merged).' },
    { name: 'columns', description: 'Columns profiled.' },
  ],
  outputDefaults: { 'profile-path': '', rows: '0', columns: '0' },
  configure: readProfileConfig,
  gates: PROFILE_GATES,
  async load(config, { logger }) {
    const produced = await produceProfile(config.request, logger);
    return { ...produced, text: serialiseProfile(produced.profile) };
  },
  compute: (loaded, config) =>
    summariseProfile(loaded.profile, { path: config.output, bytes: Buffer.byteLength(loaded.text) }, { merged: loaded.merged, engine: config.request.data === undefined ? null : config.request.engine }),
  async save(loaded, config, { workingDirectory }) {
    const path = resolve(workingDirectory, config.output);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, loaded.text);
  },
  render: renderProfile,
  outputValues: (result) => ({ 'profile-path': result.output.path, rows: String(result.rows), columns: String(result.columns.length) }),
};
