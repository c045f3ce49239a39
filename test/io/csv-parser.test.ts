/**
 * The tokenizer must give the same records however the bytes are split into chunks (a record,
 * a quoted field, a doubled quote or a CRLF may straddle two chunks). Oracle: parsing the whole
 * input as one chunk; and for a few inputs, the records written out by hand.
 */
import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseDelimited, unescapeQuotes, type FieldSpans } from '../../src/io/csv-parser.js';
import { createRandom } from '../../src/stats/rng.js';

async function records(input: Buffer, chunkSizes: number[] | 'whole', delimiter = ','): Promise<string[][]> {
  async function* chunks(): AsyncGenerator<Buffer> {
    if (chunkSizes === 'whole') {
      yield input;
      return;
    }
    let at = 0;
    let k = 0;
    while (at < input.length) {
      const size = chunkSizes[k++ % chunkSizes.length];
      yield input.subarray(at, at + size);
      at += size;
    }
  }
  const out: string[][] = [];
  await parseDelimited(chunks(), delimiter, (bytes: Buffer, fields: FieldSpans) => {
    const row: string[] = [];
    for (let j = 0; j < fields.count; j++) {
      if (fields.escaped[j] === 1) {
        const scratch = Buffer.alloc(fields.ends[j] - fields.starts[j]);
        row.push(scratch.toString('utf8', 0, unescapeQuotes(bytes, fields.starts[j], fields.ends[j], scratch)));
      } else {
        row.push(bytes.toString('utf8', fields.starts[j], fields.ends[j]));
      }
    }
    out.push(row);
  });
  return out;
}

describe('parseDelimited', () => {
  it('splits records and fields as RFC 4180 says', async () => {
    const input = Buffer.from('\ufeffa,"b,c","d""e"\r\n"x\ny",,z\r\rlast,"",\n');
    expect(await records(input, 'whole')).toEqual([['a', 'b,c', 'd"e'], ['x\ny', '', 'z'], [], ['last', '', '']]);
  });

  it('reports the field of a malformed quote', async () => {
    await expect(records(Buffer.from('a,b\n1,"x"y\n'), 'whole')).rejects.toThrow(CsvSyntaxError);
    await expect(records(Buffer.from('a,b\n1,"x"y\n'), 'whole')).rejects.toMatchObject({ field: 1 });
    await expect(records(Buffer.from('a,"b\n'), [1])).rejects.toMatchObject({ field: 1, reason: 'a quoted field is never closed' });
  });

  it('gives the same records for any chunking (200 random inputs, seed 11)', async () => {
    const random = createRandom(11);
    const pieces = ['a', 'b', '1', ',', '"', '""', '\n', '\r\n', '\r', ' ', 'é', '\t'];
    for (let trial = 0; trial < 200; trial++) {
      // Well-formed input: build records from fields, quoting some.
      const lines: string[] = [];
      const rows = 1 + Math.floor(random.next() * 6);
      for (let r = 0; r < rows; r++) {
        const fields: string[] = [];
        const n = 1 + Math.floor(random.next() * 4);
        for (let f = 0; f < n; f++) {
          let text = '';
          const length = Math.floor(random.next() * 6);
          for (let i = 0; i < length; i++) text += pieces[Math.floor(random.next() * pieces.length)];
          const mustQuote = /[",\r\n]/.test(text);
          fields.push(mustQuote || random.next() < 0.2 ? `"${text.replaceAll('"', '""')}"` : text);
        }
        lines.push(fields.join(','));
      }
      const ending = ['\n', '\r\n', '\r', ''][Math.floor(random.next() * 4)];
      const input = Buffer.from(lines.join(['\n', '\r\n'][trial % 2]) + ending);
      const expected = await records(input, 'whole');
      for (const sizes of [[1], [2], [3, 1], [5, 2, 7]]) {
        expect(await records(input, sizes), `${JSON.stringify(input.toString())} in chunks of ${sizes}`).toEqual(expected);
      }
    }
  });
});
