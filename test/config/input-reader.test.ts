import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputReader, withConfigFile } from '../../src/config/input-reader.js';
import type { InputSpec } from '../../src/config/input-spec.js';

const specs: InputSpec[] = [
  { name: 'flag', kind: 'boolean', description: '' },
  { name: 'confidence', kind: 'number', default: '0.95', min: 0.5, max: 0.9999, description: '' },
  { name: 'samples', kind: 'integer', default: '1000', min: 0, description: '' },
  { name: 'mode', kind: 'enum', allowed: ['update', 'off'], default: 'update', description: '' },
  { name: 'columns', kind: 'list', description: '' },
  { name: 'config', kind: 'file', description: '' },
];

describe('input reader', () => {
  it.each([
    [{ flag: 'yes' }, (r: InputReader) => r.boolean('flag'), 'input "flag": "yes" is not a boolean (use true or false)'],
    [{ flag: '1' }, (r: InputReader) => r.boolean('flag'), 'input "flag": "1" is not a boolean (use true or false)'],
    [{ confidence: 'high' }, (r: InputReader) => r.number('confidence'), 'input "confidence": "high" is not a number'],
    [{ confidence: '1.5' }, (r: InputReader) => r.number('confidence'), 'input "confidence": 1.5 is out of range (must be between 0.5 and 0.9999)'],
    [{ samples: '10.5' }, (r: InputReader) => r.integer('samples'), 'input "samples": "10.5" is not a whole number'],
    [{ samples: '-1' }, (r: InputReader) => r.integer('samples'), 'input "samples": -1 is out of range (must be at least 0)'],
    [{ mode: 'Update' }, (r: InputReader) => r.enum('mode'), 'input "mode": "Update" is not allowed (use one of: update, off)'],
  ])('refuses %j with a message naming the input', (values, read, message) => {
    expect(() => read(new InputReader(values, specs))).toThrow(message);
  });

  it('reads strict values and applies spec defaults', () => {
    const reader = new InputReader({ flag: 'TRUE', columns: 'a, b\nc', samples: '0' }, specs);
    expect(reader.boolean('flag')).toBe(true);
    expect(reader.number('confidence')).toBe(0.95);
    expect(reader.integer('samples')).toBe(0);
    expect(reader.enum('mode')).toBe('update');
    expect(reader.list('columns')).toEqual(['a', 'b', 'c']);
  });

  it('refuses unknown inputs with the closest name', () => {
    expect(() => new InputReader({ confidance: '0.9' }, specs)).toThrow('unknown input "confidance" (did you mean "confidence"?)');
  });

  it('lays direct values over the config file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-config-'));
    const file = join(dir, 'c.yml');
    writeFileSync(file, 'confidence: 0.9\nsamples: 50\ncolumns: [x, y]\nflag: false\n');
    const reader = new InputReader(withConfigFile({ config: file, samples: '7' }), specs);
    expect(reader.number('confidence')).toBe(0.9);
    expect(reader.integer('samples')).toBe(7);
    expect(reader.list('columns')).toEqual(['x', 'y']);
    expect(reader.boolean('flag')).toBe(false);
  });

  it('says when the config file is missing or not YAML', () => {
    expect(() => withConfigFile({ config: '/nonexistent/mlgate.yml' })).toThrow('config file /nonexistent/mlgate.yml: not found');
    const dir = mkdtempSync(join(tmpdir(), 'mlgate-config-'));
    writeFileSync(join(dir, 'bad.yml'), 'a: [1, 2\n');
    expect(() => withConfigFile({ config: join(dir, 'bad.yml') })).toThrow(/not valid YAML/);
    writeFileSync(join(dir, 'list.yml'), '- a\n- b\n');
    expect(() => withConfigFile({ config: join(dir, 'list.yml') })).toThrow('expected a map of input names to values');
  });
});
