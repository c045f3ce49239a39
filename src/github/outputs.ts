/**
 * Step outputs. Values are strings (what `${{ steps.x.outputs.y }}` sees); callers format
 * numbers and booleans themselves so that the text is decided in one place.
 */
import * as core from '@actions/core';

/** Sets each output (through GITHUB_OUTPUT on the runner). Multi-line values are allowed. */
export function setOutputs(values: Readonly<Record<string, string>>): void {
  for (const [name, value] of Object.entries(values)) core.setOutput(name, value);
}
