/**
 * Writes the binary Parquet fixtures of test/fixtures/io/ (committed; rerun after changing):
 *   npx tsx test/io/make-fixtures.ts
 * Written with hyparquet-writer; the expected tables are in cases.json.
 */
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parquetWriteBuffer } from 'hyparquet-writer';

const DIR = 'test/fixtures/io';

function write(name: string, buffer: ArrayBuffer): void {
  writeFileSync(`${DIR}/${name}`, new Uint8Array(buffer));
}

const typed = parquetWriteBuffer({
  columnData: [
    { name: 'id', type: 'INT32', nullable: false, data: new Int32Array([1, 2, 3]) },
    { name: 'score', type: 'DOUBLE', data: [0.5, null, -1.25] },
    { name: 'label', type: 'STRING', data: ['cat', 'dog', null] },
    { name: 'flag', type: 'BOOLEAN', data: [true, null, false] },
    { name: 'at', type: 'TIMESTAMP', data: [new Date('2024-01-02T03:04:05.678Z'), null, new Date(0)] },
    { name: 'big', type: 'INT64', data: [1n, -2n, null] },
  ],
  rowGroupSize: 2,
});
write('typed.parquet', typed);
writeFileSync(`${DIR}/typed.parquet.gz`, gzipSync(new Uint8Array(typed), { level: 9 }));

write(
  'big-int64.parquet',
  parquetWriteBuffer({
    columnData: [{ name: 'id', type: 'INT64', data: [12345678901234567890n / 2n, 5n, null] }],
  }),
);

write(
  'dates.parquet',
  parquetWriteBuffer({
    columnData: [
      { name: 'day', data: new Int32Array([19724, 0]) },
      { name: 'micros', data: new BigInt64Array([1704164645678901n, 0n]) },
    ],
    schema: [
      { name: 'root', num_children: 2 },
      { name: 'day', type: 'INT32', repetition_type: 'REQUIRED', converted_type: 'DATE' },
      { name: 'micros', type: 'INT64', repetition_type: 'REQUIRED', converted_type: 'TIMESTAMP_MICROS' },
    ],
  }),
);

write('empty.parquet', parquetWriteBuffer({ columnData: [{ name: 'x', type: 'DOUBLE', data: [] }] }));

writeFileSync(`${DIR}/not-parquet.parquet`, 'id,score\n1,2\n');
writeFileSync(`${DIR}/truncated.parquet`, new Uint8Array(typed).subarray(0, 40));
