/**
 * A value quoted in an info line (a file name, a column) cannot start a runner workflow command:
 * @actions/core writes `info` to stdout as is, where a line beginning `::` is a command
 * (`::add-mask::`, `::stop-commands::`, `::error::`). The core logger puts every info message on
 * one line first.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { coreLogger } from '../../src/github/core-logger.js';
import { captureStdout } from '../github/helpers.js';

let stdout: ReturnType<typeof captureStdout> | undefined;
afterEach(() => stdout?.restore());

describe('info lines from data stay one line', () => {
  it('a line break followed by ::error:: does not become a second, commanding line', () => {
    stdout = captureStdout();
    coreLogger().info('Read data.csv\n::error::pwned\r\n::stop-commands::x');
    const lines = stdout.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe('Read data.csv\\n::error::pwned\\n::stop-commands::x');
  });
});
