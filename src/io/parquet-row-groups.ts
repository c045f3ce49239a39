/**
 * A Parquet file as a stream of Tables, one per row group, for consumers that keep only a
 * summary (profiles): memory is one row group's decoded columns (plus the next group's bytes,
 * read while this one is decoded), whatever the file's size. Decoding, types and errors are those
 * of the whole-file reader (parquet.ts), whose sinks and page decoder this reuses.
 * A `.gz` Parquet file must be gunzipped whole first (Parquet needs random access), so it is not
 * constant memory; plain files are.
 */
import { parquetMetadataAsync, parquetSchema, type FileMetaData } from 'hyparquet';
import { DataError } from '../errors.js';
import { selects } from './column-selection.js';
import { ColumnBuilder } from './column-builder.js';
import { MissingValues } from './missing-values.js';
import { PageScratch } from './parquet-direct.js';
import { decodeColumnChunk } from './parquet-pages.js';
import { asAsyncBuffer, chunkRange, ConvertingSink, describeType, fileRanges, gunzippedRanges, invalidParquet, naturalType, TypedSink, type ColumnSink, type ParquetOptions } from './parquet.js';
import { missingColumnError, type Column, type Table } from './table.js';

/**
 * Calls `onGroup` with each row group as a Table (source `source`), in file order, awaiting it
 * before the next group is decoded (only groups [from, to) with `rowGroups`). Returns the file's
 * column names.
 */
export async function readParquetRowGroups(
  path: string,
  source: string,
  options: ParquetOptions & { readonly rowGroups?: readonly [number, number] },
  onGroup: (table: Table) => void | Promise<void>,
): Promise<string[]> {
  const { ranges, byteLength, close } = options.gzip ? await gunzippedRanges(path, source) : await fileRanges(path, source);
  try {
    let metadata: FileMetaData;
    try {
      metadata = await parquetMetadataAsync(asAsyncBuffer(ranges, byteLength));
    } catch (error) {
      throw invalidParquet(error, source);
    }
    for (const element of metadata.schema) {
      if (element.logical_type?.type === 'DATE' && element.converted_type === undefined) element.converted_type = 'DATE';
    }
    const root = parquetSchema(metadata);
    const fields = root.children;
    const names = fields.map((f) => f.element.name);
    const wanted = [...new Set(options.columns ?? (options.select ? names.filter(selects(options.select)) : names))];
    for (const name of wanted) if (!names.includes(name)) throw missingColumnError(source, name, names);
    const missing = new MissingValues(options.nullValues);
    const plans = wanted.map((name) => {
      const field = fields.find((f) => f.element.name === name)!;
      if (field.children.length > 0 || field.element.repetition_type === 'REPEATED') {
        throw new DataError('is a nested column (struct, list or map), which cannot be read as a table column', { file: source, column: name });
      }
      const natural = naturalType(field.element);
      if (natural === undefined) throw new DataError(`has a Parquet type this reader does not support (${describeType(field.element)})`, { file: source, column: name });
      const forced = options.types?.[name];
      return { name, field, natural, forced, direct: forced === undefined || forced === natural || (forced === 'number' && natural === 'integer') };
    });
    const [firstGroup, endGroup] = options.rowGroups ?? [0, metadata.row_groups.length];
    const groups = metadata.row_groups.slice(firstGroup, endGroup).map((group) => {
      const chunks = plans.map((plan) => {
        const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === plan.name);
        if (chunk?.meta_data === undefined) throw invalidParquet(new Error(`a row group has no data for column "${plan.name}"`), source);
        return { chunk, ...chunkRange(chunk) };
      });
      const start = Math.min(...chunks.map((c) => c.start));
      const end = Math.max(...chunks.map((c) => c.end));
      return { rows: Number(group.num_rows), chunks, start, end };
    });
    const read = (g: number): Promise<Uint8Array[]> => {
      const group = groups[g];
      return ranges.read(group.start, group.end).then((all) => group.chunks.map((c) => all.subarray(c.start - group.start, c.end - group.start)));
    };
    const scratch = new PageScratch();
    let next = groups.length > 0 ? read(0) : undefined;
    for (let g = 0; g < groups.length; g++) {
      let bytes: Uint8Array[];
      try {
        bytes = await next!;
      } catch (error) {
        throw invalidParquet(error, source);
      }
      next = g + 1 < groups.length ? read(g + 1) : undefined;
      const rows = groups[g].rows;
      const columns: Column[] = [];
      plans.forEach((plan, k) => {
        const decode = (sink: ColumnSink) => {
          try {
            decodeColumnChunk(bytes[k], groups[g].chunks[k].chunk, [root, plan.field], 0, rows, sink, scratch);
          } catch (error) {
            throw invalidParquet(error, source);
          }
          return sink.finish(rows);
        };
        const sink = plan.direct ? new TypedSink(plan.name, plan.forced ?? plan.natural, rows, source) : new ConvertingSink(plan.natural, new ColumnBuilder(plan.name, source, missing, plan.forced, rows), rows, source);
        let column = decode(sink);
        // INT64 beyond ±2^53 is text, as in the whole-file reader (for this group; the profile
        // builder makes the whole column text when groups disagree).
        if (sink instanceof TypedSink && sink.beyondExactIntegers) column = decode(new TypedSink(plan.name, 'string', rows, source));
        columns.push(column);
      });
      await onGroup({ source, rowCount: rows, columns: (options.columns ?? wanted).map((name) => columns[wanted.indexOf(name)]) });
    }
    return names;
  } finally {
    await close();
  }
}

/** How many row groups the file has (its footer only is read). */
export async function countRowGroups(path: string, source: string): Promise<number> {
  const { ranges, byteLength, close } = await fileRanges(path, source);
  try {
    return (await parquetMetadataAsync(asAsyncBuffer(ranges, byteLength))).row_groups.length;
  } catch (error) {
    throw invalidParquet(error, source);
  } finally {
    await close();
  }
}
