import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/errors.ts
/**
 * The three outcomes of a run are different things (DESIGN.md, exit codes):
 * a failed gate is a result (exit 1); a user mistake is an {@link InputError} (exit 2,
 * one clear line, no stack trace); anything else is our bug (exit 3). A service mlgate talks to
 * failing (the GitHub API: {@link ServiceError}) is neither a mistake nor our bug: one line, exit 2
 * when it stops the run (an input could not be fetched), and never more than a notice when it
 * only stops a report from being delivered.
 */
/**
 * `text` on one line, whatever it quotes: line breaks become a visible `\n` and other control
 * characters `\u00XX`, so a value from a file or an input can neither split a message over
 * two lines (nor start a runner's `::workflow-command::` on a line of its own) nor send
 * terminal escapes. Tabs are kept.
 * @example oneLine('column "a\nb"') // 'column "a\\nb"' (a backslash and an n)
 */
function oneLine(text) {
    // eslint-disable-next-line no-control-regex
    return text.replace(/\r\n|[\u0000-\u0008\u000a-\u001f\u007f\u2028\u2029]/g, (c) => {
        if (c === '\r\n' || c === '\n')
            return '\\n';
        if (c === '\r')
            return '\\r';
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    });
}
/** Base of every user mistake: the message is one line that says what and where. */
class InputError extends Error {
    exitCode = 2;
    constructor(message) {
        super(oneLine(message));
        this.name = new.target.name;
    }
}
/** A wrong input, option, config file or gate: names the input and what is allowed. */
class ConfigurationError extends InputError {
}
/** A file that is missing, unreadable, malformed, or holds a value that cannot be used. */
class errors_DataError extends InputError {
    location;
    constructor(message, location = {}) {
        super(formatLocated(message, location));
        this.location = location;
    }
}
function formatLocated(message, { file, column, row }) {
    const where = [];
    if (file !== undefined)
        where.push(file);
    if (row !== undefined)
        where.push(`row ${row}`);
    if (column !== undefined)
        where.push(`column "${column}"`);
    return where.length > 0 ? `${where.join(', ')}: ${message}` : message;
}
/**
 * A service mlgate depends on failed or could not be reached, after retrying within its budget
 * (the GitHub API: src/github/api-error.ts). Its message is one line naming the request and the
 * answer (or that none came), never a stack and never a secret.
 */
class ServiceError extends Error {
    exitCode = 2;
    constructor(message) {
        super(oneLine(message));
        this.name = new.target.name;
    }
}
/**
 * Exit code for anything thrown out of a run: 2 for user mistakes and for a service that failed
 * (an input could not be fetched: not our bug, so not 3), 3 for our own bugs.
 */
function exitCodeOf(error) {
    return error instanceof InputError || error instanceof ServiceError ? 2 : 3;
}
/** One line for the user: the message of an input or service error, or a bug report line for ours. */
function describeError(error) {
    if (error instanceof InputError || error instanceof ServiceError)
        return error.message;
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return `mlgate internal error (please report it): ${detail}`;
}

;// CONCATENATED MODULE: ./src/util/closest-name.ts
/**
 * Optimal-string-alignment edit distance (Damerau–Levenshtein without repeated edits of one
 * substring): insertions, deletions, substitutions and swaps of two neighbours each cost 1, so
 * the common typo "lable" is one edit from "label".
 */
function editDistance(a, b) {
    const rows = [];
    for (let i = 0; i <= a.length; i++) {
        rows.push([i]);
        for (let j = 1; j <= b.length; j++) {
            if (i === 0) {
                rows[0][j] = j;
                continue;
            }
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                d = Math.min(d, rows[i - 2][j - 2] + 1);
            rows[i][j] = d;
        }
    }
    return rows[a.length][b.length];
}
/**
 * The candidate closest to `name` (case-insensitive edit distance), if it is close enough to be
 * a plausible typo: at most a third of the longer name's length, at least 1 edit allowed.
 */
function closestName(name, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const d = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (d < bestDistance) {
            bestDistance = d;
            best = candidate;
        }
    }
    const allowed = Math.max(1, Math.floor(Math.max(name.length, best?.length ?? 0) / 3));
    return bestDistance <= allowed ? best : undefined;
}

;// CONCATENATED MODULE: ./src/io/table.ts
/**
 * The columnar table every action reads. No per-row objects: numbers live in Float64Array,
 * text in dictionary codes. Row numbers in messages are 1-based data rows (header not counted).
 */


const COLUMN_TYPES = (/* unused pure expression or super */ null && (['integer', 'number', 'boolean', 'datetime', 'string']));
function isNumeric(column) {
    return column.type !== 'string';
}
/** The file's column names (all of them, also those a selective load left unread). */
function columnNames(table) {
    return table.fileColumns !== undefined ? [...table.fileColumns] : table.columns.map((c) => c.name);
}
/** The named column, or a DataError listing the columns that exist and the closest name. */
function getColumn(table, name) {
    const column = table.columns.find((c) => c.name === name);
    if (column)
        return column;
    throw missingColumnError(table.source, name, columnNames(table));
}
function hasColumn(table, name) {
    return table.columns.some((c) => c.name === name);
}
function missingColumnError(file, name, available) {
    const closest = closestName(name, available);
    const hint = closest !== undefined ? ` (did you mean "${closest}"?)` : '';
    const list = available.length > 0 ? available.map((n) => `"${n}"`).join(', ') : 'none';
    return new errors_DataError(`no column "${name}"${hint}; the columns are ${list}`, { file });
}
/**
 * The column's values as numbers, NaN where missing. A text column is parsed here (each
 * dictionary entry once); the first token that is not a number is a DataError naming row and token.
 */
function numericValues(table, name) {
    const column = getColumn(table, name);
    if (isNumeric(column))
        return column.values;
    const parsed = new Float64Array(column.dictionary.length);
    for (let k = 0; k < column.dictionary.length; k++)
        parsed[k] = parseStrictNumber(column.dictionary[k]);
    const out = new Float64Array(column.codes.length);
    for (let i = 0; i < out.length; i++) {
        const code = column.codes[i];
        if (code < 0) {
            out[i] = NaN;
            continue;
        }
        const v = parsed[code];
        if (Number.isNaN(v)) {
            throw new DataError(`"${column.dictionary[code]}" is not a number`, {
                file: table.source,
                column: name,
                row: i + 1,
            });
        }
        out[i] = v;
    }
    return out;
}
/**
 * The column's values as text labels (for class labels and slice keys), with a code per row.
 * Numbers are written the way JavaScript prints them (1.0 → "1"), so 1 and "1" are one class.
 */
function labelCodes(column, text = defaultLabelText) {
    if (!isNumeric(column))
        return { codes: column.codes, dictionary: [...column.dictionary] };
    const index = new Map();
    const dictionary = [];
    const codes = new Int32Array(column.values.length);
    for (let i = 0; i < codes.length; i++) {
        const v = column.values[i];
        if (Number.isNaN(v)) {
            codes[i] = -1;
            continue;
        }
        let code = index.get(v);
        if (code === undefined) {
            code = dictionary.length;
            index.set(v, code);
            dictionary.push(text(v, column.type));
        }
        codes[i] = code;
    }
    return { codes, dictionary };
}
/** Booleans as true/false, other numbers as JavaScript prints them (datetimes as their milliseconds). */
function defaultLabelText(value, type) {
    if (type === 'boolean')
        return value === 1 ? 'true' : 'false';
    return String(value);
}
/** A decimal number as written in a data file; anything else (including "1,234", "N/A") is NaN. */
function parseStrictNumber(token) {
    const t = token.trim();
    if (DECIMAL_PATTERN.test(t))
        return Number(t);
    const infinity = INFINITY_PATTERN.exec(t);
    if (infinity)
        return infinity[1] === '-' ? -Infinity : Infinity;
    return NaN;
}
const DECIMAL_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** inf / Infinity as numpy and pandas write them (Number() only knows "Infinity"). */
const INFINITY_PATTERN = /^([+-]?)(?:inf|Inf|INF|infinity|Infinity|INFINITY)$/;

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/io/byte-source.ts
/**
 * A file as a stream of byte chunks, gunzipped on the fly when it is `.gz`. Parsers never see
 * the whole file as one string; they get Buffers of about {@link CHUNK_BYTES} bytes. Every
 * failure to open or decompress becomes a one-line DataError naming the file.
 */



/** Large enough that per-chunk overhead vanishes, small enough to keep peak memory low. */
const CHUNK_BYTES = 1 << 20;
/** Checks that `path` is a readable regular file; a DataError otherwise. Returns its size. */
async function statFile(path, source) {
    let stats;
    try {
        stats = await external_node_fs_namespaceObject.promises.stat(path);
    }
    catch (error) {
        throw openError(error, source);
    }
    if (stats.isDirectory())
        throw new errors_DataError('is a directory, not a file', { file: source });
    try {
        await external_node_fs_namespaceObject.promises.access(path, external_node_fs_namespaceObject.promises.constants.R_OK);
    }
    catch (error) {
        throw openError(error, source);
    }
    return stats.size;
}
/**
 * The file's bytes in chunks (decompressed when `gzip`). `source` is the name used in messages.
 * Callers must treat each chunk as read-only. A plain file is read into two buffers used in turn,
 * so a chunk's bytes stay valid only until the chunk after the next is requested: a caller that
 * carries bytes across chunks must copy them by then (the CSV and JSON Lines readers concatenate
 * a carried record with the next chunk). Reusing the buffers keeps a large file from leaving a
 * trail of garbage chunks, which would otherwise count in the process's peak memory.
 */
async function* readChunks(path, source, gzip, chunkBytes = CHUNK_BYTES) {
    if (!gzip) {
        yield* readPlainChunks(path, source, chunkBytes);
        return;
    }
    const file = (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: chunkBytes });
    const gunzip = (0,external_node_zlib_namespaceObject.createGunzip)({ chunkSize: Math.max(64, chunkBytes) });
    file.on('error', (error) => gunzip.destroy(error));
    file.pipe(gunzip);
    try {
        for await (const chunk of gunzip)
            yield chunk;
    }
    catch (error) {
        if (isZlibError(error)) {
            throw new errors_DataError(`is not a valid gzip file (${zlibReason(error)})`, { file: source });
        }
        throw openError(error, source);
    }
    finally {
        file.destroy();
        gunzip.destroy();
    }
}
/**
 * The bytes [start, end) of a plain file — to its end when `end` is omitted — in full chunks (the
 * last one shorter), read into two buffers in turn: a chunk stays valid until the one after the
 * next is requested. Readers that split one file between threads read their part with a range
 * (split-delimited.ts, the streaming profile's lanes).
 */
async function* readPlainChunks(path, source, chunkBytes = CHUNK_BYTES, start = 0, end = Infinity) {
    const handle = await openFile(path, source);
    try {
        const size = (await handle.stat()).size;
        // A small file (or range) needs only one buffer of its own size (a whole file's plus a byte, to see the end).
        const length = Math.max(1, Math.min(chunkBytes, Math.min(end, size + 1) - start));
        const buffers = [];
        for (let turn = 0, position = start; position < end; turn ^= 1) {
            const buffer = (buffers[turn] ??= Buffer.allocUnsafe(length));
            const want = Math.min(buffer.length, end - position);
            let filled = 0;
            while (filled < want) {
                const { bytesRead } = await handle.read(buffer, filled, want - filled, position + filled);
                if (bytesRead === 0)
                    break;
                filled += bytesRead;
            }
            if (filled > 0)
                yield buffer.subarray(0, filled);
            if (filled < want)
                return;
            position += filled;
        }
    }
    catch (error) {
        throw openError(error, source);
    }
    finally {
        await handle.close();
    }
}
/** `path` opened for reading; a failure is openError's one-line DataError. */
async function openFile(path, source) {
    try {
        return await external_node_fs_namespaceObject.promises.open(path, 'r');
    }
    catch (error) {
        throw openError(error, source);
    }
}
/**
 * The decompressed size of a gzip file as its trailer states it (ISIZE: the size modulo 2^32, of
 * the last member), or undefined when that cannot be right. Only an estimate, for sizing buffers.
 */
async function gzipDeclaredSize(path, compressedSize) {
    if (compressedSize < 18)
        return undefined;
    const handle = await external_node_fs_namespaceObject.promises.open(path, 'r');
    try {
        const trailer = Buffer.alloc(4);
        await handle.read(trailer, 0, 4, compressedSize - 4);
        const size = trailer.readUInt32LE(0);
        return size >= compressedSize ? size : undefined;
    }
    finally {
        await handle.close();
    }
}
/** The whole (decompressed) file as bytes; for formats that must be parsed as one document. */
async function readAll(path, source, gzip) {
    if (!gzip) {
        try {
            return await external_node_fs_namespaceObject.promises.readFile(path);
        }
        catch (error) {
            throw openError(error, source);
        }
    }
    const chunks = [];
    for await (const chunk of readChunks(path, source, gzip))
        chunks.push(chunk);
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
}
function isZlibError(error) {
    const code = error?.code;
    return typeof code === 'string' && code.startsWith('Z_');
}
function zlibReason(error) {
    if (error.code === 'Z_BUF_ERROR')
        return 'the compressed data ends early';
    return error.message;
}
/** A one-line DataError for a failure to open or read a file. */
function openError(error, source) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return new errors_DataError('file not found', { file: source });
        case 'EACCES':
        case 'EPERM':
            return new errors_DataError('cannot read the file: permission denied', { file: source });
        case 'EISDIR':
            return new errors_DataError('is a directory, not a file', { file: source });
        case 'ENOTDIR':
            return new errors_DataError('file not found (a part of the path is not a directory)', { file: source });
        default: {
            const message = error instanceof Error ? error.message : String(error);
            return new errors_DataError(`cannot read the file: ${message.split('\n')[0]}`, { file: source });
        }
    }
}

;// CONCATENATED MODULE: ./src/io/block-array.ts
/**
 * Append-only typed arrays for columns whose length is not known in advance. The first block
 * is sized by an estimate of the row count (from the file size and the first chunk's rows);
 * when the estimate holds, {@link toArray} returns that block itself (a view of its first
 * `length` elements) with no copy, so a column costs its final size once. When the estimate
 * was too low, further blocks are added (growing never copies) and toArray copies them into one
 * exact array; when it was far too high, the values are copied out so the spare room is freed.
 *
 * Besides push(), a writer may fill the current block directly (the CSV fast path): reserve(),
 * write into block from filled, then advance().
 */
/** The largest block grown in doubling steps; past it, blocks grow by an eighth of the length. */
const MIN_BLOCK = 1 << 16;
/**
 * The first block when nothing is known of the count. Small: a file of 5,005 columns and 60
 * rows used to reserve 5,005 × 512 KiB (6 s, 900 MB to read 600 KB); blocks double from here.
 */
const FIRST_BLOCK = 256;
/** The first block: the estimate when there is one (with a little room), else {@link FIRST_BLOCK}. */
function firstCapacity(expected) {
    return expected > 0 ? Math.max(64, Math.ceil(expected)) : FIRST_BLOCK;
}
/** The next block after `length` values: doubling up to {@link MIN_BLOCK}, then an eighth more. */
function nextCapacity(length) {
    return Math.max(Math.min(MIN_BLOCK, Math.max(FIRST_BLOCK, length)), length >>> 3);
}
/** Fewer values than this fraction of the first block's capacity: copy rather than keep it. */
const KEEP_FILL = 0.85;
/** Float64 values (numbers, booleans, datetimes). */
class Float64Blocks {
    blocks = [];
    current;
    capacity;
    offset = 0;
    length = 0;
    /** `expected`: the estimated number of values (the first block's size). */
    constructor(expected = 0) {
        this.capacity = firstCapacity(expected);
        this.current = new Float64Array(this.capacity);
    }
    push(value) {
        if (this.offset === this.capacity)
            this.grow();
        this.current[this.offset++] = value;
        this.length++;
    }
    /** The block being filled; values go at {@link filled} onwards (for direct writers). */
    get block() {
        return this.current;
    }
    /** How many values the current block holds. */
    get filled() {
        return this.offset;
    }
    /** Starts a new block if the current one is full; returns the free slots in the current block. */
    reserve() {
        if (this.offset === this.capacity)
            this.grow();
        return this.capacity - this.offset;
    }
    /** Counts `count` values written directly into {@link block} from {@link filled} (≤ the reserve). */
    advance(count) {
        this.offset += count;
        this.length += count;
    }
    grow() {
        this.blocks.push(this.current);
        this.capacity = nextCapacity(this.length);
        this.current = new Float64Array(this.capacity);
        this.offset = 0;
    }
    /** The values as one array of exactly `length` elements; the builder must not be used after. */
    toArray() {
        if (this.blocks.length === 0 && this.offset >= this.capacity * KEEP_FILL)
            return this.current.subarray(0, this.offset);
        const out = new Float64Array(this.length);
        let at = 0;
        for (const block of this.blocks) {
            out.set(block, at);
            at += block.length;
        }
        out.set(this.current.subarray(0, this.offset), at);
        this.blocks.length = 0;
        this.current = new Float64Array(0);
        return out;
    }
}
/** Int32 values (dictionary codes). */
class Int32Blocks {
    blocks = [];
    current;
    capacity;
    offset = 0;
    length = 0;
    /** `expected`: the estimated number of values (the first block's size). */
    constructor(expected = 0) {
        this.capacity = firstCapacity(expected);
        this.current = new Int32Array(this.capacity);
    }
    push(value) {
        if (this.offset === this.capacity)
            this.grow();
        this.current[this.offset++] = value;
        this.length++;
    }
    /** The block being filled; values go at {@link filled} onwards (for direct writers). */
    get block() {
        return this.current;
    }
    /** How many values the current block holds. */
    get filled() {
        return this.offset;
    }
    /** Starts a new block if the current one is full; returns the free slots in the current block. */
    reserve() {
        if (this.offset === this.capacity)
            this.grow();
        return this.capacity - this.offset;
    }
    /** Counts `count` values written directly into {@link block} from {@link filled} (≤ the reserve). */
    advance(count) {
        this.offset += count;
        this.length += count;
    }
    grow() {
        this.blocks.push(this.current);
        this.capacity = nextCapacity(this.length);
        this.current = new Int32Array(this.capacity);
        this.offset = 0;
    }
    /** The values as one array of exactly `length` elements; the builder must not be used after. */
    toArray() {
        if (this.blocks.length === 0 && this.offset >= this.capacity * KEEP_FILL)
            return this.current.subarray(0, this.offset);
        const out = new Int32Array(this.length);
        let at = 0;
        for (const block of this.blocks) {
            out.set(block, at);
            at += block.length;
        }
        out.set(this.current.subarray(0, this.offset), at);
        this.blocks.length = 0;
        this.current = new Int32Array(0);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/io/datetime-parser.ts
/**
 * ISO 8601 dates and date-times, parsed from bytes into milliseconds since the Unix epoch (UTC).
 *
 * Accepted: `YYYY-MM-DD`, and `YYYY-MM-DD` + `T` or one space + `HH:MM`, optional `:SS`, optional
 * fraction `.f…` (any number of digits; kept to sub-millisecond precision), optional zone `Z`,
 * `±HH:MM`, `±HHMM` or `±HH`. Without a zone the time is taken as UTC, so the same file gives
 * the same numbers on every machine. Calendar fields are checked (no 2023-02-29, no 24:00).
 */
const ZERO = 48;
function digit(bytes, i) {
    const d = bytes[i] - ZERO;
    return d >= 0 && d <= 9 ? d : -1;
}
function twoDigits(bytes, i) {
    const a = digit(bytes, i);
    const b = digit(bytes, i + 1);
    return a < 0 || b < 0 ? -1 : a * 10 + b;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function daysInMonth(year, month) {
    if (month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)))
        return 29;
    return DAYS_IN_MONTH[month - 1];
}
/** Milliseconds since the epoch for the ISO 8601 text in `bytes[start, end)`, or NaN. */
function parseDatetimeBytes(bytes, start, end) {
    const length = end - start;
    if (length < 10 || bytes[start + 4] !== 45 || bytes[start + 7] !== 45)
        return NaN;
    const y0 = twoDigits(bytes, start);
    const y1 = twoDigits(bytes, start + 2);
    const month = twoDigits(bytes, start + 5);
    const day = twoDigits(bytes, start + 8);
    if (y0 < 0 || y1 < 0 || month < 1 || month > 12 || day < 1)
        return NaN;
    const year = y0 * 100 + y1;
    if (day > daysInMonth(year, month))
        return NaN;
    // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
    const dayMs = year >= 100 ? Date.UTC(year, month - 1, day) : new Date(Date.UTC(2000, month - 1, day)).setUTCFullYear(year);
    if (length === 10)
        return dayMs;
    let i = start + 10;
    const separator = bytes[i];
    if (separator !== 84 && separator !== 32 && separator !== 116)
        return NaN; // T, space, t
    i++;
    if (end - i < 5 || bytes[i + 2] !== 58)
        return NaN; // HH:MM
    const hour = twoDigits(bytes, i);
    const minute = twoDigits(bytes, i + 3);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return NaN;
    i += 5;
    let second = 0;
    let fraction = 0;
    if (i < end && bytes[i] === 58) {
        second = twoDigits(bytes, i + 1);
        if (second < 0 || second > 59)
            return NaN;
        i += 3;
        if (i < end && (bytes[i] === 46 || bytes[i] === 44)) {
            i++;
            let scale = 100; // milliseconds per first fraction digit
            const fractionStart = i;
            while (i < end) {
                const d = digit(bytes, i);
                if (d < 0)
                    break;
                fraction += d * scale;
                scale /= 10;
                i++;
            }
            if (i === fractionStart)
                return NaN;
        }
    }
    let offsetMinutes = 0;
    if (i < end) {
        const zone = bytes[i];
        if (zone === 90 || zone === 122) {
            i++; // Z or z
        }
        else if (zone === 43 || zone === 45) {
            const sign = zone === 45 ? -1 : 1;
            const oh = twoDigits(bytes, i + 1);
            if (oh < 0 || oh > 23)
                return NaN;
            i += 3;
            let om = 0;
            if (i < end) {
                if (bytes[i] === 58)
                    i++;
                om = twoDigits(bytes, i);
                if (om < 0 || om > 59)
                    return NaN;
                i += 2;
            }
            offsetMinutes = sign * (oh * 60 + om);
        }
        else {
            return NaN;
        }
    }
    if (i !== end)
        return NaN;
    return dayMs + ((hour * 60 + minute - offsetMinutes) * 60 + second) * 1000 + fraction;
}
/** {@link parseDatetimeBytes} on a string (for JSON values). */
function parseDatetimeString(text) {
    const bytes = Buffer.from(text, 'utf8');
    return parseDatetimeBytes(bytes, 0, bytes.length);
}

;// CONCATENATED MODULE: ./src/io/infer-type.ts
/**
 * Type inference for one column, token by token.
 *
 * A column gets the type of its first non-missing token, tried in this order: number (integer
 * when written without fraction or exponent), boolean (`true`/`false`, `True`/`False`,
 * `TRUE`/`FALSE`), ISO 8601 datetime (see datetime-parser.ts), else string. It keeps that type
 * only if EVERY later non-missing token parses the same way; one token that does not (`1,234`,
 * `N/A`, `yes` in a boolean column) makes the whole column a string column with the raw
 * (trimmed) tokens, so nothing is silently coerced. A column of integers that holds one beyond
 * ±2^53 (e.g. 20-digit ids), which a double cannot hold exactly, is text too; among numbers with
 * fractions such a token is just a number, rounded to the nearest double like any other.
 *
 * An explicit type (configuration) is strict instead: a token that does not parse is an error
 * naming file, column, row and token. Explicit `boolean` also accepts any letter case and 1/0.
 */
const TRUE_FORMS = ['true', 'True', 'TRUE'].map((t) => Buffer.from(t));
const FALSE_FORMS = ['false', 'False', 'FALSE'].map((t) => Buffer.from(t));
function equalsAt(bytes, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let k = 0; k < word.length; k++)
        if (bytes[start + k] !== word[k])
            return false;
    return true;
}
function equalsIgnoreCase(bytes, start, end, lowerWord) {
    if (end - start !== lowerWord.length)
        return false;
    for (let k = 0; k < lowerWord.length; k++)
        if ((bytes[start + k] | 0x20) !== lowerWord.charCodeAt(k))
            return false;
    return true;
}
/** 1 for true, 0 for false, -1 when the token is not one of the inferred boolean spellings. */
function parseBooleanBytes(bytes, start, end) {
    const length = end - start;
    if (length === 4) {
        for (const form of TRUE_FORMS)
            if (equalsAt(bytes, start, end, form))
                return 1;
    }
    else if (length === 5) {
        for (const form of FALSE_FORMS)
            if (equalsAt(bytes, start, end, form))
                return 0;
    }
    return -1;
}
/** The explicit-type spelling: `true`/`false` in any case, or `1`/`0`. */
function parseBooleanLenient(bytes, start, end) {
    if (end - start === 1) {
        if (bytes[start] === 49)
            return 1;
        if (bytes[start] === 48)
            return 0;
        return -1;
    }
    if (equalsIgnoreCase(bytes, start, end, 'true'))
        return 1;
    if (equalsIgnoreCase(bytes, start, end, 'false'))
        return 0;
    return -1;
}

;// CONCATENATED MODULE: ./src/io/number-parser.ts
/**
 * Decimal numbers parsed straight from bytes, without making a string on the fast paths.
 *
 * Grammar (the same as `parseStrictNumber` in table.ts): `[+-]? (digits [. digits?] | . digits)
 * ([eE] [+-]? digits)?`, or `[+-]?` followed by `inf`, `Inf`, `INF`, `infinity`, `Infinity` or
 * `INFINITY` (as numpy and pandas write them).
 * Thousands separators, hex, `0x`, `1_000` and a lone `.` are not numbers.
 *
 * Exactness — every result equals `Number(text)` (correctly rounded, round-half-even):
 * 1. Up to 15 significant digits and a decimal exponent within ±22: the digits and the power of
 *    ten are exact doubles, so one multiplication or division is correctly rounded (Clinger's
 *    fast path).
 * 2. 16 to 19 significant digits (what full-precision exports such as pandas' `to_csv` write),
 *    exponent within ±22: the digits are held exactly as a double-double, multiplied or divided
 *    by the power of ten in double-double arithmetic (error below 2^-100 relative), and rounded
 *    once. When that value lies too close to a rounding midpoint to certify, or the result is a
 *    power of two or subnormal, the token goes to path 3.
 * 3. Anything else: `Number()` on the token's text.
 */
/**
 * Side results of the last {@link scanNumber} / {@link parseNumberBytes}: whether the number was
 * written as an integer, and where its text ended.
 */
const numberSyntax = { integer: false, end: 0 };
const POW10 = new Float64Array(23);
POW10[0] = 1;
for (let i = 1; i < POW10.length; i++)
    POW10[i] = POW10[i - 1] * 10;
const number_parser_ZERO = 48;
const DOT = 46;
const PLUS = 43;
const MINUS = 45;
/**
 * The number written in `bytes[start, end)` (already trimmed), or NaN when it is not a number.
 * Sets `numberSyntax.integer` when the token has no fraction, exponent or infinity.
 */
function parseNumberBytes(bytes, start, end) {
    const value = scanNumber(bytes, start, end);
    return numberSyntax.end === end ? value : NaN;
}
/**
 * The number whose text starts at `start` and runs as far as the grammar allows (at most to
 * `end`); `numberSyntax.end` is where it stopped. NaN when no number starts there (then `end`
 * is meaningless). The CSV reader uses it to parse a field while finding where the field ends.
 */
function scanNumber(bytes, start, end) {
    let i = start;
    if (i >= end)
        return NaN;
    let negative = false;
    const first = bytes[i];
    if (first === MINUS || first === PLUS) {
        negative = first === MINUS;
        if (++i >= end)
            return NaN;
    }
    const bodyStart = i;
    // All digits go into `mantissa`; `significant` counts those from the first non-zero one. The
    // value is exact while significant ≤ 15; longer mantissas are re-read by longMantissa().
    let mantissa = 0;
    let significant = 0;
    // Where the 15th significant digit ends, and the (exact) mantissa there, for longMantissa().
    let cut = -1;
    let mantissa15 = 0;
    for (; i < end; i++) {
        const d = bytes[i] - number_parser_ZERO;
        if (d >>> 0 > 9)
            break;
        mantissa = mantissa * 10 + d;
        if (mantissa !== 0 && ++significant === 15) {
            cut = i + 1;
            mantissa15 = mantissa;
        }
    }
    let digits = i - bodyStart;
    let exponent = 0;
    let integer = true;
    let dot = -1;
    if (i < end && bytes[i] === DOT) {
        integer = false;
        dot = i;
        const fractionStart = ++i;
        for (; i < end; i++) {
            const d = bytes[i] - number_parser_ZERO;
            if (d >>> 0 > 9)
                break;
            mantissa = mantissa * 10 + d;
            if (mantissa !== 0 && ++significant === 15) {
                cut = i + 1;
                mantissa15 = mantissa;
            }
        }
        exponent = fractionStart - i;
        digits += i - fractionStart;
    }
    if (digits === 0)
        return i === bodyStart ? parseInfinity(bytes, i, end, negative) : NaN;
    const mantissaEnd = i;
    let written = 0;
    if (i < end && (bytes[i] | 0x20) === 101) {
        // e or E: an exponent must follow, else the text is not a number
        integer = false;
        if (++i >= end)
            return NaN;
        let expNegative = false;
        const sign = bytes[i];
        if (sign === MINUS || sign === PLUS) {
            expNegative = sign === MINUS;
            if (++i >= end)
                return NaN;
        }
        const expStart = i;
        for (; i < end; i++) {
            const d = bytes[i] - number_parser_ZERO;
            if (d >>> 0 > 9)
                break;
            if (written < 100000)
                written = written * 10 + d;
        }
        if (i === expStart)
            return NaN;
        if (expNegative)
            written = -written;
        exponent += written;
    }
    numberSyntax.integer = integer;
    numberSyntax.end = i;
    let value;
    if (significant <= 15) {
        if (mantissa === 0)
            value = 0;
        else if (exponent >= -22 && exponent <= 22)
            value = exponent < 0 ? mantissa / POW10[-exponent] : mantissa * POW10[exponent];
        else
            value = slowPath(bytes, start, i);
    }
    else {
        value = longMantissa(bytes, cut, mantissaEnd, mantissa15, dot, written);
        if (value !== value)
            value = slowPath(bytes, start, i);
    }
    return negative ? -value : value;
}
/**
 * The value of a mantissa of more than 15 significant digits times 10^written: `mantissa15`
 * holds the first 15 (ending at `cut`), the digits in `bytes[cut, to)` follow (`dot` is the
 * decimal point's position, or -1). Exact through {@link doubleDoubleRound} for up to 19
 * significant digits and a decimal exponent within ±22; NaN otherwise (then Number() decides).
 */
function longMantissa(bytes, cut, to, mantissa15, dot, written) {
    let low = 0;
    let lowDigits = 0;
    let last = cut; // just after the last digit used
    for (let j = cut; j < to; j++) {
        const c = bytes[j];
        if (c === DOT)
            continue;
        if (lowDigits === 4)
            return NaN; // more than 19 significant digits
        low = low * 10 + (c - number_parser_ZERO);
        lowDigits++;
        last = j + 1;
    }
    const exponent = written - (dot >= 0 && last > dot ? last - dot - 1 : 0);
    if (exponent < -22 || exponent > 22)
        return NaN;
    return doubleDoubleRound(mantissa15, low, lowDigits, exponent);
}
function slowPath(bytes, start, end) {
    return Math.abs(Number(Buffer.prototype.latin1Slice.call(bytes, start, end)));
}
const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's splitting constant
/** Bound on the double-double result's relative error (about 2^-104), with ample margin. */
const CERTAINTY = 2 ** -90;
/**
 * (mantissa · 10^lowDigits + low) · 10^exponent, correctly rounded, or NaN when it cannot be
 * certified here. mantissa < 10^15, low < 10^lowDigits, |exponent| ≤ 22, so the result is a
 * normal double. Products are made exact with Dekker's two-product (Veltkamp splitting).
 */
function doubleDoubleRound(mantissa, low, lowDigits, exponent) {
    // w = mantissa·10^k + low exactly, as the double-double a + b.
    const scale = POW10[lowDigits];
    let product = mantissa * scale;
    let t = SPLITTER * mantissa;
    let xHigh = t - (t - mantissa);
    let xLow = mantissa - xHigh;
    t = SPLITTER * scale;
    let yHigh = t - (t - scale);
    let yLow = scale - yHigh;
    let error = xHigh * yHigh - product + xHigh * yLow + xLow * yHigh + xLow * yLow;
    const s = error + low; // exact: both are integers below 2^14 in magnitude
    const a = product + s;
    const b = s - (a - product);
    const p = POW10[exponent < 0 ? -exponent : exponent];
    t = SPLITTER * p;
    yHigh = t - (t - p);
    yLow = p - yHigh;
    let hi;
    let lo;
    if (exponent < 0) {
        hi = a / p;
        product = hi * p;
        t = SPLITTER * hi;
        xHigh = t - (t - hi);
        xLow = hi - xHigh;
        error = xHigh * yHigh - product + xHigh * yLow + xLow * yHigh + xLow * yLow;
        lo = (a - product - error + b) / p;
    }
    else {
        hi = a * p;
        t = SPLITTER * a;
        xHigh = t - (t - a);
        xLow = a - xHigh;
        lo = xHigh * yHigh - hi + xHigh * yLow + xLow * yHigh + xLow * yLow + b * p;
    }
    // The true value lies within ±margin of hi + lo. If both ends of that interval round to the
    // same double, that double is the correctly rounded result; else (near a midpoint) give up.
    const margin = (hi < 0 ? -hi : hi) * CERTAINTY;
    const up = hi + (lo + margin);
    return up === hi + (lo - margin) ? up : NaN;
}
/** `inf`, `Inf`, `INF`, `infinity`, `Infinity`, `INFINITY` (the sign was already read). */
function parseInfinity(bytes, i, end, negative) {
    const length = end - i;
    if (length !== 3 && length !== 8)
        return NaN;
    const word = length === 3 ? 'inf' : 'infinity';
    // The first letter in either case, the rest all lower case or (only after a capital) all upper.
    if ((bytes[i] | 0x20) !== 105)
        return NaN;
    const upper = bytes[i] === 73 && bytes[i + 1] === 78; // "IN…"
    for (let k = 1; k < length; k++)
        if (bytes[i + k] !== word.charCodeAt(k) - (upper ? 32 : 0))
            return NaN;
    numberSyntax.integer = false;
    numberSyntax.end = end;
    return negative ? -Infinity : Infinity;
}
/** Integers beyond ±2^53 cannot all be held exactly in a double. */
function isExactInteger(value) {
    return value <= Number.MAX_SAFE_INTEGER && value >= -Number.MAX_SAFE_INTEGER;
}

;// CONCATENATED MODULE: ./src/io/text-interner.ts
/**
 * Dictionary encoding of text straight from bytes: an open-addressing hash table keyed by the
 * token's bytes, so a value already in the dictionary costs a hash and a byte comparison, and
 * no string is made. Only a new distinct value is decoded (UTF-8) into the dictionary.
 *
 * The hash is FNV-1a over the bytes ({@link TEXT_HASH_SEED}, {@link TEXT_HASH_PRIME}), so a
 * scanner that already walks the bytes (the CSV fast path) can compute it on the way and call
 * {@link TextInterner.internHashed}, reading the token only once more, to compare it.
 */
/** FNV-1a's 32-bit offset basis: the hash of no bytes. */
const TEXT_HASH_SEED = 0x811c9dc5 | 0;
/** FNV-1a's 32-bit prime: `hash = Math.imul(hash ^ byte, TEXT_HASH_PRIME)` per byte. */
const TEXT_HASH_PRIME = 0x01000193;
class TextInterner {
    dictionary = [];
    /**
     * Pairs [code, finished hash]; code -1 marks an empty slot. The hash sits beside the code so
     * that a probe that does not match touches one cache line, not the entry's too.
     */
    // Small at first (each doubles as it fills): a file with thousands of text columns makes one
    // interner per column.
    slots = new Int32Array(2 * 64).fill(-1);
    /** Per code: [offset, length] of its bytes in `store`. */
    spans = new Int32Array(2 * 32);
    store = new Uint8Array(1 << 10);
    stored = 0;
    /** The code of the text in `bytes[start, end)`, adding it when new. */
    intern(bytes, start, end) {
        let hash = TEXT_HASH_SEED;
        for (let i = start; i < end; i++)
            hash = Math.imul(hash ^ bytes[i], TEXT_HASH_PRIME);
        return this.internHashed(bytes, start, end, hash);
    }
    /** {@link intern} when the caller has already computed the FNV-1a hash of the bytes. */
    internHashed(bytes, start, end, fnv) {
        // FNV's low bits, which pick the slot, mix poorly on their own: finish as MurmurHash3 does.
        let hash = fnv ^ (fnv >>> 16);
        hash = Math.imul(hash, 0x85ebca6b);
        hash ^= hash >>> 13;
        const slots = this.slots;
        const mask = slots.length - 2;
        const length = end - start;
        for (let slot = (hash << 1) & mask;; slot = (slot + 2) & mask) {
            const code = slots[slot];
            if (code < 0)
                return this.add(bytes, start, end, hash, slot);
            if (slots[slot + 1] !== hash || this.spans[2 * code + 1] !== length)
                continue;
            const store = this.store;
            const at = this.spans[2 * code] - start;
            let i = start;
            while (i < end && store[at + i] === bytes[i])
                i++;
            if (i === end)
                return code;
        }
    }
    /** The code of a string (JSON values, Parquet text). */
    internString(text) {
        const bytes = Buffer.from(text, 'utf8');
        return this.intern(bytes, 0, bytes.length);
    }
    add(bytes, start, end, hash, slot) {
        const code = this.dictionary.length;
        this.dictionary.push(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('utf8'));
        if (2 * code === this.spans.length) {
            const spans = new Int32Array(this.spans.length * 2);
            spans.set(this.spans);
            this.spans = spans;
        }
        const length = end - start;
        if (this.stored + length > this.store.length) {
            const store = new Uint8Array(Math.max(this.store.length * 2, this.stored + length));
            store.set(this.store.subarray(0, this.stored));
            this.store = store;
        }
        this.store.set(bytes.subarray(start, end), this.stored);
        this.spans[2 * code] = this.stored;
        this.spans[2 * code + 1] = length;
        this.stored += length;
        this.slots[slot] = code;
        this.slots[slot + 1] = hash;
        if ((code + 1) * 4 > this.slots.length)
            this.rehash();
        return code;
    }
    /** Doubles the table, keeping it at most half full. */
    rehash() {
        const old = this.slots;
        const slots = new Int32Array(old.length * 2).fill(-1);
        const mask = slots.length - 2;
        for (let k = 0; k < old.length; k += 2) {
            if (old[k] < 0)
                continue;
            let slot = (old[k + 1] << 1) & mask;
            while (slots[slot] >= 0)
                slot = (slot + 2) & mask;
            slots[slot] = old[k];
            slots[slot + 1] = old[k + 1];
        }
        this.slots = slots;
    }
}

;// CONCATENATED MODULE: ./src/io/fast-kind.ts
/** How the fast path of the delimited reader (fast-records.ts) treats a column, as its builder (column-builder.ts) sets it. */
/** Not read (an unwanted column, or a contradicted one that will be read again as text). */
const FAST_SKIP = 0;
/** Numbers into a Float64 block; empty is missing (NaN). */
const FAST_NUMBER = 1;
/** As FAST_NUMBER, for an explicit integer type: a non-integer ends the run (the general path reports it). */
const FAST_INTEGER = 2;
/** Text codes into an Int32 block, through the column's interner; missing is -1. */
const FAST_TEXT = 3;
/** Scanned here, given to the builder's addField once the record is plain. */
const FAST_GENERAL = 4;

;// CONCATENATED MODULE: ./src/io/column-builder.ts
/**
 * Builds one column from a stream of tokens (CSV/TSV bytes) or values (JSON), inferring its type
 * (infer-type.ts) or enforcing an explicit one. Numbers, booleans and datetimes go straight into
 * a Float64 block array; text is interned from its bytes (text-interner.ts) only for string
 * columns, so no column allocates a string per row on the fast path.
 *
 * When inference is contradicted by a later token, the builder is marked {@link demoted} and
 * stops storing: the loader then reads that column again as text (the raw tokens are not kept
 * around during the first pass, which would double the memory of every numeric column).
 */







class ColumnBuilder {
    name;
    source;
    missing;
    forced;
    expectedRows;
    contradicted = false;
    /** An inferred integer column met an integer beyond ±2^53, which only text holds exactly. */
    inexactInteger = false;
    /** Tokens or values received so far, missing ones included (= the current 1-based row). */
    rows = 0;
    nullCount = 0;
    kind;
    /** Inferred numbers: every one so far was written as an exactly representable integer. */
    integer = true;
    pendingMissing = 0;
    values;
    codes;
    text = new TextInterner();
    constructor(name, source, missing, 
    /** An explicit type: strict parsing, errors instead of inference. */
    forced, 
    /** Estimated number of rows, to size storage once (0: unknown). */
    expectedRows = 0) {
        this.name = name;
        this.source = source;
        this.missing = missing;
        this.forced = forced;
        this.expectedRows = expectedRows;
        this.kind = forced === undefined ? 'unknown' : forced === 'integer' ? 'number' : forced;
        if (this.kind !== 'unknown')
            this.startStorage();
    }
    /**
     * Inference was contradicted (or an integer column holds integers a double cannot): the
     * column must be read again as text.
     */
    get demoted() {
        return this.contradicted || (this.inexactInteger && this.integer && this.kind === 'number');
    }
    /** One field, already unquoted and trimmed: `bytes[start, end)`. */
    addField(bytes, start, end) {
        if (this.missing.isMissingBytes(bytes, start, end))
            this.addMissing();
        else
            this.addToken(bytes, start, end);
    }
    addMissing() {
        this.rows++;
        this.nullCount++;
        if (this.values !== undefined)
            this.values.push(NaN);
        else if (this.codes !== undefined)
            this.codes.push(-1);
        else
            this.pendingMissing++;
    }
    /** A non-missing token. */
    addToken(bytes, start, end) {
        this.rows++;
        if (this.contradicted)
            return;
        switch (this.kind) {
            case 'number': {
                const v = parseNumberBytes(bytes, start, end);
                if (v !== v)
                    return this.reject(bytes, start, end, this.forced === 'integer' ? 'is not an integer' : 'is not a number');
                if (!numberSyntax.integer || !isExactInteger(v)) {
                    if (this.forced === undefined) {
                        if (numberSyntax.integer)
                            this.inexactInteger = true;
                        else
                            this.integer = false;
                    }
                    else if (this.forced === 'integer' && !(Number.isInteger(v) && isExactInteger(v))) {
                        return this.reject(bytes, start, end, Number.isInteger(v) ? 'is an integer beyond ±2^53, which a double cannot hold exactly' : 'is not an integer');
                    }
                }
                this.values.push(v);
                return;
            }
            case 'boolean': {
                const b = this.forced === undefined ? parseBooleanBytes(bytes, start, end) : parseBooleanLenient(bytes, start, end);
                if (b < 0)
                    return this.reject(bytes, start, end, 'is not a boolean (true, false, 1 or 0)');
                this.values.push(b);
                return;
            }
            case 'datetime': {
                const t = parseDatetimeBytes(bytes, start, end);
                if (t !== t)
                    return this.reject(bytes, start, end, 'is not an ISO 8601 date or datetime');
                this.values.push(t);
                return;
            }
            case 'string':
                this.codes.push(this.text.intern(bytes, start, end));
                return;
            case 'unknown':
                this.rows--;
                this.inferFrom(bytes, start, end);
                this.addToken(bytes, start, end);
                return;
        }
    }
    /** Whether {@link addNumber} may be used: the column takes numbers and no number is missing. */
    get takesNumbers() {
        return this.kind === 'number' && !this.contradicted && !this.missing.hasNumericToken;
    }
    /**
     * A token the tokenizer already parsed as a number (`bytes[start, end)` is its text, for
     * messages). Only while {@link takesNumbers}.
     */
    addNumber(v, integerSyntax, bytes, start, end) {
        this.rows++;
        if (this.contradicted)
            return;
        if (!integerSyntax || !isExactInteger(v)) {
            if (this.forced === undefined) {
                if (integerSyntax)
                    this.inexactInteger = true;
                else
                    this.integer = false;
            }
            else if (this.forced === 'integer' && !(Number.isInteger(v) && isExactInteger(v))) {
                return this.reject(bytes, start, end, Number.isInteger(v) ? 'is an integer beyond ±2^53, which a double cannot hold exactly' : 'is not an integer');
            }
        }
        this.values.push(v);
    }
    /**
     * How the CSV fast path (fast-records.ts) may treat this column's plain tokens: store numbers
     * or text codes itself, skip them (a contradicted column, read again later), or hand them to
     * {@link addField} (booleans, datetimes, a column with no value yet, numbers when some missing
     * token is itself a number).
     */
    get fastKind() {
        if (this.contradicted)
            return FAST_SKIP;
        if (this.kind === 'string')
            return FAST_TEXT;
        if (this.kind !== 'number' || this.missing.hasNumericToken)
            return FAST_GENERAL;
        return this.forced === 'integer' ? FAST_INTEGER : FAST_NUMBER;
    }
    /** Storage the fast path writes numbers into (while fastKind is a number kind). */
    get numberBlocks() {
        return this.values;
    }
    /** Storage the fast path writes text codes into (while fastKind is FAST_TEXT). */
    get codeBlocks() {
        return this.codes;
    }
    get interner() {
        return this.text;
    }
    /**
     * The fast path stored `count` rows itself (`nulls` of them missing); `fraction`: some number
     * was written with a fraction or exponent; `inexactInteger`: some integer lies beyond ±2^53.
     */
    addFastRows(count, nulls, fraction, inexactInteger) {
        this.rows += count;
        this.nullCount += nulls;
        if (this.forced !== undefined)
            return;
        if (fraction)
            this.integer = false;
        if (inexactInteger)
            this.inexactInteger = true;
    }
    /** A JSON value: null, number, boolean or string. */
    addValue(value) {
        if (value === null || value === undefined)
            return this.addMissing();
        if (typeof value === 'string') {
            const trimmed = value.trim();
            if (this.missing.isMissingString(trimmed))
                return this.addMissing();
            const bytes = Buffer.from(trimmed, 'utf8');
            return this.addToken(bytes, 0, bytes.length);
        }
        if (typeof value === 'number' || typeof value === 'boolean') {
            if (this.kind === 'unknown') {
                this.kind = typeof value === 'number' ? 'number' : 'boolean';
                this.startStorage();
            }
            if (this.kind === 'string') {
                this.rows++;
                if (!this.contradicted)
                    this.codes.push(this.text.internString(String(value)));
                return;
            }
            if (typeof value === 'number' && this.kind === 'number') {
                if (!(Number.isInteger(value) && isExactInteger(value))) {
                    if (this.forced === 'integer') {
                        this.rows++;
                        return this.reject(undefined, 0, 0, 'is not an integer', String(value));
                    }
                    this.integer = false;
                }
                this.rows++;
                if (!this.contradicted)
                    this.values.push(value);
                return;
            }
            if (typeof value === 'boolean' && this.kind === 'boolean') {
                this.rows++;
                if (!this.contradicted)
                    this.values.push(value ? 1 : 0);
                return;
            }
            // A number in a boolean or datetime column, or a boolean among numbers: parse its text,
            // which is strict for explicit types and demotes an inferred column.
            const bytes = Buffer.from(String(value), 'utf8');
            return this.addToken(bytes, 0, bytes.length);
        }
        this.rows++;
        const what = Array.isArray(value) ? 'an array' : `a${typeof value === 'object' ? 'n object' : ` ${typeof value}`}`;
        throw new errors_DataError(`holds ${what}; only numbers, strings, booleans and null are supported`, {
            file: this.source,
            column: this.name,
            row: this.rows,
        });
    }
    /** The finished column. Inferred all-missing columns are numbers (all NaN), as in pandas. */
    finish() {
        if (this.kind === 'unknown') {
            this.kind = 'number';
            this.integer = false;
            this.startStorage();
        }
        const { name, nullCount } = this;
        if (this.kind === 'string') {
            return { name, type: 'string', codes: this.codes.toArray(), dictionary: this.text.dictionary, nullCount };
        }
        const type = this.forced ?? (this.kind === 'number' ? (this.integer ? 'integer' : 'number') : this.kind);
        if (type === 'string')
            throw new Error('unreachable: a string column with numeric storage');
        return { name, type, values: this.values.toArray(), nullCount };
    }
    inferFrom(bytes, start, end) {
        const v = parseNumberBytes(bytes, start, end);
        if (v === v)
            this.kind = 'number';
        else if (parseBooleanBytes(bytes, start, end) >= 0)
            this.kind = 'boolean';
        else if (parseDatetimeBytes(bytes, start, end) === parseDatetimeBytes(bytes, start, end))
            this.kind = 'datetime';
        else
            this.kind = 'string';
        this.startStorage();
    }
    startStorage() {
        if (this.kind === 'string') {
            this.codes = new Int32Blocks(this.expectedRows);
            for (let i = 0; i < this.pendingMissing; i++)
                this.codes.push(-1);
        }
        else {
            this.values = new Float64Blocks(this.expectedRows);
            for (let i = 0; i < this.pendingMissing; i++)
                this.values.push(NaN);
        }
        this.pendingMissing = 0;
    }
    /** A token that does not parse: an error for an explicit type, a demotion for an inferred one. */
    reject(bytes, start, end, problem, text) {
        if (this.forced === undefined)
            return this.demote();
        const token = text ?? bytes.toString('utf8', start, end);
        throw new errors_DataError(`"${token}" ${problem} (the column's type is set to ${this.forced})`, {
            file: this.source,
            column: this.name,
            row: this.rows,
        });
    }
    demote() {
        this.contradicted = true;
        this.values = undefined;
        this.codes = undefined;
    }
}

;// CONCATENATED MODULE: ./src/io/csv-parser.ts
/**
 * An RFC 4180 tokenizer for delimited text that works on bytes, chunk by chunk.
 *
 * Why our own parser rather than arquero's `loadCSV` (arquero is now only a test oracle for it):
 * arquero decodes the text into a JavaScript string per field and builds each column as an
 * array of JavaScript values. On the benchmark's 100,000 × 25 file it took 2.7 times our CPU
 * time and 199 MB of memory (extrapolated: well over a gigabyte for a million rows). Here a record is
 * a list of byte spans into the chunk, numbers are parsed from bytes while the field's end is
 * found, and nothing is decoded until a column builder needs text.
 *
 * Accepted: fields quoted with `"` (the delimiter, newlines and `""` inside quotes), CRLF, LF or
 * CR line ends (mixed too), a missing final line end, blank lines (passed on as empty records).
 * A quote inside an unquoted field is a literal character (`5'10"`), as in Python's csv module.
 * Spaces or tabs may follow a closing quote. Malformed: any other character after a closing
 * quote, or a quote that is never closed; both are reported as {@link CsvSyntaxError} with the
 * field where they occur.
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
/** The fields of the current record as spans of the buffer passed with it. Reused per record. */
class FieldSpans {
    count = 0;
    starts = new Int32Array(64);
    ends = new Int32Array(64);
    /** 1 when the field was quoted and holds doubled quotes (`""`) that need unescaping. */
    escaped = new Uint8Array(64);
    /** 0: only the span is known; 1: `numbers` holds its value; 2: the same, written as an integer. */
    parsed = new Uint8Array(64);
    numbers = new Float64Array(64);
    push(start, end, escaped) {
        if (this.count === this.starts.length)
            this.grow();
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.escaped[this.count] = escaped;
        this.parsed[this.count] = 0;
        this.count++;
    }
    pushNumber(start, end, value, integer) {
        if (this.count === this.starts.length)
            this.grow();
        this.starts[this.count] = start;
        this.ends[this.count] = end;
        this.escaped[this.count] = 0;
        this.parsed[this.count] = integer ? 2 : 1;
        this.numbers[this.count] = value;
        this.count++;
    }
    grow() {
        const size = this.starts.length * 2;
        const starts = new Int32Array(size);
        const ends = new Int32Array(size);
        const escaped = new Uint8Array(size);
        const parsed = new Uint8Array(size);
        const numbers = new Float64Array(size);
        starts.set(this.starts);
        ends.set(this.ends);
        escaped.set(this.escaped);
        parsed.set(this.parsed);
        numbers.set(this.numbers);
        this.starts = starts;
        this.ends = ends;
        this.escaped = escaped;
        this.parsed = parsed;
        this.numbers = numbers;
    }
}
/** Malformed quoting in the record being read (the one after the last emitted); `field` is 0-based. */
class CsvSyntaxError extends Error {
    field;
    reason;
    constructor(field, reason) {
        super(reason);
        this.field = field;
        this.reason = reason;
    }
}
/**
 * Tokenizes the chunks, calling `onRecord` for every record. A record that spans
 * chunks is carried over and parsed again once more bytes arrive.
 */
async function parseDelimited(chunks, delimiter, onRecord, 
/** 1 at each field index to parse as a number while tokenizing; the caller may update it. */
numericFields = new Uint8Array(0), fastPath) {
    const delimiterBytes = Buffer.from(delimiter, 'utf8');
    if (delimiterBytes.length !== 1 || delimiterBytes[0] === QUOTE || delimiterBytes[0] === LF || delimiterBytes[0] === CR) {
        throw new RangeError(`the delimiter must be one ASCII character other than a quote or line end, got ${JSON.stringify(delimiter)}`);
    }
    const tokenizer = new Tokenizer(delimiterBytes[0], onRecord);
    tokenizer.numericFields = numericFields;
    tokenizer.fastPath = fastPath;
    // `carry` holds the start of a record that the previous chunk ended inside. It is completed
    // with as few bytes of the next chunk as possible (line by line), so the chunk itself is
    // parsed in place rather than copied behind the carried bytes.
    let carry;
    // Re-parse a carried record only when it has doubled, so one huge (or never-closed) quoted
    // field costs linear, not quadratic, time.
    let retryAt = 0;
    let total = 0;
    let head; // the first bytes, until there are enough to look for a BOM
    let started = false;
    for await (let chunk of chunks) {
        if (!started) {
            chunk = head === undefined ? chunk : Buffer.concat([head, chunk]);
            if (chunk.length < 3) {
                head = chunk;
                continue;
            }
            head = undefined;
            started = true;
            if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
            if (chunk.length === 0)
                continue;
        }
        total += chunk.length;
        let from = 0;
        while (carry !== undefined && from < chunk.length) {
            if (carry.length >= SMALL_CARRY) {
                carry = Buffer.concat([carry, chunk.subarray(from)]);
                from = chunk.length;
                if (carry.length < retryAt)
                    break;
            }
            else {
                const newline = chunk.indexOf(LF, from);
                const take = newline === -1 ? chunk.length : newline + 1;
                carry = Buffer.concat([carry, chunk.subarray(from, take)]);
                from = take;
            }
            const consumed = tokenizer.parse(carry, false);
            carry = consumed === carry.length ? undefined : carry.subarray(consumed);
            retryAt = carry !== undefined && consumed === 0 ? carry.length * 2 : 0;
        }
        if (from >= chunk.length)
            continue;
        const rest = from === 0 ? chunk : chunk.subarray(from);
        const consumed = tokenizer.parse(rest, false);
        if (consumed < rest.length) {
            carry = rest.subarray(consumed);
            retryAt = 0;
        }
    }
    if (head !== undefined) {
        // A file of fewer than 3 bytes (so no BOM).
        total += head.length;
        carry = head;
    }
    if (carry !== undefined && carry.length > 0)
        tokenizer.parse(carry, true);
    return { bytes: total };
}
/** A carried record shorter than this is completed line by line. */
const SMALL_CARRY = 1 << 16;
class Tokenizer {
    delimiter;
    onRecord;
    fields = new FieldSpans();
    /** 1 at the index of every field to try parsing as a number while tokenizing. */
    numericFields = new Uint8Array(0);
    /** 1 for the bytes that end an unquoted field: the delimiter, LF and CR. */
    fieldEnd = new Uint8Array(256);
    fastPath;
    /**
     * Records to read here before trying the fast path again: after it stops at once, it is
     * tried less and less often (up to every 1024 records), so a file it cannot read costs
     * little more than without it.
     */
    fastSkip = 0;
    fastBackoff = 1;
    constructor(delimiter, onRecord) {
        this.delimiter = delimiter;
        this.onRecord = onRecord;
        this.fieldEnd[delimiter] = 1;
        this.fieldEnd[LF] = 1;
        this.fieldEnd[CR] = 1;
    }
    /**
     * Parses whole records from `buf`, returning the offset of the first byte not consumed (the
     * start of an incomplete record). With `final`, the end of `buf` ends the last record.
     */
    parse(buf, final) {
        const delimiter = this.delimiter;
        const fields = this.fields;
        const fieldEnd = this.fieldEnd;
        const numeric = this.numericFields;
        const end = buf.length;
        const fast = this.fastPath;
        const fastEnd = fast === undefined ? 0 : buf.lastIndexOf(LF) + 1;
        let pos = 0;
        while (pos < end) {
            if (pos < fastEnd) {
                if (this.fastSkip > 0) {
                    this.fastSkip--;
                }
                else {
                    const stop = fast.run(buf, pos, fastEnd);
                    if (stop > pos) {
                        pos = stop;
                        this.fastBackoff = 1;
                        continue;
                    }
                    this.fastSkip = this.fastBackoff - 1;
                    this.fastBackoff = Math.min(this.fastBackoff * 2, 1024);
                }
            }
            const recordStart = pos;
            let c = buf[pos];
            if (c === LF || c === CR) {
                if (c === LF)
                    pos++;
                else if (pos + 1 < end)
                    pos += buf[pos + 1] === LF ? 2 : 1;
                else if (final)
                    pos++;
                else
                    return recordStart;
                fields.count = 0;
                this.emit(buf);
                continue;
            }
            fields.count = 0;
            for (;;) {
                if (pos < end && buf[pos] === QUOTE) {
                    let q = pos + 1;
                    let escaped = 0;
                    for (;;) {
                        q = buf.indexOf(QUOTE, q);
                        if (q === -1) {
                            if (!final)
                                return recordStart;
                            throw new CsvSyntaxError(fields.count, 'a quoted field is never closed');
                        }
                        if (q + 1 < end && buf[q + 1] === QUOTE) {
                            escaped = 1;
                            q += 2;
                            continue;
                        }
                        if (q + 1 >= end && !final)
                            return recordStart;
                        break;
                    }
                    let p = q + 1;
                    while (p < end && (buf[p] === SPACE || (buf[p] === TAB && delimiter !== TAB)))
                        p++;
                    if (p < end) {
                        c = buf[p];
                        if (c !== delimiter && c !== LF && c !== CR) {
                            throw new CsvSyntaxError(fields.count, `unexpected ${describeByte(c)} after a closing quote (a quote inside a quoted field must be doubled: "")`);
                        }
                    }
                    else if (!final) {
                        return recordStart;
                    }
                    fields.push(pos + 1, q, escaped);
                    pos = p;
                }
                else {
                    // Fast path: a column known to hold numbers is parsed while its end is found, so
                    // its bytes are read once. Anything unusual (spaces, text, the chunk's end) falls
                    // back to the general scan, and the column builder parses the span instead.
                    let p = pos;
                    if (fields.count < numeric.length && numeric[fields.count] === 1) {
                        const value = scanNumber(buf, pos, end);
                        const stop = numberSyntax.end;
                        if (value === value && stop < end && fieldEnd[buf[stop]] === 1) {
                            fields.pushNumber(pos, stop, value, numberSyntax.integer);
                            p = stop;
                        }
                    }
                    if (p === pos) {
                        while (p < end && fieldEnd[buf[p]] === 0)
                            p++;
                        if (p >= end && !final)
                            return recordStart;
                        fields.push(pos, p, 0);
                    }
                    pos = p;
                }
                if (pos >= end) {
                    this.emit(buf);
                    return end;
                }
                c = buf[pos];
                if (c === delimiter) {
                    pos++;
                    if (pos >= end) {
                        if (!final)
                            return recordStart;
                        fields.push(pos, pos, 0);
                        this.emit(buf);
                        return end;
                    }
                    continue;
                }
                if (c === CR) {
                    if (pos + 1 < end)
                        pos += buf[pos + 1] === LF ? 2 : 1;
                    else if (final)
                        pos++;
                    else
                        return recordStart;
                }
                else {
                    pos++;
                }
                this.emit(buf);
                break;
            }
        }
        return pos;
    }
    emit(buf) {
        this.onRecord(buf, this.fields);
    }
}
function describeByte(c) {
    if (c >= 32 && c < 127)
        return `character '${String.fromCharCode(c)}'`;
    return `byte 0x${c.toString(16).padStart(2, '0')}`;
}
/** Shrinks `[start, end)` past leading and trailing spaces and tabs; returns the new start. */
function trimStart(buf, start, end) {
    while (start < end && (buf[start] === SPACE || buf[start] === TAB))
        start++;
    return start;
}
function trimEnd(buf, start, end) {
    while (end > start && (buf[end - 1] === SPACE || buf[end - 1] === TAB))
        end--;
    return end;
}
/** Copies a quoted field's content into `out`, turning each `""` into `"`; returns its length. */
function unescapeQuotes(buf, start, end, out) {
    let n = 0;
    for (let i = start; i < end; i++) {
        out[n++] = buf[i];
        if (buf[i] === QUOTE)
            i++;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/io/fast-records.ts




const fast_records_QUOTE = 34;
const fast_records_LF = 10;
const fast_records_CR = 13;
const fast_records_SPACE = 32;
const fast_records_TAB = 9;
const fast_records_MINUS = 45;
const fast_records_ZERO = 48;
const DOT_DIGIT = 46 - fast_records_ZERO; // '.' minus '0', as the digit loops see it
const fast_records_POW10 = new Float64Array(23);
fast_records_POW10[0] = 1;
for (let i = 1; i < fast_records_POW10.length; i++)
    fast_records_POW10[i] = fast_records_POW10[i - 1] * 10;
const NO_VALUES = new Float64Array(0);
const NO_CODES = new Int32Array(0);
class FastRecords {
    delimiter;
    builders;
    missing;
    /** Records stored by the last {@link run}. */
    records = 0;
    kinds;
    /** The kinds must be read again from the builders (the general path may have changed them). */
    stale = true;
    /** The columns of kind FAST_GENERAL, and their field spans in the current record. */
    general = new Int32Array(0);
    spanStarts;
    spanEnds;
    // Per field, set up at the start of each run: where its values go, and what was seen.
    values;
    codes;
    bases;
    interners;
    nulls;
    /** The fields missing in the current record, counted in `nulls` only if the record is plain. */
    recordNulls;
    fractions;
    inexactIntegers;
    constructor(delimiter, 
    /** One per field of the header; undefined for columns not read. */
    builders, missing) {
        this.delimiter = delimiter;
        this.builders = builders;
        this.missing = missing;
        const n = builders.length;
        this.kinds = new Uint8Array(n);
        this.spanStarts = new Int32Array(n);
        this.spanEnds = new Int32Array(n);
        this.values = Array.from({ length: n }, () => NO_VALUES);
        this.codes = Array.from({ length: n }, () => NO_CODES);
        this.bases = new Int32Array(n);
        this.interners = builders.map((b) => b?.interner);
        this.nulls = new Int32Array(n);
        this.recordNulls = new Int32Array(n);
        this.fractions = new Uint8Array(n);
        this.inexactIntegers = new Uint8Array(n);
    }
    /** A builder may have changed what it takes: read the kinds again before the next run. */
    invalidate() {
        this.stale = true;
    }
    /**
     * Reads plain records from `buf[pos, end)`, where `end` follows a line feed (so every scan
     * stops inside the buffer). Returns where it stopped: at `end`, or at the start of a record
     * the general path must read, or when a column's current block is full or a builder changed
     * kind. {@link records} tells how many records it stored.
     */
    run(buf, pos, end) {
        if (this.stale)
            this.readKinds();
        const room = this.prepare();
        const { delimiter, kinds, values, codes, bases, interners, nulls, recordNulls, fractions, inexactIntegers, spanStarts, spanEnds, general } = this;
        const missingFirst = this.missing.firstBytes;
        const last = kinds.length - 1;
        let r = 0;
        let kindChanged = false;
        records: while (pos < end && r < room) {
            let p = pos;
            // A blank line is no record (the general path decides what it means).
            if (buf[p] === fast_records_LF || buf[p] === fast_records_CR)
                break;
            let nullsInRecord = 0;
            for (let j = 0; j <= last; j++) {
                let c = buf[p];
                switch (kinds[j]) {
                    case FAST_NUMBER:
                    case FAST_INTEGER: {
                        const start = p;
                        const negative = c === fast_records_MINUS;
                        if (negative)
                            c = buf[++p];
                        const digitsStart = p;
                        let mantissa = 0;
                        let d = c - fast_records_ZERO;
                        while (d >>> 0 <= 9) {
                            mantissa = mantissa * 10 + d;
                            d = buf[++p] - fast_records_ZERO;
                        }
                        let fractionDigits = -1; // -1: no decimal point
                        if (d === DOT_DIGIT) {
                            const fractionStart = ++p;
                            d = buf[p] - fast_records_ZERO;
                            while (d >>> 0 <= 9) {
                                mantissa = mantissa * 10 + d;
                                d = buf[++p] - fast_records_ZERO;
                            }
                            fractionDigits = p - fractionStart;
                        }
                        c = d + fast_records_ZERO;
                        const atFieldEnd = c === delimiter || c === fast_records_LF || c === fast_records_CR;
                        let value;
                        if (atFieldEnd && mantissa <= Number.MAX_SAFE_INTEGER && fractionDigits <= 22 && p - digitsStart > (fractionDigits < 0 ? 0 : 1)) {
                            // Clinger's fast path: an exact mantissa and an exact power of ten, one rounding.
                            value = fractionDigits > 0 ? mantissa / fast_records_POW10[fractionDigits] : mantissa;
                            if (negative)
                                value = -value;
                            if (fractionDigits >= 0)
                                fractions[j] = 1;
                        }
                        else if (atFieldEnd && p === start) {
                            value = NaN;
                            recordNulls[nullsInRecord++] = j;
                        }
                        else {
                            // Long mantissas, exponents, infinities, a sign '+': the full parser.
                            value = scanNumber(buf, start, end);
                            if (value === value) {
                                p = numberSyntax.end;
                                if (!numberSyntax.integer)
                                    fractions[j] = 1;
                                else if (!isExactInteger(value))
                                    inexactIntegers[j] = 1;
                            }
                            else {
                                // Not a number: a missing-value token such as NaN, else the general path decides.
                                p = start;
                                c = buf[p];
                                while (c !== delimiter && c !== fast_records_LF && c !== fast_records_CR)
                                    c = buf[++p];
                                if (!this.missing.isMissingBytes(buf, start, p))
                                    break records;
                                recordNulls[nullsInRecord++] = j;
                            }
                        }
                        if (kinds[j] === FAST_INTEGER && value === value && !(Number.isInteger(value) && isExactInteger(value)))
                            break records;
                        values[j][bases[j] + r] = value;
                        break;
                    }
                    case FAST_TEXT: {
                        const start = p;
                        let hash = TEXT_HASH_SEED;
                        while (c !== delimiter && c !== fast_records_LF && c !== fast_records_CR) {
                            hash = Math.imul(hash ^ c, TEXT_HASH_PRIME);
                            c = buf[++p];
                        }
                        let code = -1;
                        if (p === start) {
                            recordNulls[nullsInRecord++] = j;
                        }
                        else {
                            const first = buf[start];
                            const final = buf[p - 1];
                            if (first === fast_records_QUOTE || first === fast_records_SPACE || first === fast_records_TAB || final === fast_records_SPACE || final === fast_records_TAB)
                                break records;
                            if (missingFirst[first] === 1 && this.missing.isMissingBytes(buf, start, p))
                                recordNulls[nullsInRecord++] = j;
                            else
                                code = interners[j].internHashed(buf, start, p, hash);
                        }
                        codes[j][bases[j] + r] = code;
                        break;
                    }
                    default: {
                        // FAST_SKIP or FAST_GENERAL: only find the field's end.
                        if (c === fast_records_QUOTE)
                            break records;
                        spanStarts[j] = p;
                        while (c !== delimiter && c !== fast_records_LF && c !== fast_records_CR)
                            c = buf[++p];
                        spanEnds[j] = p;
                    }
                }
                // p is at the field's end: a delimiter before the last field, a line end after it.
                const separator = buf[p];
                if (separator === delimiter) {
                    if (j === last)
                        break records;
                    p++;
                }
                else if (separator === fast_records_LF && j === last) {
                    p++;
                }
                else if (separator === fast_records_CR && j === last && buf[p + 1] === fast_records_LF) {
                    p += 2;
                }
                else {
                    break records;
                }
            }
            // The record is plain: it counts.
            for (let k = 0; k < nullsInRecord; k++)
                nulls[recordNulls[k]]++;
            for (let k = 0; k < general.length; k++) {
                const j = general[k];
                const builder = this.builders[j];
                const start = trimStart(buf, spanStarts[j], spanEnds[j]);
                builder.addField(buf, start, trimEnd(buf, start, spanEnds[j]));
                if (builder.fastKind !== FAST_GENERAL)
                    kindChanged = true;
            }
            r++;
            pos = p;
            if (kindChanged) {
                this.stale = true;
                break;
            }
        }
        this.finish(r);
        this.records = r;
        return pos;
    }
    readKinds() {
        const general = [];
        this.builders.forEach((builder, j) => {
            const kind = builder === undefined ? FAST_SKIP : builder.fastKind;
            this.kinds[j] = kind;
            if (kind === FAST_GENERAL)
                general.push(j);
        });
        this.general = Int32Array.from(general);
        this.stale = false;
    }
    /** Points each stored column at its current block; returns how many records fit in all of them. */
    prepare() {
        let room = Number.MAX_SAFE_INTEGER;
        for (let j = 0; j < this.kinds.length; j++) {
            const kind = this.kinds[j];
            if (kind === FAST_NUMBER || kind === FAST_INTEGER) {
                const blocks = this.builders[j].numberBlocks;
                room = Math.min(room, blocks.reserve());
                this.values[j] = blocks.block;
                this.bases[j] = blocks.filled;
            }
            else if (kind === FAST_TEXT) {
                const blocks = this.builders[j].codeBlocks;
                room = Math.min(room, blocks.reserve());
                this.codes[j] = blocks.block;
                this.bases[j] = blocks.filled;
            }
            this.nulls[j] = 0;
            this.fractions[j] = 0;
            this.inexactIntegers[j] = 0;
        }
        return room;
    }
    /** Counts the run's `count` records in the builders that the run stored or skipped. */
    finish(count) {
        if (count === 0)
            return;
        for (let j = 0; j < this.kinds.length; j++) {
            const builder = this.builders[j];
            const kind = this.kinds[j];
            if (builder === undefined || kind === FAST_GENERAL)
                continue;
            if (kind === FAST_NUMBER || kind === FAST_INTEGER)
                builder.numberBlocks.advance(count);
            else if (kind === FAST_TEXT)
                builder.codeBlocks.advance(count);
            builder.addFastRows(count, this.nulls[j], this.fractions[j] === 1, this.inexactIntegers[j] === 1);
        }
    }
}

;// CONCATENATED MODULE: ./src/io/missing-values.ts
/**
 * Which tokens mean "no value". A field that is empty after trimming is always missing; so are
 * `NaN`, `nan`, `-NaN` and `-nan` (as in pandas, whose default also treats them as missing: a
 * NaN in a data file is a gap, not a measurement). Further tokens come from the caller's
 * `nullValues` (validate-data's `null_values`). `NA`, `N/A`, `null` and the like are values unless
 * listed there: validate-data reports them, other actions stop on them in numeric columns.
 */
/** Tokens that are missing whatever the caller says. */
const BUILTIN_NULL_TOKENS = ['NaN', 'nan', '-NaN', '-nan'];

class MissingValues {
    tokens;
    strings;
    maxLength;
    /** Some missing token is a number (say -999): numbers must then be checked one by one. */
    hasNumericToken;
    /** 1 for every byte some missing token starts with: most tokens are rejected by one lookup. */
    firstBytes = new Uint8Array(256);
    constructor(nullValues = []) {
        const all = [...new Set([...BUILTIN_NULL_TOKENS, ...nullValues.map((t) => t.trim())])].filter((t) => t !== '');
        this.tokens = all.map((t) => Buffer.from(t, 'utf8'));
        this.strings = new Set(all);
        this.maxLength = Math.max(0, ...this.tokens.map((t) => t.length));
        for (const token of this.tokens)
            this.firstBytes[token[0]] = 1;
        this.hasNumericToken = this.tokens.some((t) => !Number.isNaN(parseNumberBytes(t, 0, t.length)));
    }
    /** Whether the trimmed token `bytes[start, end)` means missing. */
    isMissingBytes(bytes, start, end) {
        const length = end - start;
        if (length === 0)
            return true;
        if (length > this.maxLength || this.firstBytes[bytes[start]] === 0)
            return false;
        outer: for (const token of this.tokens) {
            if (token.length !== length)
                continue;
            for (let k = 0; k < length; k++)
                if (token[k] !== bytes[start + k])
                    continue outer;
            return true;
        }
        return false;
    }
    /** Whether the trimmed text means missing. */
    isMissingString(trimmed) {
        return trimmed === '' || this.strings.has(trimmed);
    }
}

;// CONCATENATED MODULE: ./src/io/column-selection.ts
/**
 * Which columns of a file to read, written as data — exact names and patterns with one `*` —
 * so that the load options can cross to a worker thread as they are (a function cannot).
 */
/**
 * What the `*` of `pattern` stands for in `name`, or undefined when the name does not match.
 * Everything after the first `*` is the suffix, taken literally.
 */
function patternMatch(name, pattern) {
    const star = pattern.indexOf('*');
    if (star < 0)
        return name === pattern ? '' : undefined;
    const prefix = pattern.slice(0, star);
    const suffix = pattern.slice(star + 1);
    if (!(name.startsWith(prefix) && name.endsWith(suffix) && name.length > prefix.length + suffix.length))
        return undefined;
    return name.slice(prefix.length, name.length - suffix.length);
}
/** The selection as a test on column names. */
function selects(selection) {
    const names = new Set(selection.names);
    return (name) => names.has(name) || selection.patterns.some((pattern) => patternMatch(name, pattern) !== undefined);
}

;// CONCATENATED MODULE: ./src/io/delimited.ts
/**
 * CSV and TSV files into a Table: the tokenizer (csv-parser.ts) feeds byte spans to one
 * ColumnBuilder per wanted column; nothing else is kept per row.
 *
 * Whitespace: every field (quoted or not) is trimmed of spaces and tabs before it is typed or
 * stored, so ` 3 ` is the integer 3 and ` Paris ` the text `Paris`; a field empty after
 * trimming is missing. A column whose inferred type a later token contradicts is read a second
 * time, as text, so its values are exactly the tokens of the file.
 */








/** Reads `path` (named `source` in messages). */
async function loadDelimited(path, source, options) {
    const missing = new MissingValues(options.nullValues);
    const first = await readPass(path, source, options, missing, undefined);
    const demoted = first.builders.filter((b) => b !== undefined && b.demoted).map((b) => b.name);
    let columns = first.builders.map((b) => (b === undefined || b.demoted ? undefined : b.finish()));
    if (demoted.length > 0) {
        const second = await readPass(path, source, options, missing, new Set(demoted));
        columns = columns.map((c, j) => second.builders[j]?.finish() ?? c);
    }
    const byName = new Map();
    for (const c of columns)
        if (c !== undefined)
            byName.set(c.name, c);
    const wanted = wantedColumns(options, first.header);
    const table = { source, rowCount: first.rows, columns: wanted.map((name) => byName.get(name)) };
    return options.select === undefined ? table : { ...table, fileColumns: first.header };
}
function wantedColumns(options, header) {
    if (options.columns !== undefined)
        return options.columns;
    return options.select === undefined ? header : header.filter(selects(options.select));
}
/** One pass over the file. With `asText`, only those columns are read, as strings. */
async function readPass(path, source, options, missing, asText) {
    // Size column storage once: rows ≈ the text's size / the bytes per line of the first chunk.
    const range = options.range;
    const textBytes = range !== undefined ? range.end - range.start : options.fileSize === undefined ? undefined : options.gzip ? await gzipDeclaredSize(path, options.fileSize) : options.fileSize;
    let expectedRows = 0;
    async function* estimatingRows(chunks) {
        let first = true;
        for await (const chunk of chunks) {
            if (first && textBytes !== undefined)
                expectedRows = estimateRows(chunk, textBytes);
            // A range after the file's start has no header line: its columns are the header given.
            if (first && range !== undefined && range.start > 0)
                startColumns([...(range.header ?? [])]);
            first = false;
            yield chunk;
        }
    }
    let header = [];
    let headerSeen = false;
    let builders = [];
    let wantedIndexes = new Int32Array(0);
    // Fields the tokenizer parses as numbers itself (up to the first 4096 columns); refreshed
    // after each record, as builders settle on a type in the first rows and may leave it later.
    const numericFields = new Uint8Array(4096);
    let scratch = Buffer.alloc(1024);
    let rows = 0;
    // Blank lines are not rows, except in a one-column file, where an empty line is a missing
    // value; there, blank lines count once a later record shows they were not trailing ones.
    let pendingBlankLines = 0;
    const startColumns = (names) => {
        headerSeen = true;
        header = names;
        const wanted = wantedColumns(options, header);
        for (const name of wanted)
            if (!header.includes(name))
                throw missingColumnError(source, name, header);
        builders = header.map((name) => {
            if (!wanted.includes(name))
                return undefined;
            if (asText !== undefined)
                return asText.has(name) ? new ColumnBuilder(name, source, missing, 'string', expectedRows) : undefined;
            return new ColumnBuilder(name, source, missing, options.types?.[name], expectedRows);
        });
        wantedIndexes = Int32Array.from(builders.flatMap((b, j) => (b === undefined ? [] : [j])));
        if (options.fastPath !== false)
            fast = new FastRecords(options.delimiter.charCodeAt(0), builders, missing);
    };
    const onRecord = (bytes, fields) => {
        if (fields.count === 0) {
            if (headerSeen && header.length === 1)
                pendingBlankLines++;
            return;
        }
        if (!headerSeen) {
            startColumns(readHeader(bytes, fields, source));
            return;
        }
        for (; pendingBlankLines > 0; pendingBlankLines--) {
            rows++;
            builders[0]?.addMissing();
        }
        rows++;
        checkFieldCount(fields, header.length, source, rows);
        scratch = addRecordFields(bytes, fields, wantedIndexes, builders, numericFields, scratch);
        fast?.invalidate();
    };
    // The fast path reads plain records straight into the builders (fast-records.ts); this
    // callback reads the others. Blank lines pending in a one-column file are counted by the
    // next record read here, so the fast path waits for it.
    let fast;
    const fastPath = {
        run: (buf, pos, end) => {
            if (fast === undefined || pendingBlankLines > 0)
                return pos;
            const stop = fast.run(buf, pos, end);
            rows += fast.records;
            return stop;
        },
    };
    let summary;
    try {
        const bytes = range === undefined ? readChunks(path, source, options.gzip, options.chunkBytes) : readPlainChunks(path, source, options.chunkBytes, range.start, range.end);
        const chunks = estimatingRows(bytes);
        summary = await parseDelimited(chunks, options.delimiter, onRecord, numericFields, fastPath);
    }
    catch (error) {
        if (error instanceof CsvSyntaxError) {
            if (!headerSeen) {
                throw new errors_DataError(`malformed quoting in the header (field ${error.field + 1}): ${error.reason}`, { file: source });
            }
            const column = header[error.field];
            const where = column === undefined ? ` in field ${error.field + 1}` : '';
            throw new errors_DataError(`malformed quoting${where}: ${error.reason}`, { file: source, row: rows + pendingBlankLines + 1, column });
        }
        throw error;
    }
    if (!headerSeen)
        throw new errors_DataError(summary.bytes === 0 ? 'the file is empty' : 'the file has no header row (only blank lines)', { file: source });
    if (rows === 0 && !options.allowEmpty)
        throw new errors_DataError('has a header but no data rows', { file: source });
    return { header, builders, rows };
}
/** Rows in a text of `totalBytes` bytes whose first chunk is `chunk`, slightly overestimated. */
function estimateRows(chunk, totalBytes) {
    let lines = 0;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1))
        lines++;
    if (chunk.length >= totalBytes)
        return lines + 1;
    if (lines < 2)
        return 0;
    return Math.ceil((totalBytes / chunk.length) * lines * 1.03) + 64;
}
function readHeader(bytes, fields, source) {
    const names = [];
    const seen = new Map();
    for (let j = 0; j < fields.count; j++) {
        let text = bytes.toString('utf8', fields.starts[j], fields.ends[j]);
        if (fields.escaped[j] === 1)
            text = text.replaceAll('""', '"');
        const name = text.trim();
        if (name === '')
            throw new errors_DataError(`the header has an empty column name (column ${j + 1})`, { file: source });
        const before = seen.get(name);
        if (before !== undefined) {
            throw new errors_DataError(`the header names column "${name}" twice (columns ${before + 1} and ${j + 1})`, { file: source });
        }
        seen.set(name, j);
        names.push(name);
    }
    return names;
}
/** A record with another number of fields than the header: a DataError naming the row. */
function checkFieldCount(fields, headerLength, source, row) {
    if (fields.count === headerLength)
        return;
    const got = `${fields.count} field${fields.count === 1 ? '' : 's'}`;
    throw new errors_DataError(`has ${got} but the header has ${headerLength}`, { file: source, row });
}
/**
 * One record's wanted fields into their column builders (the path for records the fast path
 * leaves: quoted, odd or contradicting ones): a number the tokenizer parsed as it is, a quoted
 * field unescaped, every field trimmed; then whether each column still takes numbers, so that the
 * tokenizer parses that field next time. Returns `scratch`, grown when a quoted field needed more.
 */
function addRecordFields(bytes, fields, wantedIndexes, builders, numericFields, scratch) {
    const { starts, ends, escaped, parsed, numbers } = fields;
    for (let k = 0; k < wantedIndexes.length; k++) {
        const j = wantedIndexes[k];
        const builder = builders[j];
        let start = starts[j];
        let end = ends[j];
        if (parsed[j] !== 0) {
            builder.addNumber(numbers[j], parsed[j] === 2, bytes, start, end);
        }
        else if (escaped[j] === 1) {
            if (scratch.length < end - start)
                scratch = Buffer.alloc(2 * (end - start));
            const length = unescapeQuotes(bytes, start, end, scratch);
            const s = trimStart(scratch, 0, length);
            builder.addField(scratch, s, trimEnd(scratch, s, length));
        }
        else {
            start = trimStart(bytes, start, end);
            end = trimEnd(bytes, start, end);
            builder.addField(bytes, start, end);
        }
        // Only a token the tokenizer did not parse can change what the column takes.
        if (parsed[j] === 0 && j < numericFields.length)
            numericFields[j] = builder.takesNumbers ? 1 : 0;
    }
    return scratch;
}

;// CONCATENATED MODULE: ./src/io/line-start.ts
/**
 * Where the first line at or after an offset of a plain file begins: the cut for readers that
 * split one file between threads (split-delimited.ts, the streaming profile's lanes).
 */

/** The offset just after the first line feed at or after `offset` (the file's size if none). */
async function nextLineStart(path, source, offset) {
    const handle = await openFile(path, source);
    try {
        const size = (await handle.stat()).size;
        const buffer = Buffer.allocUnsafe(1 << 16);
        for (let position = offset; position < size; position += buffer.length) {
            const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
            const at = buffer.subarray(0, bytesRead).indexOf(10);
            if (at >= 0)
                return position + at + 1;
            if (bytesRead === 0)
                break;
        }
        return size;
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/io/memory-budget.ts
/**
 * Inputs larger than memory fail early, with one line naming the file, its size and the remedy,
 * instead of being read until the kernel kills the process (a 7 GB runner dies without a word:
 * drift-report on 3 GB + 3 GB of CSV peaked at 7.07 GB).
 *
 * The estimate is bytes on disk × a format factor — the peak memory of reading a file, per byte
 * on disk, measured on mlgate's loaders (a 400,000 × 7 table of numbers, categories and labels;
 * and the issue's 3 GB CSVs through validate-data, 1.26, and drift-report, 1.18):
 *
 * | format | factor | why |
 * |---|---:|---|
 * | CSV, TSV | 1.3 | columns in typed arrays are about as large as the text |
 * | JSON Lines | 2.0 | each line is parsed to objects before it joins the columns |
 * | JSON | 5.0 | the whole document is parsed to objects first (and lives in the V8 heap) |
 * | Parquet | 6.0 | compressed and dictionary-encoded on disk, expanded in memory |
 *
 * A `.gz` file counts its decompressed size: the size its trailer declares when that can be true
 * (it is stored modulo 4 GiB), and never less than 3× the compressed size.
 *
 * It is compared with the memory available: `MLGATE_MEMORY_LIMIT` when set (bytes, or with a unit:
 * `512M`, `6G`), else the smaller of what Linux says is available (MemAvailable; other systems:
 * the machine's total memory, as their "free" figure leaves out reclaimable caches) and the
 * cgroup's limit (a container's `--memory`) less what this process already uses; for JSON, also
 * the V8 heap's room. The check errs on the side of reading: a file the estimate says fits may
 * still not, but one it refuses would not have fitted by a wide margin.
 */




/** Peak bytes in memory per byte of (decompressed) file, by format. */
const MEMORY_FACTORS = { csv: 1.3, tsv: 1.3, jsonl: 2.0, json: 5.0, parquet: 6.0 };
/** The least a gzip file is taken to expand. */
const MIN_GZIP_RATIO = 3;
async function estimateMemory(path, onDisk, format, gzip) {
    let decompressed = onDisk;
    if (gzip) {
        const declared = await gzipDeclaredSize(path, onDisk).catch(() => undefined);
        decompressed = Math.max(declared ?? 0, onDisk * MIN_GZIP_RATIO);
    }
    return { onDisk, decompressed, needed: decompressed * MEMORY_FACTORS[format] };
}
/** `512M`, `6G`, `1.5GiB`, `1000000` → bytes; undefined when unset or unreadable. */
function parseByteSize(text) {
    const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text ?? '');
    if (!match)
        return undefined;
    const scale = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3, t: 1024 ** 4 }[match[2].toLowerCase()];
    const bytes = Number(match[1]) * scale;
    return Number.isFinite(bytes) && bytes > 0 ? bytes : undefined;
}
/** The memory a load may use now (see the file header). */
function availableMemory(format, env = process.env) {
    const limit = parseByteSize(env.MLGATE_MEMORY_LIMIT);
    if (limit !== undefined)
        return { bytes: limit, source: 'MLGATE_MEMORY_LIMIT' };
    const rss = process.memoryUsage.rss();
    // Linux reports MemAvailable (free memory plus caches it can drop); elsewhere "free" leaves the
    // caches out and would refuse files that fit, so only what could never fit is refused there.
    const linux = process.platform === 'linux';
    let bytes = linux ? (0,external_node_os_namespaceObject.freemem)() : (0,external_node_os_namespaceObject.totalmem)();
    let source = linux ? 'available on this machine' : 'the memory of this machine';
    const constrained = typeof process.constrainedMemory === 'function' ? process.constrainedMemory() : 0;
    // 0 or a huge sentinel mean "no limit".
    if (constrained > 0 && constrained < 2 ** 60 && constrained - rss < bytes) {
        bytes = Math.max(0, constrained - rss);
        source = 'left under this container\'s memory limit';
    }
    if (format === 'json') {
        const heap = (0,external_node_v8_namespaceObject.getHeapStatistics)();
        const room = heap.heap_size_limit - heap.used_heap_size;
        if (room < bytes) {
            bytes = room;
            source = 'left in the JavaScript heap (node --max-old-space-size raises it)';
        }
    }
    return { bytes, source };
}
function formatBytes(bytes) {
    const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
        value /= 1000;
        unit++;
    }
    return unit === 0 ? `${Math.round(bytes)} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
/**
 * Refuses, before reading anything, files whose estimated memory exceeds what is available.
 * `files` are read together (a pair in drift-report): their needs add up.
 * @throws DataError naming the file (the largest, for several), its size, the need and the remedy
 */
async function checkFitsInMemory(files, env = process.env) {
    if (files.length === 0)
        return;
    const estimates = await Promise.all(files.map((f) => estimateMemory(f.path, f.onDisk, f.format, f.gzip)));
    const needed = estimates.reduce((sum, e) => sum + e.needed, 0);
    const formats = files.map((f) => f.format);
    const available = availableMemory(formats.includes('json') ? 'json' : formats[0], env);
    if (needed <= available.bytes)
        return;
    const largest = estimates.reduce((best, e, i) => (e.needed > estimates[best].needed ? i : best), 0);
    const file = files[largest];
    const estimate = estimates[largest];
    const size = file.gzip ? `${formatBytes(estimate.onDisk)} on disk (about ${formatBytes(estimate.decompressed)} decompressed)` : `${formatBytes(estimate.onDisk)} on disk`;
    const together = files.length > 1 ? ` with ${files.filter((_, i) => i !== largest).map((f) => f.source).join(', ')}` : '';
    throw new errors_DataError(`is ${size}; reading it${together} needs about ${formatBytes(needed)} of memory (${MEMORY_FACTORS[file.format]}× the ${file.format.toUpperCase()} size), ` +
        `but ${formatBytes(available.bytes)} is ${available.source}: sample it with \`max-rows\`, or compare against a reference profile instead of the full file ` +
        '(MLGATE_MEMORY_LIMIT overrides the figure)', { file: file.source });
}

;// CONCATENATED MODULE: ./src/io/worker/table-message.ts
/**
 * What the load-table worker and the main thread send each other (src/io/load-pair.ts).
 *
 * A table comes back with its typed arrays transferred (moved to the main thread, not copied):
 * only the names, dictionaries and counts are cloned. An error comes back as data and is rebuilt
 * as the same class (src/errors.ts), so the user sees the same one-line message and exit code as
 * when the file is read on the main thread.
 */


/** The distinct buffers under the table's typed arrays (a buffer listed twice cannot be transferred). */
function transferList(table) {
    const buffers = new Set();
    for (const column of table.columns) {
        const buffer = (isNumeric(column) ? column.values : column.codes).buffer;
        if (buffer instanceof ArrayBuffer)
            buffers.add(buffer);
    }
    return [...buffers];
}
function serialiseError(error) {
    if (error instanceof errors_DataError)
        return { kind: 'data', message: error.message, location: { ...error.location } };
    if (error instanceof ConfigurationError)
        return { kind: 'configuration', message: error.message };
    if (error instanceof InputError)
        return { kind: 'input', message: error.message };
    if (error instanceof Error)
        return { kind: 'bug', message: error.message, name: error.name, stack: error.stack };
    return { kind: 'bug', message: String(error) };
}
/** The error serialiseError described, as an instance of the same class with the same message. */
function rebuildError(error) {
    switch (error.kind) {
        case 'data': {
            // DataError puts "file, row n, column "c": " before its message; take it off to rebuild.
            const location = error.location ?? {};
            const prefix = new errors_DataError('', location).message;
            return new errors_DataError(error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message, location);
        }
        case 'configuration':
            return new ConfigurationError(error.message);
        case 'input':
            return new InputError(error.message);
        case 'bug': {
            const rebuilt = new Error(error.message);
            if (error.name !== undefined)
                rebuilt.name = error.name;
            if (error.stack !== undefined)
                rebuilt.stack = error.stack;
            return rebuilt;
        }
    }
}

;// CONCATENATED MODULE: ./src/io/worker/load-in-worker.ts
/**
 * Runs one read in the load-table worker (dist/load-table-worker/index.js) and hands its Table
 * over once the worker has exited. Used by loadTablePair (the second file of a pair) and by
 * split-delimited.ts (the second half of one large CSV file).
 */


/**
 * `request` read in a worker at `url`; `onThisThread` reads it here instead when the worker cannot
 * start or dies without replying. The worker's errors are rebuilt as the same class and message.
 */
function loadInWorker(url, request, onThisThread) {
    let worker;
    try {
        // execArgv: not this process's flags (a --import hook such as the bench's would run twice).
        worker = new external_node_worker_threads_namespaceObject.Worker(url, { workerData: request, execArgv: [] });
    }
    catch {
        return { table: onThisThread(), stop: async () => { } };
    }
    let reply;
    let stopped = false;
    const table = new Promise((resolve, reject) => {
        worker.once('message', (message) => (reply = message));
        worker.on('error', () => { }); // an uncaught error ends the worker; 'exit' follows and decides
        // Delivered once the worker has exited, not at its reply: a worker's heap (tens of MB after a
        // large file) is freed only then, and the caller's next phase should not allocate on top of it.
        worker.once('exit', () => {
            if (stopped)
                return;
            if (reply === undefined)
                resolve(onThisThread()); // it could not start, or died without replying
            else if (reply.ok)
                resolve(reply.table);
            else
                reject(rebuildError(reply.error));
        });
    });
    return {
        table,
        stop: async () => {
            stopped = true;
            await worker.terminate();
        },
    };
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/io/worker/worker-bundle.ts
/**
 * Where the load-table worker is: the bundle dist/load-table-worker/index.js seen from the running
 * bundle (dist/<name>/index.js), if it exists and MLGATE_NO_WORKERS is not 1. Undefined when
 * running from src (vitest, tsx): readers then use this thread only.
 */


function loadTableWorkerUrl() {
    // Built from parts so that the bundler does not take it for a module to bundle.
    const url = new URL(['..', 'load-table-worker', 'index.js'].join('/'), import.meta.url);
    const available = process.env.MLGATE_NO_WORKERS !== '1' && url.protocol === 'file:' && (0,external_node_fs_namespaceObject.existsSync)((0,external_node_url_namespaceObject.fileURLToPath)(url));
    return available ? url : undefined;
}

;// CONCATENATED MODULE: ./src/io/split-delimited.ts
/**
 * One large CSV or TSV file parsed on two cores. The file is cut at the first line start after
 * the middle of its rows; this thread reads [0, cut) — the header and the first half — while the
 * load-table worker reads [cut, end) with the header given, and the halves are joined column by
 * column: numbers concatenated, text dictionaries merged (the second half's new values after the
 * first's: the order of first appearance a whole read gives). The result is the table a whole
 * read gives, value for value (test/io/split-delimited.test.ts compares them).
 *
 * The cut is speculative: a line start may lie inside a quoted field that holds a newline. The
 * first half then ends inside a quote that is never closed, an input error there. Any input error
 * in either half, and any column whose halves settled on types a whole read would not join (text
 * in one half and numbers in the other: a whole read reads such a column again as text), makes
 * this thread read the whole file instead — so types, values and messages (file, row, column) are
 * always exactly a whole read's; a split only ever saves time.
 *
 * Worth it from {@link SPLIT_MIN_BYTES} of plain text with more than one column, on the main
 * thread, with the worker bundle beside the running one, when memory allows the two halves and
 * the joined table at once (twice the usual estimate), and when the caller does not already use
 * the other core (loadTablePair reads its second file there: `singleThread`).
 */








/** Plain CSV/TSV files from this size are split between two threads. */
const SPLIT_MIN_BYTES = 64 * 1024 * 1024;
function defaultSplitSettings() {
    return { worker: external_node_worker_threads_namespaceObject.isMainThread ? loadTableWorkerUrl() : undefined, minBytes: SPLIT_MIN_BYTES };
}
/** Whether a plain file of `fileSize` bytes is worth splitting, and can be. */
function splitsFile(fileSize, options, settings) {
    if (settings.worker === undefined || options.gzip || options.range !== undefined || options.singleThread === true)
        return false;
    if (fileSize < settings.minBytes)
        return false;
    return 2 * MEMORY_FACTORS.csv * fileSize <= availableMemory('csv').bytes;
}
/** Reads `path` as loadDelimited does, its second half in the worker (see the file's comment). */
async function loadDelimitedSplit(path, source, options, settings) {
    const whole = () => loadDelimited(path, source, options);
    const fileSize = options.fileSize ?? 0;
    const headerEnd = await nextLineStart(path, source, 0);
    let header;
    try {
        header = await headerOf(path, source, options, headerEnd);
    }
    catch (error) {
        if (error instanceof InputError)
            return whole();
        throw error;
    }
    if (header.length < 2)
        return whole(); // a one-column file's blank lines are values: keep one reader
    const cut = await nextLineStart(path, source, headerEnd + Math.floor((fileSize - headerEnd) / 2));
    if (cut >= fileSize)
        return whole();
    const secondOptions = { ...options, fileSize: fileSize - cut, range: { start: cut, end: fileSize, header } };
    const second = loadInWorker(settings.worker, { path, options: {}, delimited: secondOptions }, () => loadDelimited(path, source, secondOptions));
    second.table.catch(() => { }); // awaited below
    let first;
    try {
        first = await loadDelimited(path, source, { ...options, fileSize: cut, range: { start: 0, end: cut } });
    }
    catch (error) {
        await second.stop();
        if (error instanceof InputError)
            return whole();
        throw error;
    }
    let rest;
    try {
        rest = await second.table;
    }
    catch (error) {
        if (error instanceof InputError)
            return whole();
        throw error;
    }
    return joinHalves(first, rest) ?? whole();
}
/** The file's header names, read with the same tokenizer and trimming as the file. */
async function headerOf(path, source, options, headerEnd) {
    const table = await loadDelimited(path, source, {
        delimiter: options.delimiter,
        gzip: false,
        nullValues: options.nullValues,
        allowEmpty: true,
        select: { names: [], patterns: [] },
        range: { start: 0, end: headerEnd },
    });
    return table.fileColumns ?? [];
}
/** The two halves as one table, or undefined when a column's halves have types a whole read would not join. */
function joinHalves(first, second) {
    const columns = [];
    for (let j = 0; j < first.columns.length; j++) {
        const joined = joinColumn(first.columns[j], first.rowCount, second.columns[j], second.rowCount);
        if (joined === undefined)
            return undefined;
        columns.push(joined);
    }
    return { ...first, rowCount: first.rowCount + second.rowCount, columns };
}
function joinColumn(a, rowsA, b, rowsB) {
    if (a.name !== b.name)
        return undefined;
    // A half with no value has no type of its own: a whole read takes the other half's.
    const emptyA = a.nullCount === rowsA;
    const emptyB = b.nullCount === rowsB;
    if (emptyA && !emptyB)
        a = asTypeOf(a, rowsA, b);
    else if (emptyB && !emptyA)
        b = asTypeOf(b, rowsB, a);
    if (!isNumeric(a) && !isNumeric(b))
        return joinText(a, b);
    if (!isNumeric(a) || !isNumeric(b))
        return undefined;
    const type = a.type === b.type ? a.type : (a.type === 'integer' || a.type === 'number') && (b.type === 'integer' || b.type === 'number') ? 'number' : undefined;
    if (type === undefined)
        return undefined;
    const values = new Float64Array(rowsA + rowsB);
    values.set(a.values, 0);
    values.set(b.values, rowsA);
    return { name: a.name, type, values, nullCount: a.nullCount + b.nullCount };
}
/** An all-missing half as a column of `like`'s type. */
function asTypeOf(empty, rows, like) {
    if (isNumeric(like))
        return { name: empty.name, type: like.type, values: new Float64Array(rows).fill(NaN), nullCount: rows };
    return { name: empty.name, type: 'string', codes: new Int32Array(rows).fill(-1), dictionary: [], nullCount: rows };
}
function joinText(a, b) {
    const dictionary = [...a.dictionary];
    const index = new Map();
    for (let i = 0; i < dictionary.length; i++)
        index.set(dictionary[i], i);
    const remap = new Int32Array(b.dictionary.length);
    for (let i = 0; i < b.dictionary.length; i++) {
        const label = b.dictionary[i];
        let code = index.get(label);
        if (code === undefined) {
            code = dictionary.length;
            dictionary.push(label);
            index.set(label, code);
        }
        remap[i] = code;
    }
    const codes = new Int32Array(a.codes.length + b.codes.length);
    codes.set(a.codes, 0);
    for (let i = 0, at = a.codes.length; i < b.codes.length; i++, at++) {
        const code = b.codes[i];
        codes[at] = code < 0 ? code : remap[code];
    }
    return { name: a.name, type: 'string', codes, dictionary, nullCount: a.nullCount + b.nullCount };
}

;// CONCATENATED MODULE: ./src/io/format.ts
/**
 * Which parser reads a file: from its extension (`.csv`, `.tsv`, `.txt`, `.json`, `.jsonl`,
 * `.ndjson`, `.parquet`, each optionally followed by `.gz`), or from an explicit override.
 */

const FILE_FORMATS = ['csv', 'tsv', 'json', 'jsonl', 'parquet'];
const EXTENSIONS = {
    '.csv': 'csv',
    '.txt': 'csv',
    '.tsv': 'tsv',
    '.tab': 'tsv',
    '.json': 'json',
    '.jsonl': 'jsonl',
    '.ndjson': 'jsonl',
    '.parquet': 'parquet',
    '.pq': 'parquet',
};
const SUPPORTED_EXTENSIONS = Object.keys(EXTENSIONS);
/** The format of `path`, or a DataError listing the supported extensions. */
function detectFormat(path, override) {
    const lower = path.toLowerCase();
    const gzip = lower.endsWith('.gz');
    if (override !== undefined) {
        if (!FILE_FORMATS.includes(override)) {
            throw new errors_DataError(`unknown format "${String(override)}"; the formats are ${FILE_FORMATS.join(', ')}`, { file: path });
        }
        return { format: override, gzip };
    }
    const base = gzip ? lower.slice(0, -3) : lower;
    const dot = base.lastIndexOf('.');
    const slash = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
    const extension = dot > slash ? base.slice(dot) : '';
    const format = EXTENSIONS[extension];
    if (format === undefined) {
        const what = extension === '' ? 'has no file extension' : `has an unknown extension "${extension}"`;
        throw new errors_DataError(`${what}; supported: ${SUPPORTED_EXTENSIONS.join(', ')} (each optionally .gz)`, { file: path });
    }
    return { format, gzip };
}
/** The delimiter a delimited format uses unless the caller overrides it. */
function defaultDelimiter(format) {
    return format === 'tsv' ? '\t' : ',';
}

;// CONCATENATED MODULE: ./src/io/json-error.ts
/**
 * A JSON syntax error as a short, stable description. V8's wording changes between Node
 * versions (Node 22 appended line and column), so only the position is kept from it.
 */
function describeJsonError(error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    if (position)
        return `syntax error at character ${Number(position[1]) + 1}`;
    if (/end of (JSON|data)/i.test(message))
        return 'the text ends early';
    return message.split('\n')[0];
}

;// CONCATENATED MODULE: ./src/io/record-columns.ts
/**
 * Columns built from JSON records (JSON arrays of objects, JSON Lines): the column set is the
 * union of the records' keys in order of first appearance; a key a record lacks is missing there.
 */



class RecordColumns {
    source;
    missing;
    options;
    asText;
    /** Every key seen, in order of first appearance (wanted or not). */
    keys = [];
    seen = new Set();
    builders = [];
    byName = new Map();
    rows = 0;
    constructor(source, missing, options, 
    /** Only these columns, as text (the second pass for demoted columns). */
    asText) {
        this.source = source;
        this.missing = missing;
        this.options = options;
        this.asText = asText;
    }
    /** One parsed JSON value that must be a record (a plain object). */
    add(record) {
        this.rows++;
        if (record === null || typeof record !== 'object' || Array.isArray(record)) {
            const what = record === null ? 'null' : Array.isArray(record) ? 'an array' : `a ${typeof record}`;
            throw new errors_DataError(`is ${what}, not a record ({"column": value, …})`, { file: this.source, row: this.rows });
        }
        const object = record;
        for (const key in object) {
            if (!this.seen.has(key))
                this.addKey(key);
        }
        const builders = this.builders;
        for (let j = 0; j < builders.length; j++) {
            const name = builders[j].name;
            builders[j].addValue(Object.hasOwn(object, name) ? object[name] : undefined);
        }
    }
    addKey(key) {
        this.seen.add(key);
        this.keys.push(key);
        const wanted = this.options.columns === undefined || this.options.columns.includes(key);
        if (!wanted || (this.asText !== undefined && !this.asText.has(key)))
            return;
        const type = this.asText !== undefined ? 'string' : this.options.types?.[key];
        const builder = new ColumnBuilder(key, this.source, this.missing, type);
        for (let i = 0; i < this.rows - 1; i++)
            builder.addMissing();
        this.builders.push(builder);
        this.byName.set(key, builder);
    }
    /** Names of columns whose inferred type a later value contradicted. */
    demoted() {
        return new Set(this.builders.filter((b) => b.demoted).map((b) => b.name));
    }
    /** Checks requested columns and row count; the finished columns by name (demoted ones left out). */
    finish() {
        for (const name of this.options.columns ?? []) {
            if (!this.seen.has(name))
                throw missingColumnError(this.source, name, this.keys);
        }
        if (this.rows === 0 && !this.options.allowEmpty)
            throw new errors_DataError('has no data rows', { file: this.source });
        const out = new Map();
        for (const b of this.builders)
            if (!b.demoted)
                out.set(b.name, b.finish());
        return out;
    }
}
/** The table from a first pass and, when needed, a second pass that re-read demoted columns as text. */
function assembleTable(source, first, firstColumns, second, requested) {
    const names = requested ?? first.keys;
    return {
        source,
        rowCount: first.rows,
        columns: names.map((name) => second?.get(name) ?? firstColumns.get(name)),
    };
}

;// CONCATENATED MODULE: ./src/io/json.ts
/**
 * JSON tables: an array of records (`[{"a": 1, "b": "x"}, …]`) or an object of equally long
 * column arrays (`{"a": [1, 2], "b": ["x", "y"]}`). Values may be numbers, strings, booleans
 * or null; strings go through the same inference as CSV tokens (so ISO dates become datetimes).
 *
 * A JSON document is parsed whole with `JSON.parse` (the one format read as a single string: a
 * streaming JSON tokenizer would be slower for the sizes JSON is used at). For large data use
 * JSON Lines, CSV or Parquet, which are streamed.
 */







async function loadJson(path, source, options) {
    const bytes = await readAll(path, source, options.gzip);
    const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const text = bytes.toString('utf8', start);
    if (text.trim() === '')
        throw new errors_DataError('the file is empty', { file: source });
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new errors_DataError(`is not valid JSON (${describeJsonError(error)})`, { file: source });
    }
    const missing = new MissingValues(options.nullValues);
    if (Array.isArray(document))
        return fromRecords(document, source, missing, options);
    if (document !== null && typeof document === 'object')
        return fromColumnArrays(document, source, missing, options);
    throw new errors_DataError('a JSON table must be an array of records or an object of column arrays', { file: source });
}
function fromRecords(records, source, missing, options) {
    const first = new RecordColumns(source, missing, options);
    for (const record of records)
        first.add(record);
    const firstColumns = first.finish();
    const demoted = first.demoted();
    let second;
    if (demoted.size > 0) {
        const text = new RecordColumns(source, missing, options, demoted);
        for (const record of records)
            text.add(record);
        second = text.finish();
    }
    return assembleTable(source, first, firstColumns, second, options.columns);
}
function fromColumnArrays(document, source, missing, options) {
    const names = Object.keys(document);
    let rowCount;
    let firstName = '';
    for (const name of names) {
        const values = document[name];
        if (!Array.isArray(values)) {
            throw new errors_DataError('is not an array (a JSON table of columns maps each column name to an array of values)', { file: source, column: name });
        }
        if (rowCount === undefined) {
            rowCount = values.length;
            firstName = name;
        }
        else if (values.length !== rowCount) {
            throw new errors_DataError(`has ${values.length} values but column "${firstName}" has ${rowCount}`, { file: source, column: name });
        }
    }
    for (const name of options.columns ?? [])
        if (!names.includes(name))
            throw missingColumnError(source, name, names);
    if ((rowCount ?? 0) === 0 && !options.allowEmpty)
        throw new errors_DataError('has no data rows', { file: source });
    const wanted = options.columns ?? names;
    const columns = wanted.map((name) => {
        const values = document[name];
        let builder = new ColumnBuilder(name, source, missing, options.types?.[name], values.length);
        for (const v of values)
            builder.addValue(v);
        if (builder.demoted) {
            builder = new ColumnBuilder(name, source, missing, 'string', values.length);
            for (const v of values)
                builder.addValue(v);
        }
        return builder.finish();
    });
    return { source, rowCount: rowCount ?? 0, columns };
}

;// CONCATENATED MODULE: ./src/io/jsonl.ts
/**
 * JSON Lines (`.jsonl`, `.ndjson`): one JSON record per line, streamed line by line. Blank lines
 * are skipped and not counted as rows. Values as in json.ts.
 */





async function loadJsonLines(path, source, options) {
    const missing = new MissingValues(options.nullValues);
    const first = new RecordColumns(source, missing, options);
    const bytes = await readLines(path, source, options.gzip, first);
    if (bytes === 0)
        throw new errors_DataError('the file is empty', { file: source });
    const firstColumns = first.finish();
    const demoted = first.demoted();
    let second;
    if (demoted.size > 0) {
        const text = new RecordColumns(source, missing, options, demoted);
        await readLines(path, source, options.gzip, text);
        second = text.finish();
    }
    return assembleTable(source, first, firstColumns, second, options.columns);
}
/** Feeds every non-blank line's record to `columns`; returns the number of bytes read. */
async function readLines(path, source, gzip, columns) {
    let carry;
    let total = 0;
    let first = true;
    const line = (buffer, start, end) => {
        while (start < end && isSpace(buffer[start]))
            start++;
        while (end > start && isSpace(buffer[end - 1]))
            end--;
        if (start === end)
            return;
        let record;
        try {
            record = JSON.parse(buffer.toString('utf8', start, end));
        }
        catch (error) {
            throw new errors_DataError(`is not valid JSON (${describeJsonError(error)})`, { file: source, row: columns.rows + 1 });
        }
        columns.add(record);
    };
    for await (let chunk of readChunks(path, source, gzip)) {
        if (first && chunk.length > 0) {
            first = false;
            if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
                chunk = chunk.subarray(3);
        }
        total += chunk.length;
        const buffer = carry === undefined ? chunk : Buffer.concat([carry, chunk]);
        let start = 0;
        for (let newline = buffer.indexOf(10, start); newline !== -1; newline = buffer.indexOf(10, start)) {
            line(buffer, start, newline);
            start = newline + 1;
        }
        carry = start < buffer.length ? buffer.subarray(start) : undefined;
    }
    if (carry !== undefined)
        line(carry, 0, carry.length);
    return total;
}
function isSpace(c) {
    return c === 32 || c === 9 || c === 13;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./node_modules/hyparquet/src/constants.js

/** @type {import('../src/types.d.ts').ParquetType[]} */
const ParquetTypes = [
  'BOOLEAN',
  'INT32',
  'INT64',
  'INT96', // deprecated
  'FLOAT',
  'DOUBLE',
  'BYTE_ARRAY',
  'FIXED_LEN_BYTE_ARRAY',
]

/** @type {import('../src/types.d.ts').Encoding[]} */
const Encodings = [
  'PLAIN',
  'GROUP_VAR_INT', // deprecated
  'PLAIN_DICTIONARY',
  'RLE',
  'BIT_PACKED', // deprecated
  'DELTA_BINARY_PACKED',
  'DELTA_LENGTH_BYTE_ARRAY',
  'DELTA_BYTE_ARRAY',
  'RLE_DICTIONARY',
  'BYTE_STREAM_SPLIT',
]

/** @type {import('../src/types.d.ts').FieldRepetitionType[]} */
const FieldRepetitionTypes = [
  'REQUIRED',
  'OPTIONAL',
  'REPEATED',
]

/** @type {import('../src/types.d.ts').ConvertedType[]} */
const ConvertedTypes = [
  'UTF8',
  'MAP',
  'MAP_KEY_VALUE',
  'LIST',
  'ENUM',
  'DECIMAL',
  'DATE',
  'TIME_MILLIS',
  'TIME_MICROS',
  'TIMESTAMP_MILLIS',
  'TIMESTAMP_MICROS',
  'UINT_8',
  'UINT_16',
  'UINT_32',
  'UINT_64',
  'INT_8',
  'INT_16',
  'INT_32',
  'INT_64',
  'JSON',
  'BSON',
  'INTERVAL',
]

/** @type {import('../src/types.d.ts').CompressionCodec[]} */
const CompressionCodecs = [
  'UNCOMPRESSED',
  'SNAPPY',
  'GZIP',
  'LZO',
  'BROTLI',
  'LZ4',
  'ZSTD',
  'LZ4_RAW',
]

/** @type {import('../src/types.d.ts').PageType[]} */
const PageTypes = [
  'DATA_PAGE',
  'INDEX_PAGE',
  'DICTIONARY_PAGE',
  'DATA_PAGE_V2',
]

/** @type {import('../src/types.d.ts').BoundaryOrder[]} */
const BoundaryOrders = (/* unused pure expression or super */ null && ([
  'UNORDERED',
  'ASCENDING',
  'DESCENDING',
]))

/** @type {import('../src/types.d.ts').EdgeInterpolationAlgorithm[]} */
const EdgeInterpolationAlgorithms = [
  'SPHERICAL',
  'VINCENTY',
  'THOMAS',
  'ANDOYER',
  'KARNEY',
]

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/wkb.js
/**
 * WKB (Well-Known Binary) decoder for geometry objects.
 *
 * @param {DataReader} reader
 * @returns {Geometry} geometry object
 */
function wkbToGeojson(reader) {
  const flags = getFlags(reader)

  if (flags.type === 1) { // Point
    return { type: 'Point', coordinates: readPosition(reader, flags) }
  } else if (flags.type === 2) { // LineString
    return { type: 'LineString', coordinates: readLine(reader, flags) }
  } else if (flags.type === 3) { // Polygon
    return { type: 'Polygon', coordinates: readPolygon(reader, flags) }
  } else if (flags.type === 4) { // MultiPoint
    const points = []
    for (let i = 0; i < flags.count; i++) {
      points.push(readPosition(reader, getFlags(reader)))
    }
    return { type: 'MultiPoint', coordinates: points }
  } else if (flags.type === 5) { // MultiLineString
    const lines = []
    for (let i = 0; i < flags.count; i++) {
      lines.push(readLine(reader, getFlags(reader)))
    }
    return { type: 'MultiLineString', coordinates: lines }
  } else if (flags.type === 6) { // MultiPolygon
    const polygons = []
    for (let i = 0; i < flags.count; i++) {
      polygons.push(readPolygon(reader, getFlags(reader)))
    }
    return { type: 'MultiPolygon', coordinates: polygons }
  } else if (flags.type === 7) { // GeometryCollection
    const geometries = []
    for (let i = 0; i < flags.count; i++) {
      geometries.push(wkbToGeojson(reader))
    }
    return { type: 'GeometryCollection', geometries }
  } else {
    throw new Error(`Unsupported geometry type: ${flags.type}`)
  }
}

/**
 * Extract ISO WKB flags and base geometry type.
 *
 * @param {DataReader} reader
 * @returns {WkbFlags}
 */
function getFlags(reader) {
  const { view } = reader
  const littleEndian = view.getUint8(reader.offset++) === 1
  const rawType = view.getUint32(reader.offset, littleEndian)
  reader.offset += 4

  const type = rawType % 1000
  const flags = Math.floor(rawType / 1000)

  let count = 0
  if (type > 1 && type <= 7) {
    count = view.getUint32(reader.offset, littleEndian)
    reader.offset += 4
  }

  // XY, XYZ, XYM, XYZM
  let dim = 2
  if (flags) dim++
  if (flags === 3) dim++

  return { littleEndian, type, dim, count }
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[]}
 */
function readPosition(reader, flags) {
  const points = []
  for (let i = 0; i < flags.dim; i++) {
    const coord = reader.view.getFloat64(reader.offset, flags.littleEndian)
    reader.offset += 8
    points.push(coord)
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][]}
 */
function readLine(reader, flags) {
  const points = []
  for (let i = 0; i < flags.count; i++) {
    points.push(readPosition(reader, flags))
  }
  return points
}

/**
 * @param {DataReader} reader
 * @param {WkbFlags} flags
 * @returns {number[][][]}
 */
function readPolygon(reader, flags) {
  const { view } = reader
  const rings = []
  for (let r = 0; r < flags.count; r++) {
    const count = view.getUint32(reader.offset, flags.littleEndian)
    reader.offset += 4
    rings.push(readLine(reader, { ...flags, count }))
  }
  return rings
}

/**
 * @typedef {object} WkbFlags
 * @property {boolean} littleEndian
 * @property {number} type
 * @property {number} dim
 * @property {number} count
 */

/**
 * @import {DataReader, Geometry} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/convert.js


/**
 * @import {ColumnDecoder, DecodedArray, Encoding, ParquetParsers} from '../src/types.js'
 */

const decoder = new TextDecoder()

/**
 * Default type parsers when no custom ones are given
 * @type ParquetParsers
 */
const DEFAULT_PARSERS = {
  timestampFromMilliseconds(millis) {
    return new Date(Number(millis))
  },
  timestampFromMicroseconds(micros) {
    return new Date(Number(micros / 1000n))
  },
  timestampFromNanoseconds(nanos) {
    return new Date(Number(nanos / 1000000n))
  },
  dateFromDays(days) {
    return new Date(days * 86400000)
  },
  stringFromBytes(bytes) {
    return bytes && decoder.decode(bytes)
  },
  jsonFromBytes(bytes) {
    return bytes && JSON.parse(decoder.decode(bytes))
  },
  geometryFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  geographyFromBytes(bytes) {
    return bytes && wkbToGeojson({ view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 })
  },
  uuidFromBytes(bytes) {
    if (!bytes) return undefined
    const hex = Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20, 32)
  },
}

/**
 * Convert known types from primitive to rich, and dereference dictionary.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {DecodedArray | undefined} dictionary
 * @param {Encoding} encoding
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convert_convertWithDictionary(data, dictionary, encoding, columnDecoder) {
  if (dictionary && encoding.endsWith('_DICTIONARY')) {
    let output = data
    if (data instanceof Uint8Array && !(dictionary instanceof Uint8Array)) {
      // @ts-expect-error upgrade data to match dictionary type with fancy constructor
      output = new dictionary.constructor(data.length)
    }
    for (let i = 0; i < data.length; i++) {
      output[i] = dictionary[data[i]]
    }
    return output
  } else {
    return convert_convert(data, columnDecoder)
  }
}

/**
 * Convert known types from primitive to rich.
 *
 * @param {DecodedArray} data series of primitive types
 * @param {ColumnDecoder} columnDecoder
 * @returns {DecodedArray} series of rich types
 */
function convert_convert(data, columnDecoder) {
  const { element, parsers, utf8 = true, schemaPath } = columnDecoder
  const { type, converted_type: ctype, logical_type: ltype } = element
  const nullable = element.repetition_type !== 'REQUIRED'

  // Skip utf8 conversion for plain BYTE_ARRAY inside VARIANT
  const isVariant = schemaPath?.some(s => s.element.logical_type?.type === 'VARIANT')
  if (isVariant && type === 'BYTE_ARRAY' && ctype !== 'UTF8' && ltype?.type !== 'STRING') {
    return data
  }
  if (ctype === 'DECIMAL') {
    const scale = element.scale || 0
    const factor = 10 ** -scale
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      if (data[i] instanceof Uint8Array) {
        arr[i] = parseDecimal(data[i]) * factor
      } else {
        arr[i] = Number(data[i]) * factor
      }
    }
    return arr
  }
  if (!ctype && type === 'INT96') {
    return Array.from(data).map(v => parsers.timestampFromNanoseconds(parseInt96Nanos(v)))
  }
  if (ctype === 'DATE') {
    return Array.from(data).map(v => parsers.dateFromDays(v))
  }
  if (ctype === 'TIMESTAMP_MILLIS') {
    return Array.from(data).map(v => parsers.timestampFromMilliseconds(v))
  }
  if (ctype === 'TIMESTAMP_MICROS') {
    return Array.from(data).map(v => parsers.timestampFromMicroseconds(v))
  }
  if (ctype === 'JSON') {
    return data.map(v => parsers.jsonFromBytes(v))
  }
  if (ctype === 'BSON') {
    throw new Error('parquet bson not supported')
  }
  if (ctype === 'INTERVAL') {
    throw new Error('parquet interval not supported')
  }
  if (ltype?.type === 'GEOMETRY') {
    return data.map(v => parsers.geometryFromBytes(v))
  }
  if (ltype?.type === 'GEOGRAPHY') {
    return data.map(v => parsers.geographyFromBytes(v))
  }
  if (ltype?.type === 'UUID') {
    return data.map(v => parsers.uuidFromBytes(v))
  }
  if (ctype === 'UTF8' || ltype?.type === 'STRING' || utf8 && type === 'BYTE_ARRAY') {
    return data.map(v => parsers.stringFromBytes(v))
  }
  if (ctype === 'UINT_64' || ltype?.type === 'INTEGER' && ltype.bitWidth === 64 && !ltype.isSigned) {
    if (data instanceof BigInt64Array) return new BigUint64Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new BigUint64Array(data.length)
    for (let i = 0; i < arr.length; i++) arr[i] = data[i]
    return arr
  }
  if (ctype === 'UINT_32' || ltype?.type === 'INTEGER' && ltype.bitWidth === 32 && !ltype.isSigned) {
    if (data instanceof Int32Array) return new Uint32Array(data.buffer, data.byteOffset, data.length)
    const arr = nullable ? new Array(data.length) : new Uint32Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = data[i] < 0 ? 4294967296 + data[i] : data[i]
    }
    return arr
  }
  if (ltype?.type === 'FLOAT16') {
    return Array.from(data).map(parseFloat16)
  }
  if (ltype?.type === 'TIMESTAMP') {
    const { unit } = ltype
    /** @type {ParquetParsers[keyof ParquetParsers]} */
    let parser = parsers.timestampFromMilliseconds
    if (unit === 'MICROS') parser = parsers.timestampFromMicroseconds
    if (unit === 'NANOS') parser = parsers.timestampFromNanoseconds
    const arr = new Array(data.length)
    for (let i = 0; i < arr.length; i++) {
      arr[i] = parser(data[i])
    }
    return arr
  }
  return data
}

/**
 * @param {Uint8Array} bytes
 * @returns {number}
 */
function parseDecimal(bytes) {
  if (!bytes.length) return 0

  let value = 0n
  for (const byte of bytes) {
    value = value * 256n + BigInt(byte)
  }

  // handle signed
  const bits = bytes.length * 8
  if (value >= 2n ** BigInt(bits - 1)) {
    value -= 2n ** BigInt(bits)
  }

  return Number(value)
}

/**
 * Converts INT96 date format (hi 32bit days, lo 64bit nanos) to nanos since epoch
 * @param {bigint} value
 * @returns {bigint}
 */
function parseInt96Nanos(value) {
  const days = (value >> 64n) - 2440588n
  const nano = value & 0xffffffffffffffffn
  return days * 86400000000000n + nano
}

/**
 * @param {Uint8Array | undefined} bytes
 * @returns {number | undefined}
 */
function parseFloat16(bytes) {
  if (!bytes) return undefined
  const int16 = bytes[1] << 8 | bytes[0]
  const sign = int16 >> 15 ? -1 : 1
  const exp = int16 >> 10 & 0x1f
  const frac = int16 & 0x3ff
  if (exp === 0) return sign * 2 ** -14 * (frac / 1024) // subnormals
  if (exp === 0x1f) return frac ? NaN : sign * Infinity
  return sign * 2 ** (exp - 15) * (1 + frac / 1024)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/schema.js
/**
 * Build a tree from the schema elements.
 *
 * @param {SchemaElement[]} schema
 * @param {number} rootIndex index of the root element
 * @param {string[]} path path to the element
 * @returns {SchemaTree} tree of schema elements
 */
function schemaTree(schema, rootIndex, path) {
  const element = schema[rootIndex]
  const children = []
  let count = 1

  // Read the specified number of children
  if (element.num_children) {
    while (children.length < element.num_children) {
      const childElement = schema[rootIndex + count]
      const child = schemaTree(schema, rootIndex + count, [...path, childElement.name])
      count += child.count
      children.push(child)
    }
  }

  return { count, element, children, path }
}

/**
 * Get schema elements from the root to the given element name.
 *
 * @param {SchemaElement[]} schema
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getSchemaPath(schema, name) {
  return getTreePath(schemaTree(schema, 0, []), name)
}

/**
 * Get schema tree nodes from the root of a prebuilt tree to the given element name.
 *
 * @param {SchemaTree} tree root of the schema tree
 * @param {string[]} name path to the element
 * @returns {SchemaTree[]} list of schema elements
 */
function getTreePath(tree, name) {
  const path = [tree]
  for (const part of name) {
    const child = tree.children.find(child => child.element.name === part)
    if (!child) throw new Error(`parquet schema element not found: ${name}`)
    path.push(child)
    tree = child
  }
  return path
}

/**
 * Get all physical (leaf) column names.
 *
 * @param {SchemaTree} schemaTree
 * @returns {string[]} list of physical column names
 */
function getPhysicalColumns(schemaTree) {
  /** @type {string[]} */
  const columns = []
  /** @param {SchemaTree} node */
  function traverse(node) {
    if (node.children.length) {
      for (const child of node.children) {
        traverse(child)
      }
    } else {
      columns.push(node.path.join('.'))
    }
  }
  traverse(schemaTree)
  return columns
}

/**
 * Get the max repetition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max repetition level
 */
function getMaxRepetitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath) {
    if (element.repetition_type === 'REPEATED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Get the max definition level for a given schema path.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {number} max definition level
 */
function getMaxDefinitionLevel(schemaPath) {
  let maxLevel = 0
  for (const { element } of schemaPath.slice(1)) {
    if (element.repetition_type !== 'REQUIRED') {
      maxLevel++
    }
  }
  return maxLevel
}

/**
 * Check if a column is list-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if list-like
 */
function isListLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'LIST') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length > 1) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  return true
}

/**
 * Check if a column is map-like.
 *
 * @param {SchemaTree} schema
 * @returns {boolean} true if map-like
 */
function isMapLike(schema) {
  if (!schema) return false
  if (schema.element.converted_type !== 'MAP') return false
  if (schema.children.length > 1) return false

  const firstChild = schema.children[0]
  if (firstChild.children.length !== 2) return false
  if (firstChild.element.repetition_type !== 'REPEATED') return false

  const keyChild = firstChild.children.find(child => child.element.name === 'key')
  if (keyChild?.element.repetition_type === 'REPEATED') return false

  const valueChild = firstChild.children.find(child => child.element.name === 'value')
  if (valueChild?.element.repetition_type === 'REPEATED') return false

  return true
}

/**
 * Returns true if a column is non-nested.
 *
 * @param {SchemaTree[]} schemaPath
 * @returns {boolean}
 */
function schema_isFlatColumn(schemaPath) {
  if (schemaPath.length !== 2) return false
  const [, column] = schemaPath
  if (column.element.repetition_type === 'REPEATED') return false
  if (column.children.length) return false
  return true
}

/**
 * @import {SchemaElement, SchemaTree} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/thrift.js
/**
 * @import {DataReader, ThriftObject, ThriftType} from '../src/types.js'
 */

// TCompactProtocol types
const STOP = 0
const TRUE = 1
const FALSE = 2
const BYTE = 3
const I16 = 4
const I32 = 5
const I64 = 6
const DOUBLE = 7
const BINARY = 8
const LIST = 9
const STRUCT = 12

/**
 * Parse TCompactProtocol
 *
 * @param {DataReader} reader
 * @returns {{ [key: `field_${number}`]: any }}
 */
function deserializeTCompactProtocol(reader) {
  /** @type {ThriftObject} */
  const value = {}
  let fid = 0

  while (true) {
    if (reader.offset >= reader.view.byteLength) throw new Error('thrift struct ended without STOP')
    // Parse each field based on its type and add to the result object
    const byte = reader.view.getUint8(reader.offset++)
    const type = byte & 0x0f
    if (type === STOP) break
    const delta = byte >> 4
    fid = delta ? fid + delta : readZigZag(reader)
    value[`field_${fid}`] = readElement(reader, type)
  }

  return value
}

/**
 * Read a single element based on its type
 *
 * @param {DataReader} reader
 * @param {number} type
 * @returns {ThriftType}
 */
function readElement(reader, type) {
  switch (type) {
  case TRUE:
    return true
  case FALSE:
    return false
  case BYTE:
    return reader.view.getInt8(reader.offset++)
  case I16:
  case I32:
    return readZigZag(reader)
  case I64:
    return readZigZagBigInt(reader)
  case DOUBLE: {
    const value = reader.view.getFloat64(reader.offset, true)
    reader.offset += 8
    return value
  }
  case BINARY: {
    const stringLength = readVarInt(reader)
    if (reader.offset + stringLength > reader.view.byteLength) {
      throw new Error(`thrift binary length ${stringLength} exceeds remaining ${reader.view.byteLength - reader.offset} bytes`)
    }
    const strBytes = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, stringLength)
    reader.offset += stringLength
    return strBytes
  }
  case LIST: {
    const byte = reader.view.getUint8(reader.offset++)
    const elemType = byte & 0x0f
    let listSize = byte >> 4
    if (listSize === 15) {
      listSize = readVarInt(reader)
    }
    const boolType = elemType === TRUE || elemType === FALSE
    const values = new Array(listSize)
    for (let i = 0; i < listSize; i++) {
      values[i] = boolType ? readElement(reader, BYTE) === 1 : readElement(reader, elemType)
    }
    return values
  }
  case STRUCT:
    // main function handles struct parsing
    return deserializeTCompactProtocol(reader)
  default:
    // MAP, SET, UUID not used by parquet
    throw new Error(`thrift unhandled type: ${type}`)
  }
}

/**
 * Read varint aka Unsigned LEB128.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readVarInt(reader) {
  let result = 0
  let shift = 0
  while (true) {
    // Read groups of 7 low bits until high bit is 0
    const byte = reader.view.getUint8(reader.offset++)
    result |= (byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7
  }
}

/**
 * Read a varint as a bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readVarBigInt(reader) {
  let result = 0n
  let shift = 0n
  while (true) {
    const byte = reader.view.getUint8(reader.offset++)
    result |= BigInt(byte & 0x7f) << shift
    if (!(byte & 0x80)) {
      return result
    }
    shift += 7n
  }
}

/**
 * Read a zigzag number.
 * Zigzag folds positive and negative numbers into the positive number space.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZag(reader) {
  const zigzag = readVarInt(reader)
  return zigzag >>> 1 ^ -(zigzag & 1)
}

/**
 * Read a zigzag bigint.
 *
 * @param {DataReader} reader
 * @returns {bigint}
 */
function readZigZagBigInt(reader) {
  const zigzag = readVarBigInt(reader)
  return zigzag >> 1n ^ -(zigzag & 1n)
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/geoparquet.js
/**
 * @param {SchemaElement[]} schema
 * @param {KeyValue[] | undefined} key_value_metadata
 * @returns {void}
 */
function markGeoColumns(schema, key_value_metadata) {
  // Prepare the list of GeoParquet columns
  /** @type {Map<string, LogicalType>} */
  const columns = new Map()
  const geo = key_value_metadata?.find(({ key }) => key === 'geo')?.value
  const decodedColumns = (geo && JSON.parse(geo)?.columns) ?? {}
  for (const [name, column] of Object.entries(decodedColumns)) {
    if (column.encoding !== 'WKB') continue

    const type = column.edges === 'spherical' ? 'GEOGRAPHY' : 'GEOMETRY'
    const id = column.crs?.id ?? column.crs?.ids?.[0]
    const crs = id ? `${id.authority}:${id.code.toString()}` : undefined
    // Note: we can't infer GEOGRAPHY's algorithm from GeoParquet
    columns.set(name, { type, crs })
  }

  // Mark schema elements with logical type
  // Only look at root-level columns of type BYTE_ARRAY without existing logical_type
  for (let i = 1; i < schema.length; i++) { // skip root
    const { logical_type, name, num_children, type } = schema[i]
    if (num_children) {
      i += num_children
      continue // skip the element and its children
    }
    if (type === 'BYTE_ARRAY' && !logical_type) {
      schema[i].logical_type = columns.get(name)
    }
  }
}

/**
 * @import {KeyValue, LogicalType, SchemaElement} from '../src/types.js'
 */

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/metadata.js






/**
 * @import {AsyncBuffer, FileMetaData, KeyValue, LogicalType, MetadataOptions, MinMaxType, ParquetParsers, SchemaElement, SchemaTree, Statistics, TimeUnit} from '../src/types.js'
 */

const defaultInitialFetchSize = 1 << 19 // 512kb

const metadata_decoder = new TextDecoder()
function decode(/** @type {Uint8Array} */ value) {
  return value && metadata_decoder.decode(value)
}

/**
 * Read parquet metadata from an async buffer.
 *
 * An AsyncBuffer is like an ArrayBuffer, but the slices are loaded
 * asynchronously, possibly over the network.
 *
 * You must provide the byteLength of the buffer, typically from a HEAD request.
 *
 * In theory, you could use suffix-range requests to fetch the end of the file,
 * and save a round trip. But in practice, this doesn't work because chrome
 * deems suffix-range requests as a not-safe-listed header, and will require
 * a pre-flight. So the byteLength is required.
 *
 * To make this efficient, we initially request the last 512kb of the file,
 * which is likely to contain the metadata. If the metadata length exceeds the
 * initial fetch, 512kb, we request the rest of the metadata from the AsyncBuffer.
 *
 * This ensures that we either make one 512kb initial request for the metadata,
 * or a second request for up to the metadata size.
 *
 * @param {AsyncBuffer} asyncBuffer parquet file contents
 * @param {MetadataOptions & { initialFetchSize?: number }} options initial fetch size in bytes (default 512kb)
 * @returns {Promise<FileMetaData>} parquet metadata object
 */
async function metadata_parquetMetadataAsync(asyncBuffer, { parsers, initialFetchSize = defaultInitialFetchSize, geoparquet = true } = {}) {
  if (!asyncBuffer || !(asyncBuffer.byteLength >= 0)) throw new Error('parquet expected AsyncBuffer')

  // fetch last bytes (footer) of the file
  const footerOffset = Math.max(0, asyncBuffer.byteLength - initialFetchSize)
  const footerBuffer = await asyncBuffer.slice(footerOffset, asyncBuffer.byteLength)

  // Check for parquet magic number "PAR1"
  const footerView = new DataView(footerBuffer)
  if (footerView.getUint32(footerBuffer.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLength = footerView.getUint32(footerBuffer.byteLength - 8, true)
  if (metadataLength > asyncBuffer.byteLength - 8) {
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${asyncBuffer.byteLength - 8}`)
  }

  // check if metadata size fits inside the initial fetch
  if (metadataLength + 8 > initialFetchSize) {
    // fetch the rest of the metadata
    const metadataOffset = asyncBuffer.byteLength - metadataLength - 8
    const metadataBuffer = await asyncBuffer.slice(metadataOffset, footerOffset)
    // combine initial fetch with the new slice
    const combinedBuffer = new ArrayBuffer(metadataLength + 8)
    const combinedView = new Uint8Array(combinedBuffer)
    combinedView.set(new Uint8Array(metadataBuffer))
    combinedView.set(new Uint8Array(footerBuffer), footerOffset - metadataOffset)
    return parquetMetadata(combinedBuffer, { parsers, geoparquet })
  } else {
    // parse metadata from the footer
    return parquetMetadata(footerBuffer, { parsers, geoparquet })
  }
}

/**
 * Read parquet metadata from a buffer synchronously.
 *
 * @param {ArrayBuffer | Uint8Array} arrayBuffer parquet file footer
 * @param {MetadataOptions} options metadata parsing options
 * @returns {FileMetaData} parquet metadata object
 */
function parquetMetadata(arrayBuffer, { parsers, geoparquet = true } = {}) {
  let view
  if (arrayBuffer instanceof ArrayBuffer) {
    view = new DataView(arrayBuffer)
  } else if (arrayBuffer instanceof Uint8Array) {
    view = new DataView(arrayBuffer.buffer, arrayBuffer.byteOffset, arrayBuffer.byteLength)
  } else {
    throw new Error('parquet expected ArrayBuffer or Uint8Array')
  }

  // Use default parsers if not given
  const allParsers = { ...DEFAULT_PARSERS, ...parsers }

  // Validate footer magic number "PAR1"
  if (view.byteLength < 8) {
    throw new Error('parquet file is too short')
  }
  if (view.getUint32(view.byteLength - 4, true) !== 0x31524150) {
    throw new Error('parquet file invalid (footer != PAR1)')
  }

  // Parquet files store metadata at the end of the file
  // Metadata length is 4 bytes before the last PAR1
  const metadataLengthOffset = view.byteLength - 8
  const metadataLength = view.getUint32(metadataLengthOffset, true)
  if (metadataLength > view.byteLength - 8) {
    // {metadata}, metadata_length, PAR1
    throw new Error(`parquet metadata length ${metadataLength} exceeds available buffer ${view.byteLength - 8}`)
  }

  const metadataOffset = metadataLengthOffset - metadataLength
  const reader = { view, offset: metadataOffset }
  const metadata = deserializeTCompactProtocol(reader)

  // Parse metadata from thrift data
  const version = metadata.field_1
  /** @type {SchemaElement[]} */
  const schema = metadata.field_2.map((/** @type {any} */ field) => ({
    type: ParquetTypes[field.field_1],
    type_length: field.field_2,
    repetition_type: FieldRepetitionTypes[field.field_3],
    name: decode(field.field_4),
    num_children: field.field_5,
    converted_type: ConvertedTypes[field.field_6],
    scale: field.field_7,
    precision: field.field_8,
    field_id: field.field_9,
    logical_type: logicalType(field.field_10),
  }))
  // schema element per column index
  const columnSchema = schema.filter(e => e.type)
  const num_rows = metadata.field_3
  const row_groups = metadata.field_4.map((/** @type {any} */ rowGroup) => ({
    columns: rowGroup.field_1.map((/** @type {any} */ column, /** @type {number} */ columnIndex) => ({
      file_path: decode(column.field_1),
      file_offset: column.field_2,
      meta_data: column.field_3 && {
        type: ParquetTypes[column.field_3.field_1],
        encodings: column.field_3.field_2?.map((/** @type {number} */ e) => Encodings[e]),
        path_in_schema: column.field_3.field_3.map(decode),
        codec: CompressionCodecs[column.field_3.field_4],
        num_values: column.field_3.field_5,
        total_uncompressed_size: column.field_3.field_6,
        total_compressed_size: column.field_3.field_7,
        key_value_metadata: column.field_3.field_8?.map((/** @type {any} */ kv) => ({
          key: decode(kv.field_1),
          value: decode(kv.field_2),
        })),
        data_page_offset: column.field_3.field_9,
        index_page_offset: column.field_3.field_10,
        dictionary_page_offset: column.field_3.field_11,
        statistics: convertStats(column.field_3.field_12, columnSchema[columnIndex], allParsers),
        encoding_stats: column.field_3.field_13?.map((/** @type {any} */ encodingStat) => ({
          page_type: PageTypes[encodingStat.field_1],
          encoding: Encodings[encodingStat.field_2],
          count: encodingStat.field_3,
        })),
        bloom_filter_offset: column.field_3.field_14,
        bloom_filter_length: column.field_3.field_15,
        size_statistics: column.field_3.field_16 && {
          unencoded_byte_array_data_bytes: column.field_3.field_16.field_1,
          repetition_level_histogram: column.field_3.field_16.field_2,
          definition_level_histogram: column.field_3.field_16.field_3,
        },
        geospatial_statistics: column.field_3.field_17 && {
          bbox: column.field_3.field_17.field_1 && {
            xmin: column.field_3.field_17.field_1.field_1,
            xmax: column.field_3.field_17.field_1.field_2,
            ymin: column.field_3.field_17.field_1.field_3,
            ymax: column.field_3.field_17.field_1.field_4,
            zmin: column.field_3.field_17.field_1.field_5,
            zmax: column.field_3.field_17.field_1.field_6,
            mmin: column.field_3.field_17.field_1.field_7,
            mmax: column.field_3.field_17.field_1.field_8,
          },
          geospatial_types: column.field_3.field_17.field_2,
        },
      },
      offset_index_offset: column.field_4,
      offset_index_length: column.field_5,
      column_index_offset: column.field_6,
      column_index_length: column.field_7,
      crypto_metadata: column.field_8,
      encrypted_column_metadata: column.field_9,
    })),
    total_byte_size: rowGroup.field_2,
    num_rows: rowGroup.field_3,
    sorting_columns: rowGroup.field_4?.map((/** @type {any} */ sortingColumn) => ({
      column_idx: sortingColumn.field_1,
      descending: sortingColumn.field_2,
      nulls_first: sortingColumn.field_3,
    })),
    file_offset: rowGroup.field_5,
    total_compressed_size: rowGroup.field_6,
    ordinal: rowGroup.field_7,
  }))
  /** @type {KeyValue[] | undefined} */
  const key_value_metadata = metadata.field_5?.map((/** @type {any} */ kv) => ({
    key: decode(kv.field_1),
    value: decode(kv.field_2),
  }))
  const created_by = decode(metadata.field_6)

  if (geoparquet) {
    markGeoColumns(schema, key_value_metadata)
  }

  return {
    version,
    schema,
    num_rows,
    row_groups,
    key_value_metadata,
    created_by,
    metadata_length: metadataLength,
  }
}

/**
 * Return a tree of schema elements from parquet metadata.
 *
 * @param {{schema: SchemaElement[]}} metadata parquet metadata object
 * @returns {SchemaTree} tree of schema elements
 */
function parquetSchema({ schema }) {
  return getSchemaPath(schema, [])[0]
}

/**
 * @param {any} logicalType
 * @returns {LogicalType | undefined}
 */
function logicalType(logicalType) {
  if (logicalType?.field_1) return { type: 'STRING' }
  if (logicalType?.field_2) return { type: 'MAP' }
  if (logicalType?.field_3) return { type: 'LIST' }
  if (logicalType?.field_4) return { type: 'ENUM' }
  if (logicalType?.field_5) return {
    type: 'DECIMAL',
    scale: logicalType.field_5.field_1,
    precision: logicalType.field_5.field_2,
  }
  if (logicalType?.field_6) return { type: 'DATE' }
  if (logicalType?.field_7) return {
    type: 'TIME',
    isAdjustedToUTC: logicalType.field_7.field_1,
    unit: timeUnit(logicalType.field_7.field_2),
  }
  if (logicalType?.field_8) return {
    type: 'TIMESTAMP',
    isAdjustedToUTC: logicalType.field_8.field_1,
    unit: timeUnit(logicalType.field_8.field_2),
  }
  if (logicalType?.field_10) return {
    type: 'INTEGER',
    bitWidth: logicalType.field_10.field_1,
    isSigned: logicalType.field_10.field_2,
  }
  if (logicalType?.field_11) return { type: 'NULL' }
  if (logicalType?.field_12) return { type: 'JSON' }
  if (logicalType?.field_13) return { type: 'BSON' }
  if (logicalType?.field_14) return { type: 'UUID' }
  if (logicalType?.field_15) return { type: 'FLOAT16' }
  if (logicalType?.field_16) return {
    type: 'VARIANT',
    specification_version: logicalType.field_16.field_1,
  }
  if (logicalType?.field_17) return {
    type: 'GEOMETRY',
    crs: decode(logicalType.field_17.field_1),
  }
  if (logicalType?.field_18) return {
    type: 'GEOGRAPHY',
    crs: decode(logicalType.field_18.field_1),
    algorithm: EdgeInterpolationAlgorithms[logicalType.field_18.field_2],
  }
  return logicalType
}

/**
 * @param {any} unit
 * @returns {TimeUnit}
 */
function timeUnit(unit) {
  if (unit.field_1) return 'MILLIS'
  if (unit.field_2) return 'MICROS'
  if (unit.field_3) return 'NANOS'
  throw new Error('parquet time unit required')
}

/**
 * Convert column statistics based on column type.
 *
 * @param {any} stats
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {Statistics}
 */
function convertStats(stats, schema, parsers) {
  return stats && {
    max: convertMetadata(stats.field_1, schema, parsers),
    min: convertMetadata(stats.field_2, schema, parsers),
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: convertMetadata(stats.field_5, schema, parsers),
    min_value: convertMetadata(stats.field_6, schema, parsers),
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

/**
 * @param {Uint8Array | undefined} value
 * @param {SchemaElement} schema
 * @param {ParquetParsers} parsers
 * @returns {MinMaxType | undefined}
 */
function convertMetadata(value, schema, parsers) {
  const { type, converted_type, logical_type } = schema
  if (value === undefined) return value
  if (type === 'BOOLEAN') return value[0] === 1
  if (type === 'BYTE_ARRAY') return parsers.stringFromBytes(value)
  const view = new DataView(value.buffer, value.byteOffset, value.byteLength)
  if (type === 'FLOAT' && view.byteLength === 4) return view.getFloat32(0, true)
  if (type === 'DOUBLE' && view.byteLength === 8) return view.getFloat64(0, true)
  if (type === 'INT32' && converted_type === 'DECIMAL' && view.byteLength === 4) {
    return view.getInt32(0, true) * 10 ** -(schema.scale || 0)
  }
  if (type === 'INT64' && converted_type === 'DECIMAL' && view.byteLength === 8) {
    return Number(view.getBigInt64(0, true)) * 10 ** -(schema.scale || 0)
  }
  if (type === 'INT32' && converted_type === 'DATE') return parsers.dateFromDays(view.getInt32(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MILLIS') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && converted_type === 'TIMESTAMP_MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'NANOS') return parsers.timestampFromNanoseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP' && logical_type?.unit === 'MICROS') return parsers.timestampFromMicroseconds(view.getBigInt64(0, true))
  if (type === 'INT64' && logical_type?.type === 'TIMESTAMP') return parsers.timestampFromMilliseconds(view.getBigInt64(0, true))
  const unsigned = converted_type?.startsWith('UINT_') ||
    logical_type?.type === 'INTEGER' && !logical_type.isSigned
  if (type === 'INT32' && unsigned && view.byteLength === 4) return view.getUint32(0, true)
  if (type === 'INT64' && unsigned && view.byteLength === 8) return view.getBigUint64(0, true)
  if (type === 'INT32' && view.byteLength === 4) return view.getInt32(0, true)
  if (type === 'INT64' && view.byteLength === 8) return view.getBigInt64(0, true)
  if (converted_type === 'DECIMAL') return parseDecimal(value) * 10 ** -(schema.scale || 0)
  if (logical_type?.type === 'FLOAT16') return parseFloat16(value)
  if (logical_type?.type === 'UUID') return parsers.uuidFromBytes(value)
  if (type === 'FIXED_LEN_BYTE_ARRAY') return value
  // assert(false)
  return value
}

;// CONCATENATED MODULE: ./node_modules/fzstd/esm/index.mjs
// Some numerical data is initialized as -1 even when it doesn't need initialization to help the JIT infer types
// aliases for shorter compressed code (most minifers don't do this)
var ab = ArrayBuffer, u8 = Uint8Array, u16 = Uint16Array, i16 = Int16Array, u32 = (/* unused pure expression or super */ null && (Uint32Array)), i32 = Int32Array;
var slc = function (v, s, e) {
    if (u8.prototype.slice)
        return u8.prototype.slice.call(v, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    var n = new u8(e - s);
    n.set(v.subarray(s, e));
    return n;
};
var fill = function (v, n, s, e) {
    if (u8.prototype.fill)
        return u8.prototype.fill.call(v, n, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    for (; s < e; ++s)
        v[s] = n;
    return v;
};
var cpw = function (v, t, s, e) {
    if (u8.prototype.copyWithin)
        return u8.prototype.copyWithin.call(v, t, s, e);
    if (s == null || s < 0)
        s = 0;
    if (e == null || e > v.length)
        e = v.length;
    while (s < e) {
        v[t++] = v[s++];
    }
};
/**
 * Codes for errors generated within this library
 */
var ZstdErrorCode = {
    InvalidData: 0,
    WindowSizeTooLarge: 1,
    InvalidBlockType: 2,
    FSEAccuracyTooHigh: 3,
    DistanceTooFarBack: 4,
    UnexpectedEOF: 5
};
// error codes
var ec = [
    'invalid zstd data',
    'window size too large (>2046MB)',
    'invalid block type',
    'FSE accuracy too high',
    'match distance too far back',
    'unexpected EOF'
];
var err = function (ind, msg, nt) {
    var e = new Error(msg || ec[ind]);
    e.code = ind;
    if (Error.captureStackTrace)
        Error.captureStackTrace(e, err);
    if (!nt)
        throw e;
    return e;
};
var rb = function (d, b, n) {
    var i = 0, o = 0;
    for (; i < n; ++i)
        o |= d[b++] << (i << 3);
    return o;
};
var b4 = function (d, b) { return (d[b] | (d[b + 1] << 8) | (d[b + 2] << 16) | (d[b + 3] << 24)) >>> 0; };
// read Zstandard frame header
var rzfh = function (dat, w) {
    var n3 = dat[0] | (dat[1] << 8) | (dat[2] << 16);
    if (n3 == 0x2FB528 && dat[3] == 253) {
        // Zstandard
        var flg = dat[4];
        //    single segment       checksum             dict flag     frame content flag
        var ss = (flg >> 5) & 1, cc = (flg >> 2) & 1, df = flg & 3, fcf = flg >> 6;
        if (flg & 8)
            err(0);
        // byte
        var bt = 6 - ss;
        // dict bytes
        var db = df == 3 ? 4 : df;
        // dictionary id
        var di = rb(dat, bt, db);
        bt += db;
        // frame size bytes
        var fsb = fcf ? (1 << fcf) : ss;
        // frame source size
        var fss = rb(dat, bt, fsb) + ((fcf == 1) && 256);
        // window size
        var ws = fss;
        if (!ss) {
            // window descriptor
            var wb = 1 << (10 + (dat[5] >> 3));
            ws = wb + (wb >> 3) * (dat[5] & 7);
        }
        if (ws > 2145386496)
            err(1);
        var buf = new u8((w == 1 ? (fss || ws) : w ? 0 : ws) + 12);
        buf[0] = 1, buf[4] = 4, buf[8] = 8;
        return {
            b: bt + fsb,
            y: 0,
            l: 0,
            d: di,
            w: (w && w != 1) ? w : buf.subarray(12),
            e: ws,
            o: new i32(buf.buffer, 0, 3),
            u: fss,
            c: cc,
            m: Math.min(131072, ws)
        };
    }
    else if (((n3 >> 4) | (dat[3] << 20)) == 0x184D2A5) {
        // skippable
        return b4(dat, 4) + 8;
    }
    err(0);
};
// most significant bit for nonzero
var msb = function (val) {
    var bits = 0;
    for (; (1 << bits) <= val; ++bits)
        ;
    return bits - 1;
};
// read finite state entropy
var rfse = function (dat, bt, mal) {
    // table pos
    var tpos = (bt << 3) + 4;
    // accuracy log
    var al = (dat[bt] & 15) + 5;
    if (al > mal)
        err(3);
    // size
    var sz = 1 << al;
    // probabilities symbols  repeat   index   high threshold
    var probs = sz, sym = -1, re = -1, i = -1, ht = sz;
    // optimization: single allocation is much faster
    var buf = new ab(512 + (sz << 2));
    var freq = new i16(buf, 0, 256);
    // same view as freq
    var dstate = new u16(buf, 0, 256);
    var nstate = new u16(buf, 512, sz);
    var bb1 = 512 + (sz << 1);
    var syms = new u8(buf, bb1, sz);
    var nbits = new u8(buf, bb1 + sz);
    while (sym < 255 && probs > 0) {
        var bits = msb(probs + 1);
        var cbt = tpos >> 3;
        // mask
        var msk = (1 << (bits + 1)) - 1;
        var val = ((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (tpos & 7)) & msk;
        // mask (1 fewer bit)
        var msk1fb = (1 << bits) - 1;
        // max small value
        var msv = msk - probs - 1;
        // small value
        var sval = val & msk1fb;
        if (sval < msv)
            tpos += bits, val = sval;
        else {
            tpos += bits + 1;
            if (val > msk1fb)
                val -= msv;
        }
        freq[++sym] = --val;
        if (val == -1) {
            probs += val;
            syms[--ht] = sym;
        }
        else
            probs -= val;
        if (!val) {
            do {
                // repeat byte
                var rbt = tpos >> 3;
                re = ((dat[rbt] | (dat[rbt + 1] << 8)) >> (tpos & 7)) & 3;
                tpos += 2;
                sym += re;
            } while (re == 3);
        }
    }
    if (sym > 255 || probs)
        err(0);
    var sympos = 0;
    // sym step (coprime with sz - formula from zstd source)
    var sstep = (sz >> 1) + (sz >> 3) + 3;
    // sym mask
    var smask = sz - 1;
    for (var s = 0; s <= sym; ++s) {
        var sf = freq[s];
        if (sf < 1) {
            dstate[s] = -sf;
            continue;
        }
        // This is split into two loops in zstd to avoid branching, but as JS is higher-level that is unnecessary
        for (i = 0; i < sf; ++i) {
            syms[sympos] = s;
            do {
                sympos = (sympos + sstep) & smask;
            } while (sympos >= ht);
        }
    }
    // After spreading symbols, should be zero again
    if (sympos)
        err(0);
    for (i = 0; i < sz; ++i) {
        // next state
        var ns = dstate[syms[i]]++;
        // num bits
        var nb = nbits[i] = al - msb(ns);
        nstate[i] = (ns << nb) - sz;
    }
    return [(tpos + 7) >> 3, {
            b: al,
            s: syms,
            n: nbits,
            t: nstate
        }];
};
// read huffman
var rhu = function (dat, bt) {
    //  index  weight count
    var i = 0, wc = -1;
    //    buffer             header byte
    var buf = new u8(292), hb = dat[bt];
    // huffman weights
    var hw = buf.subarray(0, 256);
    // rank count
    var rc = buf.subarray(256, 268);
    // rank index
    var ri = new u16(buf.buffer, 268);
    // NOTE: at this point bt is 1 less than expected
    if (hb < 128) {
        // end byte, fse decode table
        var _a = rfse(dat, bt + 1, 6), ebt = _a[0], fdt = _a[1];
        bt += hb;
        var epos = ebt << 3;
        // last byte
        var lb = dat[bt];
        if (!lb)
            err(0);
        //  state1   state2   state1 bits   state2 bits
        var st1 = 0, st2 = 0, btr1 = fdt.b, btr2 = btr1;
        // fse pos
        // pre-increment to account for original deficit of 1
        var fpos = (++bt << 3) - 8 + msb(lb);
        for (;;) {
            fpos -= btr1;
            if (fpos < epos)
                break;
            var cbt = fpos >> 3;
            st1 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr1) - 1);
            hw[++wc] = fdt.s[st1];
            fpos -= btr2;
            if (fpos < epos)
                break;
            cbt = fpos >> 3;
            st2 += ((dat[cbt] | (dat[cbt + 1] << 8)) >> (fpos & 7)) & ((1 << btr2) - 1);
            hw[++wc] = fdt.s[st2];
            btr1 = fdt.n[st1];
            st1 = fdt.t[st1];
            btr2 = fdt.n[st2];
            st2 = fdt.t[st2];
        }
        if (++wc > 255)
            err(0);
    }
    else {
        wc = hb - 127;
        for (; i < wc; i += 2) {
            var byte = dat[++bt];
            hw[i] = byte >> 4;
            hw[i + 1] = byte & 15;
        }
        ++bt;
    }
    // weight exponential sum
    var wes = 0;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        // bits must be at most 11, same as weight
        if (wt > 11)
            err(0);
        wes += wt && (1 << (wt - 1));
    }
    // max bits
    var mb = msb(wes) + 1;
    // table size
    var ts = 1 << mb;
    // remaining sum
    var rem = ts - wes;
    // must be power of 2
    if (rem & (rem - 1))
        err(0);
    hw[wc++] = msb(rem) + 1;
    for (i = 0; i < wc; ++i) {
        var wt = hw[i];
        ++rc[hw[i] = wt && (mb + 1 - wt)];
    }
    // huf buf
    var hbuf = new u8(ts << 1);
    //    symbols                      num bits
    var syms = hbuf.subarray(0, ts), nb = hbuf.subarray(ts);
    ri[mb] = 0;
    for (i = mb; i > 0; --i) {
        var pv = ri[i];
        fill(nb, i, pv, ri[i - 1] = pv + rc[i] * (1 << (mb - i)));
    }
    if (ri[0] != ts)
        err(0);
    for (i = 0; i < wc; ++i) {
        var bits = hw[i];
        if (bits) {
            var code = ri[bits];
            fill(syms, i, code, ri[bits] = code + (1 << (mb - bits)));
        }
    }
    return [bt, {
            n: nb,
            b: mb,
            s: syms
        }];
};
// Tables generated using this:
// https://gist.github.com/101arrowz/a979452d4355992cbf8f257cbffc9edd
// default literal length table
var dllt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    81, 16, 99, 140, 49, 198, 24, 99, 12, 33, 196, 24, 99, 102, 102, 134, 70, 146, 4
]), 0, 6)[1];
// default match length table
var dmlt = /*#__PURE__*/ rfse(/*#__PURE__*/ new u8([
    33, 20, 196, 24, 99, 140, 33, 132, 16, 66, 8, 33, 132, 16, 66, 8, 33, 68, 68, 68, 68, 68, 68, 68, 68, 36, 9
]), 0, 6)[1];
// default offset code table
var doct = /*#__PURE__ */ rfse(/*#__PURE__*/ new u8([
    32, 132, 16, 66, 102, 70, 68, 68, 68, 68, 36, 73, 2
]), 0, 5)[1];
// bits to baseline
var b2bl = function (b, s) {
    var len = b.length, bl = new i32(len);
    for (var i = 0; i < len; ++i) {
        bl[i] = s;
        s += 1 << b[i];
    }
    return bl;
};
// literal length bits
var llb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 16843009, 50528770, 134678020, 202050057, 269422093
])).buffer, 0, 36);
// literal length baseline
var llbl = /*#__PURE__ */ b2bl(llb, 0);
// match length bits
var mlb = /*#__PURE__ */ new u8(( /*#__PURE__ */new i32([
    0, 0, 0, 0, 0, 0, 0, 0, 16843009, 50528770, 117769220, 185207048, 252579084, 16
])).buffer, 0, 53);
// match length baseline
var mlbl = /*#__PURE__ */ b2bl(mlb, 3);
// decode huffman stream
var dhu = function (dat, out, hu) {
    var len = dat.length, ss = out.length, lb = dat[len - 1], msk = (1 << hu.b) - 1, eb = -hu.b;
    if (!lb)
        err(0);
    var st = 0, btr = hu.b, pos = (len << 3) - 8 + msb(lb) - btr, i = -1;
    for (; pos > eb && i < ss;) {
        var cbt = pos >> 3;
        var val = (dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (pos & 7);
        st = ((st << btr) | val) & msk;
        out[++i] = hu.s[st];
        pos -= (btr = hu.n[st]);
    }
    if (pos != eb || i + 1 != ss)
        err(0);
};
// decode huffman stream 4x
// TODO: use workers to parallelize
var dhu4 = function (dat, out, hu) {
    var bt = 6;
    var ss = out.length, sz1 = (ss + 3) >> 2, sz2 = sz1 << 1, sz3 = sz1 + sz2;
    dhu(dat.subarray(bt, bt += dat[0] | (dat[1] << 8)), out.subarray(0, sz1), hu);
    dhu(dat.subarray(bt, bt += dat[2] | (dat[3] << 8)), out.subarray(sz1, sz2), hu);
    dhu(dat.subarray(bt, bt += dat[4] | (dat[5] << 8)), out.subarray(sz2, sz3), hu);
    dhu(dat.subarray(bt), out.subarray(sz3), hu);
};
// read Zstandard block
var rzb = function (dat, st, out) {
    var _a;
    var bt = st.b;
    //    byte 0        block type
    var b0 = dat[bt], btype = (b0 >> 1) & 3;
    st.l = b0 & 1;
    var sz = (b0 >> 3) | (dat[bt + 1] << 5) | (dat[bt + 2] << 13);
    // end byte for block
    var ebt = (bt += 3) + sz;
    if (btype == 1) {
        if (bt >= dat.length)
            return;
        st.b = bt + 1;
        if (out) {
            fill(out, dat[bt], st.y, st.y += sz);
            return out;
        }
        return fill(new u8(sz), dat[bt]);
    }
    if (ebt > dat.length)
        return;
    if (btype == 0) {
        st.b = ebt;
        if (out) {
            out.set(dat.subarray(bt, ebt), st.y);
            st.y += sz;
            return out;
        }
        return slc(dat, bt, ebt);
    }
    if (btype == 2) {
        //    byte 3        lit btype     size format
        var b3 = dat[bt], lbt = b3 & 3, sf = (b3 >> 2) & 3;
        // lit src size  lit cmp sz 4 streams
        var lss = b3 >> 4, lcs = 0, s4 = 0;
        if (lbt < 2) {
            if (sf & 1)
                lss |= (dat[++bt] << 4) | ((sf & 2) && (dat[++bt] << 12));
            else
                lss = b3 >> 3;
        }
        else {
            s4 = sf;
            if (sf < 2)
                lss |= ((dat[++bt] & 63) << 4), lcs = (dat[bt] >> 6) | (dat[++bt] << 2);
            else if (sf == 2)
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 3) << 12), lcs = (dat[bt] >> 2) | (dat[++bt] << 6);
            else
                lss |= (dat[++bt] << 4) | ((dat[++bt] & 63) << 12), lcs = (dat[bt] >> 6) | (dat[++bt] << 2) | (dat[++bt] << 10);
        }
        ++bt;
        // add literals to end - can never overlap with backreferences because unused literals always appended
        var buf = out ? out.subarray(st.y, st.y + st.m) : new u8(st.m);
        // starting point for literals
        var spl = buf.length - lss;
        if (lbt == 0)
            buf.set(dat.subarray(bt, bt += lss), spl);
        else if (lbt == 1)
            fill(buf, dat[bt++], spl);
        else {
            // huffman table
            var hu = st.h;
            if (lbt == 2) {
                var hud = rhu(dat, bt);
                // subtract description length
                lcs += bt - (bt = hud[0]);
                st.h = hu = hud[1];
            }
            else if (!hu)
                err(0);
            (s4 ? dhu4 : dhu)(dat.subarray(bt, bt += lcs), buf.subarray(spl), hu);
        }
        // num sequences
        var ns = dat[bt++];
        if (ns) {
            if (ns == 255)
                ns = (dat[bt++] | (dat[bt++] << 8)) + 0x7F00;
            else if (ns > 127)
                ns = ((ns - 128) << 8) | dat[bt++];
            // symbol compression modes
            var scm = dat[bt++];
            if (scm & 3)
                err(0);
            var dts = [dmlt, doct, dllt];
            for (var i = 2; i > -1; --i) {
                var md = (scm >> ((i << 1) + 2)) & 3;
                if (md == 1) {
                    // rle buf
                    var rbuf = new u8([0, 0, dat[bt++]]);
                    dts[i] = {
                        s: rbuf.subarray(2, 3),
                        n: rbuf.subarray(0, 1),
                        t: new u16(rbuf.buffer, 0, 1),
                        b: 0
                    };
                }
                else if (md == 2) {
                    // accuracy log 8 for offsets, 9 for others
                    _a = rfse(dat, bt, 9 - (i & 1)), bt = _a[0], dts[i] = _a[1];
                }
                else if (md == 3) {
                    if (!st.t)
                        err(0);
                    dts[i] = st.t[i];
                }
            }
            var _b = st.t = dts, mlt = _b[0], oct = _b[1], llt = _b[2];
            var lb = dat[ebt - 1];
            if (!lb)
                err(0);
            var spos = (ebt << 3) - 8 + msb(lb) - llt.b, cbt = spos >> 3, oubt = 0;
            var lst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << llt.b) - 1);
            cbt = (spos -= oct.b) >> 3;
            var ost = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << oct.b) - 1);
            cbt = (spos -= mlt.b) >> 3;
            var mst = ((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mlt.b) - 1);
            for (++ns; --ns;) {
                var llc = llt.s[lst];
                var lbtr = llt.n[lst];
                var mlc = mlt.s[mst];
                var mbtr = mlt.n[mst];
                var ofc = oct.s[ost];
                var obtr = oct.n[ost];
                cbt = (spos -= ofc) >> 3;
                var ofp = 1 << ofc;
                var off = ofp + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16) | (dat[cbt + 3] << 24)) >>> (spos & 7)) & (ofp - 1));
                cbt = (spos -= mlb[mlc]) >> 3;
                var ml = mlbl[mlc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << mlb[mlc]) - 1));
                cbt = (spos -= llb[llc]) >> 3;
                var ll = llbl[llc] + (((dat[cbt] | (dat[cbt + 1] << 8) | (dat[cbt + 2] << 16)) >> (spos & 7)) & ((1 << llb[llc]) - 1));
                cbt = (spos -= lbtr) >> 3;
                lst = llt.t[lst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << lbtr) - 1));
                cbt = (spos -= mbtr) >> 3;
                mst = mlt.t[mst] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << mbtr) - 1));
                cbt = (spos -= obtr) >> 3;
                ost = oct.t[ost] + (((dat[cbt] | (dat[cbt + 1] << 8)) >> (spos & 7)) & ((1 << obtr) - 1));
                if (off > 3) {
                    st.o[2] = st.o[1];
                    st.o[1] = st.o[0];
                    st.o[0] = off -= 3;
                }
                else {
                    var idx = off - (ll != 0);
                    if (idx) {
                        off = idx == 3 ? st.o[0] - 1 : st.o[idx];
                        if (idx > 1)
                            st.o[2] = st.o[1];
                        st.o[1] = st.o[0];
                        st.o[0] = off;
                    }
                    else
                        off = st.o[0];
                }
                for (var i = 0; i < ll; ++i) {
                    buf[oubt + i] = buf[spl + i];
                }
                oubt += ll, spl += ll;
                var stin = oubt - off;
                if (stin < 0) {
                    var len = -stin;
                    var bs = st.e + stin;
                    if (len > ml)
                        len = ml;
                    for (var i = 0; i < len; ++i) {
                        buf[oubt + i] = st.w[bs + i];
                    }
                    oubt += len, ml -= len, stin = 0;
                }
                for (var i = 0; i < ml; ++i) {
                    buf[oubt + i] = buf[stin + i];
                }
                oubt += ml;
            }
            if (oubt != spl) {
                while (spl < buf.length) {
                    buf[oubt++] = buf[spl++];
                }
            }
            else
                oubt = buf.length;
            if (out)
                st.y += oubt;
            else
                buf = slc(buf, 0, oubt);
        }
        else if (out) {
            st.y += lss;
            if (spl) {
                for (var i = 0; i < lss; ++i) {
                    buf[i] = buf[spl + i];
                }
            }
        }
        else if (spl)
            buf = slc(buf, spl);
        st.b = ebt;
        return buf;
    }
    err(2);
};
// concat
var cct = function (bufs, ol) {
    if (bufs.length == 1)
        return bufs[0];
    var buf = new u8(ol);
    for (var i = 0, b = 0; i < bufs.length; ++i) {
        var chk = bufs[i];
        buf.set(chk, b);
        b += chk.length;
    }
    return buf;
};
/**
 * Decompresses Zstandard data
 * @param dat The input data
 * @param buf The output buffer. If unspecified, the function will allocate
 *            exactly enough memory to fit the decompressed data. If your
 *            data has multiple frames and you know the output size, specifying
 *            it will yield better performance.
 * @returns The decompressed data
 */
function decompress(dat, buf) {
    var bufs = [], nb = +!buf;
    var bt = 0, ol = 0;
    for (; dat.length;) {
        var st = rzfh(dat, nb || buf);
        if (typeof st == 'object') {
            if (nb) {
                buf = null;
                if (st.w.length == st.u) {
                    bufs.push(buf = st.w);
                    ol += st.u;
                }
            }
            else {
                bufs.push(buf);
                st.e = 0;
            }
            for (; !st.l;) {
                var blk = rzb(dat, st, buf);
                if (!blk)
                    err(5);
                if (buf)
                    st.e = st.y;
                else {
                    bufs.push(blk);
                    ol += blk.length;
                    cpw(st.w, 0, blk.length);
                    st.w.set(blk, st.w.length - blk.length);
                }
            }
            bt = st.b + (st.c * 4);
        }
        else
            bt = st;
        dat = dat.subarray(bt);
    }
    return cct(bufs, ol);
}
/**
 * Decompressor for Zstandard streamed data
 */
var Decompress = /*#__PURE__*/ ((/* unused pure expression or super */ null && (function () {
    /**
     * Creates a Zstandard decompressor
     * @param ondata The handler for stream data
     */
    function Decompress(ondata) {
        this.ondata = ondata;
        this.c = [];
        this.l = 0;
        this.z = 0;
    }
    /**
     * Pushes data to be decompressed
     * @param chunk The chunk of data to push
     * @param final Whether or not this is the last chunk in the stream
     */
    Decompress.prototype.push = function (chunk, final) {
        if (typeof this.s == 'number') {
            var sub = Math.min(chunk.length, this.s);
            chunk = chunk.subarray(sub);
            this.s -= sub;
        }
        var sl = chunk.length;
        var ncs = sl + this.l;
        if (!this.s) {
            if (final) {
                if (!ncs) {
                    this.ondata(new u8(0), true);
                    return;
                }
                // min for frame + one block
                if (ncs < 5)
                    err(5);
            }
            else if (ncs < 18) {
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (typeof (this.s = rzfh(chunk)) == 'number')
                return this.push(chunk, final);
        }
        if (typeof this.s != 'number') {
            if (ncs < (this.z || 3)) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            if (this.l) {
                this.c.push(chunk);
                chunk = cct(this.c, ncs);
                this.c = [];
                this.l = 0;
            }
            if (!this.z && ncs < (this.z = (chunk[this.s.b] & 2) ? 4 : 3 + ((chunk[this.s.b] >> 3) | (chunk[this.s.b + 1] << 5) | (chunk[this.s.b + 2] << 13)))) {
                if (final)
                    err(5);
                this.c.push(chunk);
                this.l = ncs;
                return;
            }
            else
                this.z = 0;
            for (;;) {
                var blk = rzb(chunk, this.s);
                if (!blk) {
                    if (final)
                        err(5);
                    var adc = chunk.subarray(this.s.b);
                    this.s.b = 0;
                    this.c.push(adc), this.l += adc.length;
                    return;
                }
                else {
                    this.ondata(blk, false);
                    cpw(this.s.w, 0, blk.length);
                    this.s.w.set(blk, this.s.w.length - blk.length);
                }
                if (this.s.l) {
                    var rest = chunk.subarray(this.s.b);
                    this.s = this.s.c * 4;
                    this.push(rest, final);
                    return;
                }
            }
        }
        else if (final)
            err(5);
    };
    return Decompress;
}())));


;// CONCATENATED MODULE: ./src/io/snappy.ts
/**
 * Snappy block decompression (the format Parquet's SNAPPY codec uses: a varint length, then
 * literals and back-references), replacing hyparquet's decoder for speed only.
 *
 * Pages of numbers compress into many short elements (on the load benchmark's file, 21 million
 * elements of 7 bytes on average), so the cost is per element, not per byte. While at least
 * {@link INPUT_SLACK} input and {@link OUTPUT_SLACK} output bytes remain, a literal of up to 16
 * bytes and a copy whose offset is at least 4 are moved in 4-byte words through DataViews
 * (unaligned loads and stores), 16 or 8 bytes at a time, without per-element bounds checks: the
 * bytes written past the element's end are rewritten by the elements that follow, and the slack
 * keeps every access inside the arrays. Everything else (long literals: one `set`; long copies;
 * copies with offset < 4, which repeat a pattern shorter than a word; the last elements near the
 * ends) goes through {@link slowElement}, which checks everything.
 *
 * Same input checks as hyparquet's snappyUncompress (src/snappy.js), which is the oracle in
 * test/io/snappy.test.ts: malformed input throws an Error (the Parquet reader reports the file
 * as invalid).
 */
/** Input bytes the fast loop needs left: a tag, 4 offset bytes, a 16-byte literal read whole. */
const INPUT_SLACK = 21;
/** Output bytes the fast loop needs left: 16-byte literal writes, copies rounded up to 8 bytes. */
const OUTPUT_SLACK = 24;
/** Decompresses `input` into a new array of `outputLength` bytes (the page header's size). */
function snappyDecompress(input, outputLength) {
    const output = new Uint8Array(outputLength);
    snappyDecompressInto(input, output);
    return output;
}
/**
 * Decompresses `input` into `output`, which must be exactly the uncompressed length: a column's
 * own storage can be the target, so nothing outside `output` is ever written.
 */
function snappyDecompressInto(input, output) {
    const inputLength = input.length;
    const outputLength = output.length;
    let pos = 0;
    // The uncompressed length (a varint): the page header already says it.
    while (pos < inputLength && input[pos++] >= 128)
        ;
    if (outputLength > 0 && pos >= inputLength)
        throw new Error('invalid snappy length header');
    const inView = new DataView(input.buffer, input.byteOffset, input.byteLength);
    const outView = new DataView(output.buffer, output.byteOffset, output.byteLength);
    const inputFast = inputLength - INPUT_SLACK;
    const outputFast = outputLength - OUTPUT_SLACK;
    let out = 0;
    while (pos < inputLength) {
        while (pos < inputFast && out < outputFast) {
            const tag = input[pos];
            const kind = tag & 3;
            if (kind === 0) {
                const length = (tag >>> 2) + 1;
                if (length > 16)
                    break;
                // Most literals between copies are a few bytes: one word, two, or four.
                outView.setUint32(out, inView.getUint32(pos + 1, true), true);
                if (length > 4)
                    outView.setUint32(out + 4, inView.getUint32(pos + 5, true), true);
                if (length > 8) {
                    outView.setUint32(out + 8, inView.getUint32(pos + 9, true), true);
                    outView.setUint32(out + 12, inView.getUint32(pos + 13, true), true);
                }
                pos += length + 1;
                out += length;
                continue;
            }
            let length;
            let offset;
            let next;
            if (kind === 1) {
                length = ((tag >>> 2) & 7) + 4;
                offset = input[pos + 1] + ((tag >>> 5) << 8);
                next = pos + 2;
            }
            else if (kind === 2) {
                length = (tag >>> 2) + 1;
                offset = input[pos + 1] + (input[pos + 2] << 8);
                next = pos + 3;
            }
            else {
                length = (tag >>> 2) + 1;
                offset = input[pos + 1] + (input[pos + 2] << 8) + (input[pos + 3] << 16) + input[pos + 4] * 16777216;
                next = pos + 5;
            }
            // Offsets below 4 overlap within a word, bad offsets must throw, long copies may not fit.
            if (offset < 4 || offset > out || out + length > outputFast)
                break;
            let from = out - offset;
            const end = out + length;
            // Each 4-byte load ends at most where the store before it ended (offset >= 4): it reads
            // final bytes, so overlapping copies (offset < length) repeat their pattern correctly.
            while (out < end) {
                outView.setUint32(out, outView.getUint32(from, true), true);
                outView.setUint32(out + 4, outView.getUint32(from + 4, true), true);
                out += 8;
                from += 8;
            }
            out = end;
            pos = next;
        }
        if (pos >= inputLength)
            break;
        const at = slowElement(input, output, pos, out);
        pos = at.pos;
        out = at.out;
    }
    if (out !== outputLength)
        throw new Error('snappy: output shorter than declared');
}
/** Where the next element starts in the input and the output. */
const position = { pos: 0, out: 0 };
/** Decodes the one element at `pos` with every bounds check; returns the shared {@link position}. */
function slowElement(input, output, pos, out) {
    const inputLength = input.length;
    const outputLength = output.length;
    const tag = input[pos++];
    if (pos >= inputLength)
        throw new Error('snappy: missing end of input');
    let length;
    if ((tag & 3) === 0) {
        // A literal: length-1 in the tag's upper 6 bits, or in the next 1-4 bytes (tag 60-63).
        length = (tag >>> 2) + 1;
        if (length > 60) {
            const size = length - 60;
            if (pos + size > inputLength)
                throw new Error('snappy: literal length beyond the input');
            length = 0;
            for (let k = size - 1; k >= 0; k--)
                length = length * 256 + input[pos + k];
            length += 1;
            pos += size;
        }
        if (pos + length > inputLength)
            throw new Error('snappy: literal beyond the input');
        if (out + length > outputLength)
            throw new Error('snappy: output longer than declared');
        if (length >= 16)
            output.set(input.subarray(pos, pos + length), out);
        else
            for (let k = 0; k < length; k++)
                output[out + k] = input[pos + k];
        position.pos = pos + length;
        position.out = out + length;
        return position;
    }
    let offset;
    if ((tag & 3) === 1) {
        length = ((tag >>> 2) & 7) + 4;
        offset = input[pos] + ((tag >>> 5) << 8);
        pos += 1;
    }
    else if ((tag & 3) === 2) {
        if (pos + 2 > inputLength)
            throw new Error('snappy: copy beyond the input');
        length = (tag >>> 2) + 1;
        offset = input[pos] + (input[pos + 1] << 8);
        pos += 2;
    }
    else {
        if (pos + 4 > inputLength)
            throw new Error('snappy: copy beyond the input');
        length = (tag >>> 2) + 1;
        offset = input[pos] + (input[pos + 1] << 8) + (input[pos + 2] << 16) + input[pos + 3] * 16777216;
        pos += 4;
    }
    if (offset === 0 || offset > out)
        throw new Error('snappy: copy from before the start of the output');
    if (out + length > outputLength)
        throw new Error('snappy: output longer than declared');
    const from = out - offset;
    // An overlapping copy (offset < length) repeats the last `offset` bytes: byte by byte.
    if (length >= 16 && offset >= length)
        output.copyWithin(out, from, from + length);
    else
        for (let k = 0; k < length; k++)
            output[out + k] = output[from + k];
    position.pos = pos;
    position.out = out + length;
    return position;
}

;// CONCATENATED MODULE: ./src/io/parquet-codecs.ts




/** node:zlib's ZSTD decoder, when this Node has one. */
const nativeZstd = external_node_zlib_namespaceObject.zstdDecompressSync;
/** Which ZSTD decoder this process uses (named in tests and the benchmark). */
const ZSTD_DECODER = nativeZstd !== undefined ? 'node:zlib' : 'fzstd';
/** The pure-JS decoder, also used where node:zlib has one (tests compare the two). */
const fzstdDecoder = (input) => decompress(input);
const zstd = nativeZstd !== undefined ? (input) => new Uint8Array(nativeZstd(input)) : fzstdDecoder;
/** For hyparquet's page readers (the general path). */
const COMPRESSORS = {
    SNAPPY: snappyDecompress,
    GZIP: (input) => new Uint8Array((0,external_node_zlib_namespaceObject.gunzipSync)(input)),
    BROTLI: (input) => new Uint8Array((0,external_node_zlib_namespaceObject.brotliDecompressSync)(input)),
    ZSTD: zstd,
};
/** Decompresses `input` into all of `output`, whose length is the page header's uncompressed size. */
function decompressInto(codec, input, output) {
    if (codec === 'SNAPPY') {
        snappyDecompressInto(input, output);
        return;
    }
    let bytes = input;
    if (codec !== 'UNCOMPRESSED') {
        const decompress = COMPRESSORS[codec];
        if (decompress === undefined)
            throw new Error(`parquet unsupported compression codec: ${codec}`);
        bytes = decompress(input, output.length);
    }
    if (bytes.length !== output.length)
        throw new Error(`decompressed page length ${bytes.length} does not match header ${output.length}`);
    output.set(bytes);
}

;// CONCATENATED MODULE: ./src/io/parquet-levels.ts
/**
 * Parquet's RLE / bit-packing hybrid (definition levels, dictionary indices), decoded into
 * caller-owned typed arrays that are reused from page to page.
 *
 * The stream is a sequence of runs, each introduced by a varint header: an even header is a
 * repeated run (`header >>> 1` copies of one value stored in ceil(bitWidth / 8) little-endian
 * bytes); an odd header is a bit-packed run of `(header >>> 1) * 8` values, `bitWidth` bits each,
 * least significant bit first. A repeated run is a `fill`, which is what makes a column without
 * nulls cost next to nothing (its levels are a single run). Truncated or out-of-range data
 * throws an Error (the Parquet reader reports the file as invalid).
 */
/**
 * Decodes `count` levels with maximum `max` (1-255; the bit width follows from it) from
 * `bytes[start, end)` into `out[0, count)`; returns how many equal `max` (for definition levels
 * of a flat column: the rows that hold a value).
 */
function readLevels(bytes, start, end, count, out, max) {
    if (max < 1 || max > 255)
        throw new Error(`unsupported maximum level ${max}`);
    const bitWidth = 32 - Math.clz32(max);
    let pos = start;
    let seen = 0;
    let atMax = 0;
    while (seen < count) {
        const header = readVarint(bytes, pos, end);
        pos = varintEnd;
        if ((header & 1) === 0) {
            const run = Math.min(header / 2, count - seen);
            if (pos >= end)
                throw new Error('level data ends inside a run');
            const value = bytes[pos++];
            if (value > max)
                throw new Error(`level ${value} above the maximum ${max}`);
            out.fill(value, seen, seen + run);
            if (value === max)
                atMax += run;
            seen += run;
            continue;
        }
        const values = (header - 1) * 4;
        const byteCount = (values * bitWidth) / 8;
        if (pos + byteCount > end)
            throw new Error('level data ends inside a bit-packed run');
        const take = Math.min(values, count - seen);
        if (bitWidth === 1) {
            // max is 1: every bit is a valid level.
            for (let k = 0; k < take; k++) {
                const bit = (bytes[pos + (k >>> 3)] >>> (k & 7)) & 1;
                out[seen + k] = bit;
                atMax += bit;
            }
        }
        else {
            const mask = (1 << bitWidth) - 1;
            for (let k = 0; k < take; k++) {
                const bit = k * bitWidth;
                const at = pos + (bit >>> 3);
                // A level spans at most two bytes (7 + 8 bits); a missing second byte reads as 0.
                const value = ((bytes[at] | (bytes[at + 1] << 8)) >>> (bit & 7)) & mask;
                if (value > max)
                    throw new Error(`level ${value} above the maximum ${max}`);
                out[seen + k] = value;
                if (value === max)
                    atMax++;
            }
        }
        pos += byteCount;
        seen += take;
    }
    return atMax;
}
/**
 * Decodes `count` dictionary indices of `bitWidth` bits (0-32) from `bytes[start, end)` into
 * `out[0, count)`, checking each is below `dictionarySize`.
 */
function readIndices(bytes, start, end, bitWidth, count, out, dictionarySize) {
    if (bitWidth > 32)
        throw new Error(`invalid dictionary index bit width ${bitWidth}`);
    if (bitWidth === 0) {
        if (count > 0 && dictionarySize === 0)
            throw new Error('dictionary index 0 beyond a dictionary of 0 entries');
        out.fill(0, 0, count);
        return;
    }
    const valueBytes = (bitWidth + 7) >>> 3;
    let pos = start;
    let seen = 0;
    while (seen < count) {
        const header = readVarint(bytes, pos, end);
        pos = varintEnd;
        if ((header & 1) === 0) {
            const run = Math.min(header / 2, count - seen);
            if (pos + valueBytes > end)
                throw new Error('dictionary indices end inside a run');
            let value = 0;
            for (let b = valueBytes - 1; b >= 0; b--)
                value = value * 256 + bytes[pos + b];
            pos += valueBytes;
            if (value >= dictionarySize)
                throw new Error(`dictionary index ${value} beyond a dictionary of ${dictionarySize} entries`);
            out.fill(value, seen, seen + run);
            seen += run;
            continue;
        }
        const values = (header - 1) * 4;
        const byteCount = (values * bitWidth) / 8;
        if (pos + byteCount > end)
            throw new Error('dictionary indices end inside a bit-packed run');
        const take = Math.min(values, count - seen);
        let bad = 0;
        if (bitWidth <= 24) {
            // Whole bytes are shifted into a 32-bit window; a value never spans more than 4 bytes.
            const mask = (1 << bitWidth) - 1;
            let window = 0;
            let bits = 0;
            let at = pos;
            for (let k = 0; k < take; k++) {
                while (bits < bitWidth) {
                    window |= bytes[at++] << bits;
                    bits += 8;
                }
                const value = window & mask;
                window >>>= bitWidth;
                bits -= bitWidth;
                out[seen + k] = value;
                bad |= dictionarySize - 1 - value;
            }
        }
        else {
            for (let k = 0; k < take; k++) {
                let value = 0;
                const first = k * bitWidth;
                for (let b = bitWidth - 1; b >= 0; b--)
                    value = value * 2 + ((bytes[pos + ((first + b) >>> 3)] >>> ((first + b) & 7)) & 1);
                if (value >= dictionarySize)
                    bad = -1;
                out[seen + k] = value;
            }
        }
        // A negative `dictionarySize - 1 - value` (sign bit set) marks an index beyond the dictionary.
        if (bad < 0)
            throw new Error(`a dictionary index beyond a dictionary of ${dictionarySize} entries`);
        pos += byteCount;
        seen += take;
    }
}
/** Where the last {@link readVarint} ended. */
let varintEnd = 0;
/** An unsigned LEB128 varint (run headers), up to 2^53. */
function readVarint(bytes, pos, end) {
    let value = 0;
    let scale = 1;
    for (;;) {
        if (pos >= end)
            throw new Error('level data ends inside a run header');
        const byte = bytes[pos++];
        value += (byte & 127) * scale;
        if (byte < 128)
            break;
        scale *= 128;
        if (scale > 2 ** 49)
            throw new Error('run header too long');
    }
    varintEnd = pos;
    return value;
}

;// CONCATENATED MODULE: ./src/io/parquet-direct.ts


/** Annotations of numeric columns that the fast path converts; any other goes the general way. */
const NUMERIC_ANNOTATIONS = new Set([
    undefined, 'INT_8', 'INT_16', 'INT_32', 'INT_64', 'UINT_8', 'UINT_16', 'UINT_32', 'UINT_64', 'DATE', 'TIMESTAMP_MILLIS', 'TIMESTAMP_MICROS',
]);
function plainNumbers(element) {
    const converted = element.converted_type;
    const logical = element.logical_type;
    if (!NUMERIC_ANNOTATIONS.has(converted))
        return undefined;
    if (logical !== undefined && logical.type !== 'INTEGER' && logical.type !== 'DATE' && logical.type !== 'TIMESTAMP')
        return undefined;
    const unsignedOf = (bits) => logical?.type === 'INTEGER' && logical.bitWidth === bits && !logical.isSigned;
    switch (element.type) {
        case 'DOUBLE':
        case 'FLOAT':
            return converted === undefined && logical === undefined ? { kind: element.type === 'DOUBLE' ? 'double' : 'float' } : undefined;
        case 'INT32':
            if (converted === 'DATE')
                return { kind: 'int32', unsigned: false, multiply: 86400000 };
            if (converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS' || logical?.type === 'TIMESTAMP')
                return undefined;
            return { kind: 'int32', unsigned: converted === 'UINT_32' || unsignedOf(32), multiply: 1 };
        case 'INT64': {
            if (converted === 'DATE')
                return undefined;
            if (converted === 'TIMESTAMP_MILLIS')
                return { kind: 'int64', unsigned: false, divide: 1, exact: false };
            if (converted === 'TIMESTAMP_MICROS')
                return { kind: 'int64', unsigned: false, divide: 1e3, exact: false };
            if (converted === 'UINT_64' || unsignedOf(64))
                return { kind: 'int64', unsigned: true, divide: 1, exact: true };
            if (logical?.type === 'TIMESTAMP') {
                const divide = logical.unit === 'MILLIS' ? 1 : logical.unit === 'MICROS' ? 1e3 : 1e6;
                return { kind: 'int64', unsigned: false, divide, exact: false };
            }
            return { kind: 'int64', unsigned: false, divide: 1, exact: true };
        }
        default:
            return undefined;
    }
}
/** UTF-8 text as hyparquet's convert() returns it for BYTE_ARRAY (bytes, interned by the sink). */
function isPlainText(element) {
    const converted = element.converted_type;
    const logical = element.logical_type?.type;
    return element.type === 'BYTE_ARRAY' && (converted === undefined || converted === 'UTF8' || converted === 'ENUM') &&
        (logical === undefined || logical === 'STRING' || logical === 'ENUM');
}
/** Growable buffers reused by every page of a load (one set per load, never shared). */
class PageScratch {
    page = new Uint8Array(0);
    aligned = new Uint8Array(0);
    levelBytes = new Uint8Array(0);
    indexValues = new Int32Array(0);
    staged = new Float64Array(0);
    /** A decompressed page (8-aligned). */
    bytes(length) {
        if (this.page.length < length)
            this.page = new Uint8Array(roomFor(length));
        return this.page.subarray(0, length);
    }
    /** An 8-aligned copy of `bytes` (values that follow v1 levels start anywhere). */
    alignedCopy(bytes) {
        if (this.aligned.length < bytes.length)
            this.aligned = new Uint8Array(roomFor(bytes.length));
        this.aligned.set(bytes);
        return this.aligned.subarray(0, bytes.length);
    }
    levels(length) {
        if (this.levelBytes.length < length)
            this.levelBytes = new Uint8Array(roomFor(length));
        return this.levelBytes;
    }
    indices(length) {
        if (this.indexValues.length < length)
            this.indexValues = new Int32Array(roomFor(length));
        return this.indexValues;
    }
    numbers(length) {
        if (this.staged.length < length)
            this.staged = new Float64Array(roomFor(length));
        return this.staged;
    }
}
/** Sizes rounded up to 64 Ki elements, so pages of similar size share one buffer. */
function roomFor(length) {
    return Math.ceil(length / 65536) * 65536;
}
/** Decodes one column chunk's data pages into a {@link DirectColumn}, when it can. */
class DirectPages {
    column;
    codec;
    maxDefinition;
    scratch;
    plain;
    constructor(column, element, codec, maxDefinition, scratch) {
        this.column = column;
        this.codec = codec;
        this.maxDefinition = maxDefinition;
        this.scratch = scratch;
        this.plain = column.numbers !== undefined ? plainNumbers(element) : isPlainText(element) ? 'text' : undefined;
    }
    /**
     * Decodes the data page `page` (its bytes after the header) of `rows` rows from `rowStart`;
     * false (nothing written) when this page needs the general decoder.
     */
    decode(header, page, rowStart) {
        if (this.maxDefinition > 1)
            return false;
        const v2 = header.data_page_header_v2;
        const v1 = header.data_page_header;
        const encoding = v2?.encoding ?? v1?.encoding;
        const indexed = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
        if (!indexed && !(encoding === 'PLAIN' && this.plain !== undefined))
            return false;
        const optional = this.maxDefinition === 1;
        let rows;
        let values;
        let defined;
        let levels;
        if (header.type === 'DATA_PAGE_V2' && v2 !== undefined) {
            if (v2.repetition_levels_byte_length !== 0)
                return false;
            rows = v2.num_values;
            const levelBytes = v2.definition_levels_byte_length;
            const size = header.uncompressed_page_size - levelBytes;
            if (levelBytes > page.length || size < 0)
                throw new Error('a data page is shorter than its levels');
            defined = rows;
            if (optional && v2.num_nulls !== 0) {
                levels = this.scratch.levels(rows);
                defined = readLevels(page, 0, levelBytes, rows, levels, 1);
                if (rows - defined !== v2.num_nulls)
                    throw new Error(`a data page says ${v2.num_nulls} nulls but its levels hold ${rows - defined}`);
            }
            const body = page.subarray(levelBytes);
            const compressed = v2.is_compressed !== false && this.codec !== 'UNCOMPRESSED';
            if (!indexed && defined === rows && this.intoColumn(rowStart, rows, size, compressed ? this.codec : 'UNCOMPRESSED', body))
                return true;
            if (compressed) {
                values = this.scratch.bytes(size);
                decompressInto(this.codec, body, values);
            }
            else {
                if (body.length < size)
                    throw new Error('a data page is shorter than its header says');
                values = body.subarray(0, size);
            }
        }
        else if (header.type === 'DATA_PAGE' && v1 !== undefined) {
            if (optional && v1.definition_level_encoding !== 'RLE')
                return false;
            rows = v1.num_values;
            const size = header.uncompressed_page_size;
            if (!optional && !indexed && this.intoColumn(rowStart, rows, size, this.codec, page))
                return true;
            let bytes = page;
            if (this.codec !== 'UNCOMPRESSED') {
                bytes = this.scratch.bytes(size);
                decompressInto(this.codec, page, bytes);
            }
            else if (page.length !== size) {
                throw new Error('a data page is not as long as its header says');
            }
            let start = 0;
            defined = rows;
            if (optional) {
                if (size < 4)
                    throw new Error('a data page ends before its levels');
                const levelBytes = (bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24)) >>> 0;
                start = 4 + levelBytes;
                if (start > size)
                    throw new Error('a data page is shorter than its levels');
                levels = this.scratch.levels(rows);
                defined = readLevels(bytes, 4, start, rows, levels, 1);
            }
            values = bytes.subarray(start, size);
        }
        else {
            return false;
        }
        const column = this.column;
        if (defined === rows)
            levels = undefined;
        column.nullCount += rows - defined;
        if (indexed)
            this.indices(values, rowStart, rows, defined, levels);
        else if (this.plain === 'text')
            this.text(values, rowStart, rows, levels);
        else
            this.numbers(this.plain, values, rowStart, rows, defined, levels);
        return true;
    }
    /**
     * A page of PLAIN doubles without nulls whose values are the whole (decompressed) body:
     * decompressed straight into the column. False when the page is not that.
     */
    intoColumn(rowStart, rows, size, codec, body) {
        const numbers = this.column.numbers;
        if (numbers === undefined || this.plain === 'text' || this.plain?.kind !== 'double' || size !== rows * 8)
            return false;
        if (rowStart + rows > numbers.length)
            throw new Error('a data page holds more rows than the file');
        const target = new Uint8Array(numbers.buffer, numbers.byteOffset + rowStart * 8, rows * 8);
        if (codec === 'UNCOMPRESSED') {
            if (body.length < size)
                throw new Error('a data page is shorter than its header says');
            target.set(body.subarray(0, size));
        }
        else {
            decompressInto(codec, body, target);
        }
        this.column.nullCount += countNaN(numbers, rowStart, rows);
        return true;
    }
    numbers(plain, values, rowStart, rows, defined, levels) {
        const numbers = this.column.numbers;
        if (rowStart + rows > numbers.length)
            throw new Error('a data page holds more rows than the file');
        const width = plain.kind === 'double' || plain.kind === 'int64' ? 8 : 4;
        const byteLength = defined * width;
        if (values.length < byteLength)
            throw new Error('a data page holds fewer values than its levels say');
        let bytes = values.subarray(0, byteLength);
        if (bytes.byteOffset % width !== 0)
            bytes = this.scratch.alignedCopy(bytes);
        if (plain.kind === 'double') {
            const source = new Float64Array(bytes.buffer, bytes.byteOffset, defined);
            if (levels === undefined)
                numbers.set(source, rowStart);
            else
                spreadNumbers(source, levels, numbers, rowStart, rows);
            this.column.nullCount += countNaN(numbers, rowStart, rows) - (rows - defined);
            return;
        }
        // Converted straight into their rows when there are no nulls, else into a staging array.
        const target = levels === undefined ? numbers.subarray(rowStart, rowStart + rows) : this.scratch.numbers(defined);
        switch (plain.kind) {
            case 'float': {
                const source = new Float32Array(bytes.buffer, bytes.byteOffset, defined);
                for (let k = 0; k < defined; k++)
                    target[k] = source[k];
                break;
            }
            case 'int32': {
                const source = new Int32Array(bytes.buffer, bytes.byteOffset, defined);
                const multiply = plain.multiply;
                if (plain.unsigned)
                    for (let k = 0; k < defined; k++)
                        target[k] = (source[k] >>> 0) * multiply;
                else
                    for (let k = 0; k < defined; k++)
                        target[k] = source[k] * multiply;
                break;
            }
            case 'int64': {
                const words = new Int32Array(bytes.buffer, bytes.byteOffset, 2 * defined);
                const divide = plain.divide;
                // high * 2^32 is exact and adding the low word rounds once: Number(bigint) exactly.
                if (plain.unsigned)
                    for (let k = 0; k < defined; k++)
                        target[k] = ((words[2 * k + 1] >>> 0) * 4294967296 + (words[2 * k] >>> 0)) / divide;
                else
                    for (let k = 0; k < defined; k++)
                        target[k] = (words[2 * k + 1] * 4294967296 + (words[2 * k] >>> 0)) / divide;
                if (plain.exact && !this.column.beyondExactIntegers) {
                    for (let k = 0; k < defined; k++) {
                        const x = target[k];
                        if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER) {
                            this.column.beyondExactIntegers = true;
                            break;
                        }
                    }
                }
                break;
            }
        }
        if (levels !== undefined)
            spreadNumbers(target, levels, numbers, rowStart, rows);
        if (plain.kind === 'float')
            this.column.nullCount += countNaN(numbers, rowStart, rows) - (rows - defined);
    }
    text(values, rowStart, rows, levels) {
        const codes = this.column.codes;
        if (rowStart + rows > codes.length)
            throw new Error('a data page holds more rows than the file');
        const end = values.length;
        let pos = 0;
        for (let i = 0; i < rows; i++) {
            if (levels !== undefined && levels[i] !== 1) {
                codes[rowStart + i] = -1;
                continue;
            }
            if (pos + 4 > end)
                throw new Error('a data page holds fewer values than its levels say');
            const length = (values[pos] | (values[pos + 1] << 8) | (values[pos + 2] << 16) | (values[pos + 3] << 24)) >>> 0;
            const start = pos + 4;
            pos = start + length;
            if (pos > end)
                throw new Error('a text value runs past the end of its page');
            codes[rowStart + i] = this.column.intern(values, start, pos);
        }
    }
    indices(values, rowStart, rows, defined, levels) {
        if (values.length < 1 && defined > 0)
            throw new Error('a data page ends before its dictionary indices');
        const column = this.column;
        const numbers = column.numbers;
        const lookupNumbers = column.dictionaryNumbers;
        const lookupCodes = column.dictionaryCodes;
        const size = numbers !== undefined ? lookupNumbers.length : lookupCodes.length;
        const indices = this.scratch.indices(defined);
        if (defined > 0)
            readIndices(values, 1, values.length, values[0], defined, indices, size);
        if (numbers !== undefined) {
            if (rowStart + rows > numbers.length)
                throw new Error('a data page holds more rows than the file');
            if (levels === undefined)
                for (let i = 0; i < rows; i++)
                    numbers[rowStart + i] = lookupNumbers[indices[i]];
            else {
                let k = 0;
                for (let i = 0; i < rows; i++)
                    numbers[rowStart + i] = levels[i] === 1 ? lookupNumbers[indices[k++]] : NaN;
            }
            column.nullCount += countNaN(numbers, rowStart, rows) - (rows - defined);
            return;
        }
        const codes = column.codes;
        if (rowStart + rows > codes.length)
            throw new Error('a data page holds more rows than the file');
        if (levels === undefined)
            for (let i = 0; i < rows; i++)
                codes[rowStart + i] = lookupCodes[indices[i]];
        else {
            let k = 0;
            for (let i = 0; i < rows; i++)
                codes[rowStart + i] = levels[i] === 1 ? lookupCodes[indices[k++]] : -1;
        }
    }
}
/** Writes `source`'s values to the rows whose level is 1, NaN to the others. */
function spreadNumbers(source, levels, out, rowStart, rows) {
    let k = 0;
    for (let i = 0; i < rows; i++)
        out[rowStart + i] = levels[i] === 1 ? source[k++] : NaN;
}
function countNaN(values, start, count) {
    let n = 0;
    for (let i = start; i < start + count; i++)
        if (values[i] !== values[i])
            n++;
    return n;
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/column.js
/**
 * @import {ColumnDecoder, DataReader, DecodedArray, PageHeader, PageResult, RowGroupSelect, Statistics, SubColumnData} from '../src/types.js'
 */









/**
 * Parse column data from a buffer.
 *
 * @param {DataReader} reader
 * @param {RowGroupSelect} rowGroupSelect row group selection
 * @param {ColumnDecoder} columnDecoder column decoder params
 * @param {(chunk: SubColumnData) => void} [onPage] callback for each page
 * @returns {{ data: DecodedArray[], skipped: number }}
 */
function readColumn(reader, { groupStart, selectStart, selectEnd }, columnDecoder, onPage) {
  const { pathInSchema, schemaPath } = columnDecoder
  const isFlat = isFlatColumn(schemaPath)
  /** @type {DecodedArray[]} */
  const chunks = []
  /** @type {DecodedArray | undefined} */
  let dictionary = undefined
  /** @type {DecodedArray | undefined} */
  let lastChunk = undefined
  let rowCount = 0
  let skipped = 0

  const emitLastChunk = onPage && (() => {
    lastChunk && onPage({
      pathInSchema,
      columnData: lastChunk,
      rowStart: groupStart + rowCount - lastChunk.length,
      rowEnd: groupStart + rowCount,
    })
  })

  while (isFlat ? rowCount < selectEnd : reader.offset < reader.view.byteLength - 1) {
    if (reader.offset >= reader.view.byteLength - 1) break // end of reader

    // read page header
    const header = parquetHeader(reader)
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = readPage(reader, header, columnDecoder, dictionary, undefined, 0)
      if (data) dictionary = convert(data, columnDecoder)
    } else {
      const lastChunkLength = lastChunk?.length || 0
      const result = readPage(reader, header, columnDecoder, dictionary, lastChunk, selectStart - rowCount)
      if (result.skipped) {
        // skipped page - just advance row count, don't add to chunks
        if (!chunks.length) {
          skipped += result.skipped
        }
        rowCount += result.skipped
      } else if (result.data && lastChunk === result.data) {
        // continued from previous page
        rowCount += result.data.length - lastChunkLength
      } else if (result.data && result.data.length) {
        emitLastChunk?.()
        chunks.push(result.data)
        rowCount += result.data.length
        lastChunk = result.data
      }
    }
  }
  emitLastChunk?.()

  return { data: chunks, skipped }
}

/**
 * Read a page (data or dictionary) from a buffer.
 *
 * @param {DataReader} reader
 * @param {PageHeader} header
 * @param {ColumnDecoder} columnDecoder
 * @param {DecodedArray | undefined} dictionary
 * @param {DecodedArray | undefined} previousChunk
 * @param {number} pageStart skip this many rows in the page
 * @returns {PageResult}
 */
function readPage(reader, header, columnDecoder, dictionary, previousChunk, pageStart) {
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  // read compressed_page_size bytes
  const compressedBytes = new Uint8Array(
    reader.view.buffer, reader.view.byteOffset + reader.offset, header.compressed_page_size
  )
  reader.offset += header.compressed_page_size

  // parse page data by type
  if (header.type === 'DATA_PAGE') {
    const daph = header.data_page_header
    if (!daph) throw new Error('parquet data page header is undefined')

    // skip unnecessary non-nested pages
    if (pageStart > daph.num_values && isFlatColumn(schemaPath)) {
      return { skipped: daph.num_values }
    }

    const page = decompressPage(compressedBytes, Number(header.uncompressed_page_size), codec, compressors)
    const { definitionLevels, repetitionLevels, dataPage } = readDataPage(page, daph, columnDecoder)
    // assert(!daph.statistics?.null_count || daph.statistics.null_count === BigInt(daph.num_values - dataPage.length))

    // convert types, dereference dictionary, and assemble lists
    const values = convertWithDictionary(dataPage, dictionary, daph.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DATA_PAGE_V2') {
    const daph2 = header.data_page_header_v2
    if (!daph2) throw new Error('parquet data page header v2 is undefined')

    // skip unnecessary pages
    if (pageStart > daph2.num_rows) {
      return { skipped: daph2.num_rows }
    }

    const { definitionLevels, repetitionLevels, dataPage } =
      readDataPageV2(compressedBytes, header, columnDecoder)

    // convert types, dereference dictionary, and assemble lists
    const values = convertWithDictionary(dataPage, dictionary, daph2.encoding, columnDecoder)
    const output = Array.isArray(previousChunk) ? previousChunk : []
    const assembled = assembleLists(output, definitionLevels, repetitionLevels, values, schemaPath)
    return { skipped: 0, data: assembled }
  } else if (header.type === 'DICTIONARY_PAGE') {
    const diph = header.dictionary_page_header
    if (!diph) throw new Error('parquet dictionary page header is undefined')

    const page = decompressPage(
      compressedBytes, Number(header.uncompressed_page_size), codec, compressors
    )

    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }
    const dictArray = readPlain(reader, type, diph.num_values, element.type_length)
    return { skipped: 0, data: dictArray }
  } else {
    throw new Error(`parquet unsupported page type: ${header.type}`)
  }
}

/**
 * Read a page header from a buffer, leaving the reader at the start of the page data.
 *
 * @param {DataReader} reader
 * @returns {PageHeader}
 */
function parquetHeader(reader) {
  const header = deserializeTCompactProtocol(reader)

  // Parse parquet header from thrift data
  const type = PageTypes[header.field_1]
  const uncompressed_page_size = header.field_2
  const compressed_page_size = header.field_3
  const crc = header.field_4
  const data_page_header = header.field_5 && {
    num_values: header.field_5.field_1,
    encoding: Encodings[header.field_5.field_2],
    definition_level_encoding: Encodings[header.field_5.field_3],
    repetition_level_encoding: Encodings[header.field_5.field_4],
    statistics: pageStatistics(header.field_5.field_5),
  }
  const index_page_header = header.field_6
  const dictionary_page_header = header.field_7 && {
    num_values: header.field_7.field_1,
    encoding: Encodings[header.field_7.field_2],
    is_sorted: header.field_7.field_3,
  }
  const data_page_header_v2 = header.field_8 && {
    num_values: header.field_8.field_1,
    num_nulls: header.field_8.field_2,
    num_rows: header.field_8.field_3,
    encoding: Encodings[header.field_8.field_4],
    definition_levels_byte_length: header.field_8.field_5,
    repetition_levels_byte_length: header.field_8.field_6,
    is_compressed: header.field_8.field_7 === undefined ? true : header.field_8.field_7, // default true
    statistics: pageStatistics(header.field_8.field_8),
  }

  return {
    type,
    uncompressed_page_size,
    compressed_page_size,
    crc,
    data_page_header,
    index_page_header,
    dictionary_page_header,
    data_page_header_v2,
  }
}

/**
 * @param {any} stats thrift Statistics struct
 * @returns {Statistics | undefined}
 */
function pageStatistics(stats) {
  return stats && {
    max: stats.field_1,
    min: stats.field_2,
    null_count: stats.field_3,
    distinct_count: stats.field_4,
    max_value: stats.field_5,
    min_value: stats.field_6,
    is_max_value_exact: stats.field_7,
    is_min_value_exact: stats.field_8,
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/delta.js
/**
 * @import {DataReader} from '../src/types.js'
 */



/**
 * @param {DataReader} reader
 * @param {number} count number of values to read
 * @param {Int32Array | BigInt64Array} output
 */
function deltaBinaryUnpack(reader, count, output) {
  if (output instanceof Int32Array) {
    deltaBinaryUnpackInt32(reader, count, output)
    return
  }
  const blockSize = readVarInt(reader)
  const miniblockPerBlock = readVarInt(reader)
  readVarInt(reader) // assert(=== count)
  let value = readZigZagBigInt(reader) // first value
  let outputIndex = 0
  output[outputIndex++] = value

  const valuesPerMiniblock = blockSize / miniblockPerBlock

  while (outputIndex < count) {
    // new block
    const minDelta = readZigZagBigInt(reader)
    const bitWidths = new Uint8Array(miniblockPerBlock)
    for (let i = 0; i < miniblockPerBlock; i++) {
      bitWidths[i] = reader.view.getUint8(reader.offset++)
    }

    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      // new miniblock
      const bitWidth = bitWidths[i]
      if (bitWidth) {
        // Miniblock data lengths are multiples of four bytes.
        let bitpackPos = 0
        let miniblockCount = valuesPerMiniblock
        const mask = (1n << BigInt(bitWidth)) - 1n
        while (miniblockCount && outputIndex < count) {
          let bits = BigInt(reader.view.getUint32(reader.offset, true) >>> bitpackPos) & mask // TODO: don't re-read value every time
          bitpackPos += bitWidth
          while (bitpackPos >= 32) {
            bitpackPos -= 32
            reader.offset += 4
            if (bitpackPos) {
              bits |= BigInt(reader.view.getUint32(reader.offset, true)) << BigInt(bitWidth - bitpackPos) & mask
            }
          }
          const delta = minDelta + bits
          value += delta
          output[outputIndex++] = value
          miniblockCount--
        }
        if (miniblockCount) {
          // consume leftover miniblock
          reader.offset += Math.ceil((miniblockCount * bitWidth + bitpackPos) / 8)
        }
      } else {
        for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
          value += minDelta
          output[outputIndex++] = value
        }
      }
    }
  }
}

/**
 * Decode INT32 without BigInt arithmetic in the per-value loop.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {Int32Array} output
 */
function deltaBinaryUnpackInt32(reader, count, output) {
  const blockSize = readVarInt(reader)
  const miniblockPerBlock = readVarInt(reader)
  readVarInt(reader)
  let value = readZigZag(reader)
  let outputIndex = 0
  output[outputIndex++] = value
  const valuesPerMiniblock = blockSize / miniblockPerBlock
  const { view } = reader
  while (outputIndex < count) {
    const minDelta = readZigZagInt33(reader)
    const bitWidthsOffset = reader.offset
    let offset = bitWidthsOffset + miniblockPerBlock
    for (let i = 0; i < miniblockPerBlock && outputIndex < count; i++) {
      const bitWidth = view.getUint8(bitWidthsOffset + i)
      const end = offset + valuesPerMiniblock * bitWidth / 8
      let bitOffset = 0
      for (let j = 0; j < valuesPerMiniblock && outputIndex < count; j++) {
        let residual = 0
        let bitsRead = 0
        while (bitsRead < bitWidth) {
          const bitsToRead = Math.min(8 - bitOffset, bitWidth - bitsRead)
          // Residual bits at 32 and above vanish modulo 2^32.
          if (bitsRead < 32) {
            residual |= (view.getUint8(offset) >>> bitOffset & (1 << bitsToRead) - 1) << bitsRead
          }
          bitsRead += bitsToRead
          bitOffset += bitsToRead
          if (bitOffset === 8) {
            bitOffset = 0
            offset++
          }
        }
        // Parquet INT32 delta arithmetic wraps in two's complement.
        value = value + minDelta + residual | 0
        output[outputIndex++] = value
      }
      // Consume the entire padded miniblock, but not unused miniblock bodies.
      offset = end
    }
    reader.offset = offset
  }
}

/**
 * Read a zigzag varint modulo 2^32. INT32 deltas can need 33 bits, which
 * readZigZag truncates, but only the low 32 bits of the decoded value matter.
 * readVarInt keeps the low 32 zigzag bits of a 5-byte varint; bit 32 is bit 4
 * of the fifth byte. Reusing readVarInt keeps the caller's hot loop fast.
 *
 * @param {DataReader} reader
 * @returns {number}
 */
function readZigZagInt33(reader) {
  const start = reader.offset
  const low = readVarInt(reader)
  const high = reader.offset - start === 5 ? reader.view.getUint8(start + 4) >>> 4 & 1 : 0
  return (low >>> 1 | high << 31) ^ -(low & 1)
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaLengthByteArray(reader, count, output) {
  const lengths = new Int32Array(count)
  deltaBinaryUnpack(reader, count, lengths)
  for (let i = 0; i < count; i++) {
    output[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, lengths[i])
    reader.offset += lengths[i]
  }
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {Uint8Array[]} output
 */
function deltaByteArray(reader, count, output) {
  const prefixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, prefixData)
  const suffixData = new Int32Array(count)
  deltaBinaryUnpack(reader, count, suffixData)

  for (let i = 0; i < count; i++) {
    const suffix = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, suffixData[i])
    if (prefixData[i]) {
      // copy from previous value
      output[i] = new Uint8Array(prefixData[i] + suffixData[i])
      output[i].set(output[i - 1].subarray(0, prefixData[i]))
      output[i].set(suffix, prefixData[i])
    } else {
      output[i] = suffix
    }
    reader.offset += suffixData[i]
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/encoding.js
/**
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 */



/**
 * Read values from a run-length encoded/bit-packed hybrid encoding.
 *
 * If length is zero, then read int32 length at the start.
 *
 * @param {DataReader} reader
 * @param {number} width - bitwidth
 * @param {DecodedArray} output
 * @param {number} [length] - length of the encoded data
 */
function readRleBitPackedHybrid(reader, width, output, length) {
  if (length === undefined) {
    length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
  }
  const startOffset = reader.offset
  let seen = 0
  while (seen < output.length) {
    const header = readVarInt(reader)
    if (header & 1) {
      // bit-packed
      seen = readBitPacked(reader, header, width, output, seen)
    } else {
      // rle
      const count = header >>> 1
      readRle(reader, count, width, output, seen)
      seen += count
    }
  }
  reader.offset = startOffset + length // duckdb writes an empty block
}

/**
 * Run-length encoding: read value with bitWidth and repeat it count times.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 */
function readRle(reader, count, bitWidth, output, seen) {
  const width = bitWidth + 7 >> 3
  let value = 0
  for (let i = 0; i < width; i++) {
    value |= reader.view.getUint8(reader.offset++) << (i << 3)
  }
  // assert(value < 1 << bitWidth)

  // repeat value count times
  for (let i = 0; i < count; i++) {
    output[seen + i] = value
  }
}

/**
 * Read a bit-packed run of the rle/bitpack hybrid.
 * Supports width > 8 (crossing bytes).
 *
 * @param {DataReader} reader
 * @param {number} header - bit-pack header
 * @param {number} bitWidth
 * @param {DecodedArray} output
 * @param {number} seen
 * @returns {number} total output values so far
 */
function readBitPacked(reader, header, bitWidth, output, seen) {
  let count = header >> 1 << 3 // values to read
  const mask = (1 << bitWidth) - 1

  let data = 0
  if (reader.offset < reader.view.byteLength) {
    data = reader.view.getUint8(reader.offset++)
  } else if (mask) {
    // sometimes out-of-bounds reads are masked out
    throw new Error(`parquet bitpack offset ${reader.offset} out of range`)
  }
  let left = 8
  let right = 0

  // read values
  while (count) {
    // if we have crossed a byte boundary, shift the data
    if (right > 8) {
      right -= 8
      left -= 8
      data >>>= 8
    } else if (left - right < bitWidth) {
      // if we don't have bitWidth number of bits to read, read next byte
      data |= reader.view.getUint8(reader.offset) << left
      reader.offset++
      left += 8
    } else {
      if (seen < output.length) {
        // emit value
        output[seen++] = data >> right & mask
      }
      count--
      right += bitWidth
    }
  }

  return seen
}

/**
 * @param {DataReader} reader
 * @param {number} count
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {DecodedArray}
 */
function byteStreamSplit(reader, count, type, typeLength) {
  const width = byteWidth(type, typeLength)
  const bytes = new Uint8Array(count * width)
  for (let b = 0; b < width; b++) {
    for (let i = 0; i < count; i++) {
      bytes[i * width + b] = reader.view.getUint8(reader.offset++)
    }
  }
  // interpret bytes as typed array
  if (type === 'FLOAT') return new Float32Array(bytes.buffer)
  else if (type === 'DOUBLE') return new Float64Array(bytes.buffer)
  else if (type === 'INT32') return new Int32Array(bytes.buffer)
  else if (type === 'INT64') return new BigInt64Array(bytes.buffer)
  else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    // split into arrays of typeLength
    const split = new Array(count)
    for (let i = 0; i < count; i++) {
      split[i] = bytes.subarray(i * width, (i + 1) * width)
    }
    return split
  }
  throw new Error(`parquet byte_stream_split unsupported type: ${type}`)
}

/**
 * @param {ParquetType} type
 * @param {number | undefined} typeLength
 * @returns {number}
 */
function byteWidth(type, typeLength) {
  switch (type) {
  case 'INT32':
  case 'FLOAT':
    return 4
  case 'INT64':
  case 'DOUBLE':
    return 8
  case 'FIXED_LEN_BYTE_ARRAY':
    if (!typeLength) throw new Error('parquet byteWidth missing type_length')
    return typeLength
  default:
    throw new Error(`parquet unsupported type: ${type}`)
  }
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/plain.js
/**
 * Read `count` values of the given type from the reader.view.
 *
 * @param {DataReader} reader - buffer to read data from
 * @param {ParquetType} type - parquet type of the data
 * @param {number} count - number of values to read
 * @param {number | undefined} fixedLength - length of each fixed length byte array
 * @returns {DecodedArray} array of values
 */
function plain_readPlain(reader, type, count, fixedLength) {
  if (count === 0) return []
  if (type === 'BOOLEAN') {
    return readPlainBoolean(reader, count)
  } else if (type === 'INT32') {
    return readPlainInt32(reader, count)
  } else if (type === 'INT64') {
    return readPlainInt64(reader, count)
  } else if (type === 'INT96') {
    return readPlainInt96(reader, count)
  } else if (type === 'FLOAT') {
    return readPlainFloat(reader, count)
  } else if (type === 'DOUBLE') {
    return readPlainDouble(reader, count)
  } else if (type === 'BYTE_ARRAY') {
    return readPlainByteArray(reader, count)
  } else if (type === 'FIXED_LEN_BYTE_ARRAY') {
    if (!fixedLength) throw new Error('parquet missing fixed length')
    return readPlainByteArrayFixed(reader, count, fixedLength)
  } else {
    throw new Error(`parquet unhandled type: ${type}`)
  }
}

/**
 * Read `count` boolean values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {boolean[]}
 */
function readPlainBoolean(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const byteOffset = reader.offset + (i / 8 | 0)
    const bitOffset = i % 8
    const byte = reader.view.getUint8(byteOffset)
    values[i] = (byte & 1 << bitOffset) !== 0
  }
  reader.offset += Math.ceil(count / 8)
  return values
}

/**
 * Read `count` int32 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Int32Array}
 */
function readPlainInt32(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Int32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Int32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` int64 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {BigInt64Array}
 */
function readPlainInt64(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new BigInt64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new BigInt64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` int96 values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {bigint[]}
 */
function readPlainInt96(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const low = reader.view.getBigInt64(reader.offset + i * 12, true)
    const high = reader.view.getInt32(reader.offset + i * 12 + 8, true)
    values[i] = BigInt(high) << 64n | low
  }
  reader.offset += count * 12
  return values
}

/**
 * Read `count` float values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float32Array}
 */
function readPlainFloat(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 4
    ? new Float32Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 4))
    : new Float32Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 4
  return values
}

/**
 * Read `count` double values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Float64Array}
 */
function readPlainDouble(reader, count) {
  const values = (reader.view.byteOffset + reader.offset) % 8
    ? new Float64Array(align(reader.view.buffer, reader.view.byteOffset + reader.offset, count * 8))
    : new Float64Array(reader.view.buffer, reader.view.byteOffset + reader.offset, count)
  reader.offset += count * 8
  return values
}

/**
 * Read `count` byte array values.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @returns {Uint8Array[]}
 */
function readPlainByteArray(reader, count) {
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    const length = reader.view.getUint32(reader.offset, true)
    reader.offset += 4
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, length)
    reader.offset += length
  }
  return values
}

/**
 * Read a fixed length byte array.
 *
 * @param {DataReader} reader
 * @param {number} count
 * @param {number} fixedLength
 * @returns {Uint8Array[]}
 */
function readPlainByteArrayFixed(reader, count, fixedLength) {
  // assert(reader.view.byteLength - reader.offset >= count * fixedLength)
  const values = new Array(count)
  for (let i = 0; i < count; i++) {
    values[i] = new Uint8Array(reader.view.buffer, reader.view.byteOffset + reader.offset, fixedLength)
    reader.offset += fixedLength
  }
  return values
}

/**
 * Create a new buffer with the offset and size.
 *
 * @import {DataReader, DecodedArray, ParquetType} from '../src/types.js'
 * @param {ArrayBufferLike} buffer
 * @param {number} offset
 * @param {number} size
 * @returns {ArrayBuffer}
 */
function align(buffer, offset, size) {
  const aligned = new ArrayBuffer(size)
  new Uint8Array(aligned).set(new Uint8Array(buffer, offset, size))
  return aligned
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/snappy.js
/**
 * The MIT License (MIT)
 * Copyright (c) 2016 Zhipeng Jia
 * https://github.com/zhipeng-jia/snappyjs
 */

const WORD_MASK = [0, 0xff, 0xffff, 0xffffff, 0xffffffff]

/**
 * Copy bytes from one array to another
 *
 * @param {Uint8Array} fromArray source array
 * @param {number} fromPos source position
 * @param {Uint8Array} toArray destination array
 * @param {number} toPos destination position
 * @param {number} length number of bytes to copy
 */
function copyBytes(fromArray, fromPos, toArray, toPos, length) {
  for (let i = 0; i < length; i++) {
    toArray[toPos + i] = fromArray[fromPos + i]
  }
}

/**
 * Decompress snappy data.
 * Accepts an output buffer to avoid allocating a new buffer for each call.
 *
 * @param {Uint8Array} input compressed data
 * @param {Uint8Array} output output buffer
 */
function snappyUncompress(input, output) {
  const inputLength = input.byteLength
  const outputLength = output.byteLength
  let pos = 0
  let outPos = 0

  // skip preamble (contains uncompressed length as varint)
  while (pos < inputLength) {
    const c = input[pos]
    pos++
    if (c < 128) {
      break
    }
  }
  if (outputLength && pos >= inputLength) {
    throw new Error('invalid snappy length header')
  }

  while (pos < inputLength) {
    const c = input[pos]
    let len = 0
    pos++

    if (pos >= inputLength) {
      throw new Error('missing eof marker')
    }

    // There are two types of elements, literals and copies (back references)
    if ((c & 0x3) === 0) {
      // Literals are uncompressed data stored directly in the byte stream
      let len = (c >>> 2) + 1
      // Longer literal length is encoded in multiple bytes
      if (len > 60) {
        if (pos + 3 >= inputLength) {
          throw new Error('snappy error literal pos + 3 >= inputLength')
        }
        const lengthSize = len - 60 // length bytes - 1
        len = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        len = (len & WORD_MASK[lengthSize]) + 1
        pos += lengthSize
      }
      if (pos + len > inputLength) {
        throw new Error('snappy error literal exceeds input length')
      }
      copyBytes(input, pos, output, outPos, len)
      pos += len
      outPos += len
    } else {
      // Copy elements
      let offset = 0 // offset back from current position to read
      switch (c & 0x3) {
      case 1:
        // Copy with 1-byte offset
        len = (c >>> 2 & 0x7) + 4
        offset = input[pos] + (c >>> 5 << 8)
        pos++
        break
      case 2:
        // Copy with 2-byte offset
        if (inputLength <= pos + 1) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos] + (input[pos + 1] << 8)
        pos += 2
        break
      case 3:
        // Copy with 4-byte offset
        if (inputLength <= pos + 3) {
          throw new Error('snappy error end of input')
        }
        len = (c >>> 2) + 1
        offset = input[pos]
          + (input[pos + 1] << 8)
          + (input[pos + 2] << 16)
          + (input[pos + 3] << 24)
        pos += 4
        break
      default:
        break
      }
      if (offset === 0 || isNaN(offset)) {
        throw new Error(`invalid offset ${offset} pos ${pos} inputLength ${inputLength}`)
      }
      if (offset > outPos) {
        throw new Error('cannot copy from before start of buffer')
      }
      copyBytes(output, outPos - offset, output, outPos, len)
      outPos += len
    }
  }

  if (outPos !== outputLength) throw new Error('premature end of input')
}

;// CONCATENATED MODULE: ./node_modules/hyparquet/src/datapage.js
/**
 * @import {ColumnDecoder, CompressionCodec, Compressors, DataPage, DataPageHeader, DataPageHeaderV2, DataReader, DecodedArray, PageHeader, SchemaTree} from '../src/types.js'
 */







/**
 * Read a data page from uncompressed reader.
 *
 * @param {Uint8Array} bytes raw page data (should already be decompressed)
 * @param {DataPageHeader} daph data page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function datapage_readDataPage(bytes, daph, { type, element, schemaPath }) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const reader = { view, offset: 0 }
  /** @type {DecodedArray} */
  let dataPage

  // repetition and definition levels
  const repetitionLevels = readRepetitionLevels(reader, daph, schemaPath)
  // assert(!repetitionLevels.length || repetitionLevels.length === daph.num_values)
  const { definitionLevels, numNulls } = readDefinitionLevels(reader, daph, schemaPath)
  // assert(!definitionLevels.length || definitionLevels.length === daph.num_values)

  // read values based on encoding
  const nValues = daph.num_values - numNulls
  if (daph.encoding === 'PLAIN') {
    dataPage = plain_readPlain(reader, type, nValues, element.type_length)
  } else if (
    daph.encoding === 'PLAIN_DICTIONARY' ||
    daph.encoding === 'RLE_DICTIONARY' ||
    daph.encoding === 'RLE'
  ) {
    const bitWidth = type === 'BOOLEAN' ? 1 : view.getUint8(reader.offset++)
    if (bitWidth) {
      dataPage = new Array(nValues)
      if (type === 'BOOLEAN') {
        readRleBitPackedHybrid(reader, bitWidth, dataPage)
        dataPage = dataPage.map(x => !!x) // convert to boolean
      } else {
        // assert(daph.encoding.endsWith('_DICTIONARY'))
        readRleBitPackedHybrid(reader, bitWidth, dataPage, view.byteLength - reader.offset)
      }
    } else {
      dataPage = new Uint8Array(nValues) // nValue zeroes
    }
  } else if (daph.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = byteStreamSplit(reader, nValues, type, element.type_length)
  } else if (daph.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(reader, nValues, dataPage)
  } else if (daph.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(reader, nValues, dataPage)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels and number of bytes read
 */
function readRepetitionLevels(reader, daph, schemaPath) {
  if (schemaPath.length > 1) {
    const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
    if (maxRepetitionLevel) {
      const values = new Array(daph.num_values)
      readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values)
      return values
    }
  }
  return []
}

/**
 * @param {DataReader} reader data view for the page
 * @param {DataPageHeader} daph data page header
 * @param {SchemaTree[]} schemaPath
 * @returns {{ definitionLevels: number[], numNulls: number }} definition levels
 */
function readDefinitionLevels(reader, daph, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  if (!maxDefinitionLevel) return { definitionLevels: [], numNulls: 0 }

  const definitionLevels = new Array(daph.num_values)
  readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), definitionLevels)

  // count nulls
  let numNulls = daph.num_values
  for (const def of definitionLevels) {
    if (def === maxDefinitionLevel) numNulls--
  }
  if (numNulls === 0) definitionLevels.length = 0

  return { definitionLevels, numNulls }
}

/**
 * @param {Uint8Array} compressedBytes
 * @param {number} uncompressed_page_size
 * @param {CompressionCodec} codec
 * @param {Compressors | undefined} compressors
 * @returns {Uint8Array}
 */
function datapage_decompressPage(compressedBytes, uncompressed_page_size, codec, compressors) {
  /** @type {Uint8Array} */
  let page
  const customDecompressor = compressors?.[codec]
  if (codec === 'UNCOMPRESSED') {
    page = compressedBytes
  } else if (customDecompressor) {
    page = customDecompressor(compressedBytes, uncompressed_page_size)
  } else if (codec === 'SNAPPY') {
    page = new Uint8Array(uncompressed_page_size)
    snappyUncompress(compressedBytes, page)
  } else {
    throw new Error(`parquet unsupported compression codec: ${codec}`)
  }
  if (page?.length !== uncompressed_page_size) {
    throw new Error(`parquet decompressed page length ${page?.length} does not match header ${uncompressed_page_size}`)
  }
  return page
}


/**
 * Read a data page from the given Uint8Array.
 *
 * @param {Uint8Array} compressedBytes raw page data
 * @param {PageHeader} ph page header
 * @param {ColumnDecoder} columnDecoder
 * @returns {DataPage} definition levels, repetition levels, and array of values
 */
function datapage_readDataPageV2(compressedBytes, ph, columnDecoder) {
  const view = new DataView(compressedBytes.buffer, compressedBytes.byteOffset, compressedBytes.byteLength)
  const reader = { view, offset: 0 }
  const { type, element, schemaPath, codec, compressors } = columnDecoder
  const daph2 = ph.data_page_header_v2
  if (!daph2) throw new Error('parquet data page header v2 is undefined')

  // repetition levels
  const repetitionLevels = readRepetitionLevelsV2(reader, daph2, schemaPath)
  reader.offset = daph2.repetition_levels_byte_length // readVarInt() => len for boolean v2?

  // definition levels
  const definitionLevels = readDefinitionLevelsV2(reader, daph2, schemaPath)
  // assert(reader.offset === daph2.repetition_levels_byte_length + daph2.definition_levels_byte_length)

  const uncompressedPageSize = ph.uncompressed_page_size - daph2.definition_levels_byte_length - daph2.repetition_levels_byte_length

  let page = compressedBytes.subarray(reader.offset)
  if (daph2.is_compressed !== false) {
    page = datapage_decompressPage(page, uncompressedPageSize, codec, compressors)
  }
  const pageView = new DataView(page.buffer, page.byteOffset, page.byteLength)
  const pageReader = { view: pageView, offset: 0 }

  // read values based on encoding
  /** @type {DecodedArray} */
  let dataPage
  const nValues = daph2.num_values - daph2.num_nulls
  if (daph2.encoding === 'PLAIN') {
    dataPage = plain_readPlain(pageReader, type, nValues, element.type_length)
  } else if (daph2.encoding === 'RLE') {
    // assert(type === 'BOOLEAN')
    dataPage = new Array(nValues)
    readRleBitPackedHybrid(pageReader, 1, dataPage)
    dataPage = dataPage.map(x => !!x)
  } else if (
    daph2.encoding === 'PLAIN_DICTIONARY' ||
    daph2.encoding === 'RLE_DICTIONARY'
  ) {
    const bitWidth = pageView.getUint8(pageReader.offset++)
    dataPage = new Array(nValues)
    readRleBitPackedHybrid(pageReader, bitWidth, dataPage, uncompressedPageSize - 1)
  } else if (daph2.encoding === 'DELTA_BINARY_PACKED') {
    const int32 = type === 'INT32'
    dataPage = int32 ? new Int32Array(nValues) : new BigInt64Array(nValues)
    deltaBinaryUnpack(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_LENGTH_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaLengthByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'DELTA_BYTE_ARRAY') {
    dataPage = new Array(nValues)
    deltaByteArray(pageReader, nValues, dataPage)
  } else if (daph2.encoding === 'BYTE_STREAM_SPLIT') {
    dataPage = byteStreamSplit(pageReader, nValues, type, element.type_length)
  } else {
    throw new Error(`parquet unsupported encoding: ${daph2.encoding}`)
  }

  return { definitionLevels, repetitionLevels, dataPage }
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {any[]} repetition levels
 */
function readRepetitionLevelsV2(reader, daph2, schemaPath) {
  const maxRepetitionLevel = getMaxRepetitionLevel(schemaPath)
  if (!maxRepetitionLevel) return []

  const values = new Array(daph2.num_values)
  readRleBitPackedHybrid(reader, bitWidth(maxRepetitionLevel), values, daph2.repetition_levels_byte_length)
  return values
}

/**
 * @param {DataReader} reader
 * @param {DataPageHeaderV2} daph2 data page header v2
 * @param {SchemaTree[]} schemaPath
 * @returns {number[] | undefined} definition levels
 */
function readDefinitionLevelsV2(reader, daph2, schemaPath) {
  const maxDefinitionLevel = getMaxDefinitionLevel(schemaPath)
  if (maxDefinitionLevel) {
    // V2 we know the length
    const values = new Array(daph2.num_values)
    readRleBitPackedHybrid(reader, bitWidth(maxDefinitionLevel), values, daph2.definition_levels_byte_length)
    return values
  }
}

/**
 * Minimum bits needed to store value.
 *
 * @param {number} value
 * @returns {number}
 */
function bitWidth(value) {
  return 32 - Math.clz32(value)
}

;// CONCATENATED MODULE: ./src/io/parquet-pages.ts
/**
 * Decodes one flat Parquet column chunk page by page, handing each page's values straight to a
 * sink, which writes them into the column's final typed array.
 *
 * Why not hyparquet's `parquetRead`: for OPTIONAL columns (what pandas/pyarrow write even when
 * nothing is null) it assembles every page into a JavaScript array with one element per row,
 * through a generic nested-list assembler; and it turns every text value into a string. On a
 * million rows that costs several times the decoding itself. Here definition levels are applied
 * directly, dictionary pages are converted once per chunk (text interned once per distinct
 * value, numbers converted once), and data pages of dictionary indices become codes or numbers
 * by one lookup per row. The common pages (PLAIN numbers and text, dictionary indices, at most
 * one definition level) are decoded by parquet-direct.ts straight into the column's storage; the
 * others (DELTA_*, BYTE_STREAM_SPLIT, booleans, INT96, DECIMAL, ...) by hyparquet's page
 * decoder, through {@link PageSink.addPage}. Page headers are hyparquet's; Snappy is snappy.ts.
 */







/** Timestamps and dates as numbers (ms since the epoch), text as raw UTF-8 bytes. */
const PARSERS = {
    ...DEFAULT_PARSERS,
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1e3,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
    dateFromDays: (v) => v * 86400000,
    stringFromBytes: (bytes) => bytes,
};
/**
 * Decodes the chunk `bytes` (the column chunk's byte range) of a flat column, whose rows start
 * at `rowStart` in the file and number `rowCount`.
 */
function decodeColumnChunk(bytes, chunk, schemaPath, rowStart, rowCount, sink, scratch) {
    const meta = chunk.meta_data;
    if (meta === undefined)
        throw new Error('a column chunk has no metadata');
    const element = schemaPath[schemaPath.length - 1].element;
    const decoder = {
        pathInSchema: meta.path_in_schema,
        type: meta.type,
        element,
        schemaPath,
        codec: meta.codec,
        parsers: PARSERS,
        compressors: COMPRESSORS,
        utf8: true,
    };
    const maxDefinition = getMaxDefinitionLevel(schemaPath);
    const direct = sink.direct === undefined ? undefined : new DirectPages(sink.direct, element, meta.codec, maxDefinition, scratch);
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    // A dictionary belongs to its chunk: indices in a chunk without one are an error, not stale data.
    sink.setDictionary([]);
    let done = 0;
    while (done < rowCount) {
        if (reader.offset >= bytes.byteLength)
            throw new Error(`column "${meta.path_in_schema.join('.')}" ends after ${done} of ${rowCount} rows`);
        const header = parquetHeader(reader);
        // Sizes are checked first: an undefined one would make the offset NaN and this loop endless.
        if (!isCount(header.compressed_page_size) || !isCount(header.uncompressed_page_size))
            throw new Error('a page header is damaged');
        if (reader.offset + header.compressed_page_size > bytes.byteLength)
            throw new Error(`a page of column "${meta.path_in_schema.join('.')}" runs past the end of its chunk`);
        const compressed = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (header.type === 'DICTIONARY_PAGE') {
            const page = datapage_decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, COMPRESSORS);
            const count = header.dictionary_page_header?.num_values ?? 0;
            const plain = plain_readPlain({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, count, element.type_length);
            sink.setDictionary(convert_convert(plain, decoder));
        }
        else if (header.type === 'DATA_PAGE' || header.type === 'DATA_PAGE_V2') {
            const pageRows = checkedRows(header);
            if (pageRows > rowCount - done)
                throw new Error(`column "${meta.path_in_schema.join('.')}" has more values than its row group's ${rowCount} rows`);
            if (direct?.decode(header, compressed, rowStart + done)) {
                done += pageRows;
                continue;
            }
            let rows;
            let encoding;
            let page;
            if (header.type === 'DATA_PAGE') {
                const daph = header.data_page_header;
                rows = daph.num_values;
                encoding = daph.encoding;
                page = datapage_readDataPage(datapage_decompressPage(compressed, Number(header.uncompressed_page_size), meta.codec, COMPRESSORS), daph, decoder);
            }
            else {
                const daph2 = header.data_page_header_v2;
                rows = daph2.num_values;
                encoding = daph2.encoding;
                page = datapage_readDataPageV2(compressed, header, decoder);
            }
            const indexed = encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
            const values = indexed ? page.dataPage : convert_convert(page.dataPage, decoder);
            sink.addPage(rowStart + done, rows, page.definitionLevels ?? [], maxDefinition, values, indexed);
            done += rows;
        }
        // Index pages and unknown page types are skipped.
    }
}
/**
 * The rows of a data page, once its header has every field the decoders rely on: a damaged
 * header is an error here rather than a loop in hyparquet's level decoder (which, handed an
 * undefined length, decodes levels from wherever it lands).
 */
function checkedRows(header) {
    const v1 = header.data_page_header;
    const v2 = header.data_page_header_v2;
    const valid = header.type === 'DATA_PAGE'
        ? v1 !== undefined && isCount(v1.num_values) && v1.encoding !== undefined && v1.definition_level_encoding !== undefined
        : v2 !== undefined && isCount(v2.num_values) && isCount(v2.num_nulls) && v2.num_nulls <= v2.num_values && v2.encoding !== undefined &&
            isCount(v2.definition_levels_byte_length) && isCount(v2.repetition_levels_byte_length);
    if (!valid)
        throw new Error('a data page header is damaged');
    return (v1 ?? v2).num_values;
}
function isCount(n) {
    return typeof n === 'number' && Number.isInteger(n) && n >= 0;
}

;// CONCATENATED MODULE: ./src/io/parquet.ts
/**
 * Parquet files through hyparquet (pure JavaScript: no native or WebAssembly build step). Only the
 * requested columns' chunks are read, one at a time; each page is decoded (parquet-pages.ts)
 * straight into the column's final typed array, so the decoded file is never held twice.
 *
 * Types come from the Parquet schema, not inference: DOUBLE, FLOAT, DECIMAL → number; INT32,
 * INT64 (and the INT/UINT annotations) → integer, except an INT64 column holding a value beyond
 * ±2^53, which becomes text (its exact decimal digits) as in CSV inference; BOOLEAN → boolean;
 * DATE, TIMESTAMP (any unit), INT96 → datetime (ms since the epoch, UTC); BYTE_ARRAY (UTF-8) →
 * string. Nested columns (struct, list, map) are not supported. An explicit type from the
 * caller is applied to the values strictly, as for CSV.
 */











// The pieces below are exported for the row-group reader (parquet-row-groups.ts), which streams
// a file group by group for profiles instead of holding it whole.
async function loadParquet(path, source, options) {
    const { ranges, byteLength, close } = options.gzip ? await gunzippedRanges(path, source) : await parquet_fileRanges(path, source);
    try {
        return await readParquet(ranges, byteLength, source, options);
    }
    finally {
        await close();
    }
}
/** Two columns of one name would be read as one (the first), silently: refused, as a CSV header is. */
function refuseDuplicateNames(names, source) {
    const seen = new Map();
    names.forEach((name, j) => {
        const before = seen.get(name);
        if (before !== undefined)
            throw new errors_DataError(`the schema names column "${name}" twice (columns ${before + 1} and ${j + 1})`, { file: source });
        seen.set(name, j);
    });
}
async function readParquet(file, byteLength, source, options) {
    let metadata;
    try {
        metadata = await metadata_parquetMetadataAsync(parquet_asAsyncBuffer(file, byteLength));
    }
    catch (error) {
        throw parquet_invalidParquet(error, source);
    }
    // A DATE written with only the logical type (no converted type) holds days since the epoch
    // like one with both; hyparquet and the fast path convert by the converted type, so give it one.
    for (const element of metadata.schema) {
        if (element.logical_type?.type === 'DATE' && element.converted_type === undefined)
            element.converted_type = 'DATE';
    }
    let root;
    try {
        root = parquetSchema(metadata);
    }
    catch {
        // A damaged schema (a column counting more children than the file lists) breaks the tree.
        throw new errors_DataError('is not a valid Parquet file (its schema is damaged)', { file: source });
    }
    const fields = root.children;
    const names = fields.map((f) => f.element.name);
    refuseDuplicateNames(names, source);
    const wanted = [...new Set(options.columns ?? (options.select ? names.filter(selects(options.select)) : names))];
    for (const name of wanted)
        if (!names.includes(name))
            throw missingColumnError(source, name, names);
    const rowCount = Number(metadata.num_rows);
    if (!Number.isSafeInteger(rowCount) || rowCount < 0)
        throw new errors_DataError('is not a readable Parquet file (its row count is missing or damaged)', { file: source });
    if (rowCount === 0 && !options.allowEmpty)
        throw new errors_DataError('has no data rows', { file: source });
    const missing = new MissingValues(options.nullValues);
    const sinks = new Map();
    for (const name of wanted) {
        const field = fields.find((f) => f.element.name === name);
        if (field.children.length > 0 || field.element.repetition_type === 'REPEATED') {
            throw new errors_DataError('is a nested column (struct, list or map), which cannot be read as a table column', { file: source, column: name });
        }
        const natural = naturalType(field.element);
        if (natural === undefined) {
            throw new errors_DataError(`has a Parquet type this reader does not support (${describeType(field.element)})`, { file: source, column: name });
        }
        const forced = options.types?.[name];
        const sink = forced === undefined || forced === natural || (forced === 'number' && natural === 'integer')
            ? new TypedSink(name, forced ?? natural, rowCount, source)
            : new ConvertingSink(natural, new ColumnBuilder(name, source, missing, forced, rowCount), rowCount, source);
        sinks.set(name, sink);
    }
    const rowsRead = await readColumns(file, metadata, root, sinks, source);
    // INT64 columns holding integers beyond ±2^53 are read again as text, which keeps every digit.
    const asText = new Map();
    for (const [name, sink] of sinks)
        if (sink instanceof TypedSink && sink.beyondExactIntegers)
            asText.set(name, new TypedSink(name, 'string', rowCount, source));
    if (asText.size > 0)
        await readColumns(file, metadata, root, asText, source);
    const columns = new Map();
    for (const [name, sink] of sinks)
        columns.set(name, (asText.get(name) ?? sink).finish(rowsRead));
    const table = { source, rowCount, columns: (options.columns ?? wanted).map((name) => columns.get(name)) };
    return options.columns === undefined && options.select !== undefined ? { ...table, fileColumns: names } : table;
}
/** Where a column chunk's bytes are in the file. */
function chunkRange(chunk) {
    const meta = chunk.meta_data;
    const dictionaryOffset = meta.dictionary_page_offset === undefined ? 0 : Number(meta.dictionary_page_offset);
    const dataOffset = Number(meta.data_page_offset);
    const start = dictionaryOffset > 0 && dictionaryOffset < dataOffset ? dictionaryOffset : dataOffset;
    return { start, end: start + Number(meta.total_compressed_size) };
}
/**
 * Decodes every row group's chunk of each sink's column, in file order; returns the rows read.
 * The wanted chunks of a row group are read with one read when they lie together (as writers
 * put them), and the next group's bytes are read while this one is decoded.
 */
async function readColumns(file, metadata, root, sinks, source) {
    const fields = new Map(root.children.map((f) => [f.element.name, f]));
    try {
        const plans = metadata.row_groups.map((group) => {
            const chunks = [...sinks.keys()].map((name) => {
                const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
                if (chunk?.meta_data === undefined)
                    throw new Error(`a row group has no data for column "${name}"`);
                return { name, chunk, ...chunkRange(chunk) };
            });
            const start = Math.min(...chunks.map((c) => c.start));
            const end = Math.max(...chunks.map((c) => c.end));
            const needed = chunks.reduce((sum, c) => sum + c.end - c.start, 0);
            // One read for the group unless that would read much more than the wanted chunks.
            const together = end - start <= needed * 1.5 + 65536;
            const rows = Number(group.num_rows);
            // A damaged footer can drop the count: NaN would skip every page and leave zeros as values.
            if (!Number.isSafeInteger(rows) || rows < 0)
                throw new Error('a row group has no valid row count');
            return { rows, chunks, start, end, together };
        });
        // Groups read whole go into two buffers used in turn (this group's and the next one's), so
        // the file's bytes do not pass through the heap as a trail of garbage. The second is made
        // only when there is a next group: a single-group file costs one buffer, as before.
        const largest = Math.max(0, ...plans.filter((p) => p.together).map((p) => p.end - p.start));
        const buffers = [];
        const fetch = (g) => {
            const plan = plans[g];
            if (plan.together) {
                if (file.readsInto)
                    buffers[g % 2] ??= new Uint8Array(largest);
                return file.read(plan.start, plan.end, buffers[g % 2]).then((all) => plan.chunks.map((c) => all.subarray(c.start - plan.start, c.end - plan.start)));
            }
            return Promise.all(plan.chunks.map((c) => file.read(c.start, c.end)));
        };
        const scratch = new PageScratch();
        const rowCount = Number(metadata.num_rows);
        let groupStart = 0;
        let next = plans.length > 0 ? fetch(0) : undefined;
        for (let g = 0; g < plans.length; g++) {
            const bytes = await next;
            next = g + 1 < plans.length ? fetch(g + 1) : undefined;
            const plan = plans[g];
            if (plan.rows > rowCount - groupStart)
                throw new Error(`the row groups hold more than the file's ${rowCount} rows`);
            plan.chunks.forEach((c, k) => decodeColumnChunk(bytes[k], c.chunk, [root, fields.get(c.name)], groupStart, plan.rows, sinks.get(c.name), scratch));
            groupStart += plan.rows;
        }
        return groupStart;
    }
    catch (error) {
        throw parquet_invalidParquet(error, source);
    }
}
/** An AsyncBuffer for hyparquet's metadata reader, over the same byte ranges. */
function parquet_asAsyncBuffer(ranges, byteLength) {
    return {
        byteLength,
        slice: async (start, end) => {
            const bytes = await ranges.read(start, end ?? byteLength);
            return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : Uint8Array.prototype.slice.call(bytes).buffer;
        },
    };
}
/** The Parquet type as a column type, or undefined when unsupported. */
function naturalType(element) {
    const converted = element.converted_type;
    const logical = element.logical_type?.type;
    if (converted === 'DATE' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS')
        return 'datetime';
    if (logical === 'DATE' || logical === 'TIMESTAMP' || element.type === 'INT96')
        return 'datetime';
    if (converted === 'DECIMAL' || logical === 'DECIMAL' || logical === 'FLOAT16')
        return 'number';
    if (converted === 'JSON' || converted === 'BSON' || converted === 'INTERVAL' || logical === 'GEOMETRY' || logical === 'GEOGRAPHY' || logical === 'VARIANT')
        return undefined;
    switch (element.type) {
        case 'BOOLEAN':
            return 'boolean';
        case 'INT32':
        case 'INT64':
            return converted === 'TIME_MILLIS' || converted === 'TIME_MICROS' || logical === 'TIME' ? undefined : 'integer';
        case 'FLOAT':
        case 'DOUBLE':
            return 'number';
        case 'BYTE_ARRAY':
        case 'FIXED_LEN_BYTE_ARRAY':
            return 'string';
        default:
            return undefined;
    }
}
function describeType(element) {
    return [element.type, element.converted_type, element.logical_type?.type].filter((t) => t !== undefined).join(' / ');
}
/**
 * Values of the column's own type, written at their row offsets into a preallocated array: by
 * parquet-direct.ts straight into {@link numbers} / {@link codes} (this is its DirectColumn), or
 * through {@link addPage}. Every row is written once (NaN or -1 when missing), so the arrays
 * need no initial fill, and nulls are counted on the way rather than by a pass at the end.
 */
class TypedSink {
    name;
    type;
    source;
    beyondExactIntegers = false;
    nullCount = 0;
    numbers;
    codes;
    text = new TextInterner();
    dictionaryNumbers = new Float64Array(0);
    dictionaryCodes = new Int32Array(0);
    constructor(name, type, rowCount, source) {
        this.name = name;
        this.type = type;
        this.source = source;
        if (type === 'string')
            this.codes = new Int32Array(rowCount);
        else
            this.numbers = new Float64Array(rowCount);
    }
    get direct() {
        return this;
    }
    intern(bytes, start, end) {
        return this.text.intern(bytes, start, end);
    }
    setDictionary(dictionary) {
        if (this.codes !== undefined) {
            this.dictionaryCodes = new Int32Array(dictionary.length);
            for (let k = 0; k < dictionary.length; k++)
                this.dictionaryCodes[k] = this.internValue(dictionary[k], -1);
        }
        else {
            this.dictionaryNumbers = new Float64Array(dictionary.length);
            for (let k = 0; k < dictionary.length; k++)
                this.dictionaryNumbers[k] = this.toNumber(dictionary[k], -1);
        }
    }
    addPage(rowStart, rowCount, defined, maxDefinition, values, indexed) {
        const all = defined.length === 0;
        let k = 0;
        let nulls = 0;
        if (this.codes !== undefined) {
            const codes = this.codes;
            const lookup = this.dictionaryCodes;
            for (let i = 0; i < rowCount; i++) {
                let code = -1;
                if (all || defined[i] === maxDefinition) {
                    const v = values[k++];
                    code = indexed ? this.lookup(lookup, v, rowStart + i) : this.internValue(v, rowStart + i);
                }
                codes[rowStart + i] = code;
                if (code < 0)
                    nulls++;
            }
        }
        else {
            const out = this.numbers;
            if (indexed) {
                const lookup = this.dictionaryNumbers;
                for (let i = 0; i < rowCount; i++)
                    out[rowStart + i] = all || defined[i] === maxDefinition ? this.lookup(lookup, values[k++], rowStart + i) : NaN;
            }
            else if (all && (values instanceof Float64Array || values instanceof Float32Array || values instanceof Int32Array || values instanceof Uint32Array)) {
                out.set(values, rowStart);
            }
            else {
                for (let i = 0; i < rowCount; i++)
                    out[rowStart + i] = all || defined[i] === maxDefinition ? this.toNumber(values[k++], rowStart + i) : NaN;
            }
            for (let i = rowStart; i < rowStart + rowCount; i++)
                if (out[i] !== out[i])
                    nulls++;
        }
        this.nullCount += nulls;
    }
    /**
     * The dictionary entry a page's index points at. A damaged file can point past the dictionary
     * (or have none): read as is, the typed array would turn `undefined` into code 0 or NaN, a
     * wrong value or a silent null; refused instead.
     */
    lookup(dictionary, index, row) {
        if (typeof index === 'number' && index >= 0 && index < dictionary.length)
            return dictionary[index];
        throw new errors_DataError(`row ${row + 1} points at entry ${String(index)} of a dictionary of ${dictionary.length} values: the file is damaged`, { file: this.source, column: this.name });
    }
    toNumber(v, row) {
        if (typeof v === 'number')
            return v;
        if (typeof v === 'bigint') {
            const x = Number(v);
            if (x > Number.MAX_SAFE_INTEGER || x < -Number.MAX_SAFE_INTEGER)
                this.beyondExactIntegers = true;
            return x;
        }
        if (typeof v === 'boolean')
            return v ? 1 : 0;
        if (v instanceof Date)
            return v.getTime();
        if (v === null || v === undefined)
            return NaN;
        throw unsupportedValue(v, this.source, this.name, row + 1);
    }
    internValue(v, row) {
        if (v instanceof Uint8Array)
            return this.text.intern(v, 0, v.length);
        if (typeof v === 'string')
            return this.text.internString(v);
        if (typeof v === 'bigint' || typeof v === 'number')
            return this.text.internString(String(v));
        if (v === null || v === undefined)
            return -1;
        throw unsupportedValue(v, this.source, this.name, row + 1);
    }
    finish(rowsRead) {
        // Rows past the last row group (groups that hold fewer rows than the file says) are missing.
        if (this.codes !== undefined) {
            const codes = this.codes;
            if (rowsRead < codes.length) {
                codes.fill(-1, rowsRead);
                this.nullCount += codes.length - rowsRead;
            }
            return { name: this.name, type: 'string', codes, dictionary: this.text.dictionary, nullCount: this.nullCount };
        }
        const values = this.numbers;
        if (rowsRead < values.length) {
            values.fill(NaN, rowsRead);
            this.nullCount += values.length - rowsRead;
        }
        if (this.type === 'string')
            throw new Error('unreachable');
        return { name: this.name, type: this.type, values, nullCount: this.nullCount };
    }
}
/** A column read with an explicit type that differs from its Parquet type: strict conversion. */
class ConvertingSink {
    natural;
    builder;
    rowCount;
    source;
    dictionary = [];
    constructor(natural, builder, rowCount, source) {
        this.natural = natural;
        this.builder = builder;
        this.rowCount = rowCount;
        this.source = source;
    }
    setDictionary(dictionary) {
        this.dictionary = dictionary;
    }
    addPage(rowStart, rowCount, defined, maxDefinition, values, indexed) {
        const all = defined.length === 0;
        let k = 0;
        for (let i = 0; i < rowCount; i++) {
            if (!all && defined[i] !== maxDefinition) {
                this.builder.addValue(null);
                continue;
            }
            const v = values[k++];
            if (indexed && !(typeof v === 'number' && v >= 0 && v < this.dictionary.length)) {
                throw new errors_DataError(`row ${rowStart + i + 1} points at entry ${String(v)} of a dictionary of ${this.dictionary.length} values: the file is damaged`, { file: this.source, column: this.builder.name });
            }
            this.builder.addValue(this.plain(indexed ? this.dictionary[v] : v));
        }
    }
    finish(rowsRead) {
        for (let i = rowsRead; i < this.rowCount; i++)
            this.builder.addValue(null);
        return this.builder.finish();
    }
    /** A value ColumnBuilder understands: datetimes as ISO text, bigints as numbers or text. */
    plain(v) {
        if (v === null || v === undefined)
            return null;
        if (typeof v === 'bigint')
            return v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= -BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
        if (v instanceof Uint8Array)
            return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('utf8');
        if (this.natural === 'datetime' && typeof v === 'number')
            return new Date(v).toISOString();
        if (v instanceof Date)
            return v.toISOString();
        return v;
    }
}
function unsupportedValue(v, source, column, row) {
    const what = Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
    return new errors_DataError(`holds ${what}, which cannot be read as a table value`, { file: source, column, row });
}
async function gunzippedRanges(path, source) {
    const bytes = await readAll(path, source, true);
    return { ranges: { read: async (start, end) => bytes.subarray(start, end), readsInto: false }, byteLength: bytes.length, close: async () => { } };
}
async function parquet_fileRanges(path, source) {
    let handle;
    try {
        handle = await (0,promises_namespaceObject.open)(path, 'r');
    }
    catch (error) {
        throw openError(error, source);
    }
    const { size } = await handle.stat();
    const read = async (start, end, into) => {
        const length = Math.max(0, Math.min(end, size) - start);
        const out = into !== undefined && into.length >= length ? into.subarray(0, length) : new Uint8Array(length);
        let done = 0;
        while (done < length) {
            const { bytesRead } = await handle.read(out, done, length - done, start + done);
            if (bytesRead === 0)
                break;
            done += bytesRead;
        }
        return done === length ? out : out.subarray(0, done);
    };
    return { ranges: { read, readsInto: true }, byteLength: size, close: () => handle.close() };
}
function parquet_invalidParquet(error, source) {
    if (error instanceof errors_DataError)
        return error;
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return new errors_DataError(`is not a valid Parquet file (${message})`, { file: source });
}

;// CONCATENATED MODULE: ./src/stats/fmix32.ts
/**
 * MurmurHash3's 32-bit finaliser: a bijection of 32-bit words with full avalanche (every input bit
 * flips each output bit with probability ≈ ½). The one mixing step behind every hash mlgate makes
 * (row sampling, sketch hashing, keyed random streams, id joins).
 * @example fmix32(1) // 1364076727
 */
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}

;// CONCATENATED MODULE: ./src/io/delimited-batches.ts
/**
 * A CSV or TSV file as a stream of Tables of about `batchRows` rows each, for consumers that keep
 * only a summary (profiles): memory is one batch's columns and one chunk of bytes, whatever the
 * file's size. The tokenizer, the fast path and the column builders are the whole-file reader's
 * (delimited.ts), so tokens, types and errors are the same — with one difference that streaming
 * forces: each batch infers its columns' types by itself. A column already text in an earlier
 * batch is read as text from then on (as the whole file would be); a column whose type a batch
 * contradicts (text after numbers, in the batch or across batches) is reported in `contradicted`
 * so the caller can read it again as text, as the whole-file reader does in its second pass.
 */









const DEFAULT_BATCH_ROWS = 1 << 17;
/**
 * Calls `onBatch` for each batch in file order (awaited before the file is read further).
 * Returns the header. A file with a header and no rows gives no batch.
 */
async function readDelimitedBatches(path, source, options, onBatch) {
    const batchRows = options.batchRows ?? DEFAULT_BATCH_ROWS;
    const missing = new MissingValues(options.nullValues);
    let header = [];
    let headerSeen = false;
    let wanted = [];
    let builders = [];
    let wantedIndexes = new Int32Array(0);
    const text = new Set();
    const numericFields = new Uint8Array(4096);
    let scratch = Buffer.alloc(1024);
    let rows = 0;
    let batchStart = 0;
    let pendingBlankLines = 0;
    let fast;
    const given = options.range?.header;
    const newBuilders = () => {
        builders = header.map((name) => {
            if (!wanted.includes(name))
                return undefined;
            const forced = options.types?.[name] ?? (text.has(name) ? 'string' : undefined);
            return new ColumnBuilder(name, source, missing, forced, batchRows + 8192);
        });
        wantedIndexes = Int32Array.from(builders.flatMap((b, j) => (b === undefined ? [] : [j])));
        numericFields.fill(0);
        fast = options.fastPath === false ? undefined : new FastRecords(options.delimiter.charCodeAt(0), builders, missing);
    };
    const flush = async () => {
        const count = rows - batchStart;
        if (count === 0)
            return;
        const contradicted = [];
        const columns = new Map();
        for (const b of builders) {
            if (b === undefined)
                continue;
            if (b.demoted) {
                contradicted.push(b.name);
                continue;
            }
            const column = b.finish();
            if (column.type === 'string')
                text.add(column.name);
            columns.set(column.name, column);
        }
        batchStart = rows;
        const all = options.columns ?? wanted;
        const names = all.filter((n) => columns.has(n));
        newBuilders();
        await onBatch({ table: { source, rowCount: count, columns: names.map((n) => columns.get(n)) }, contradicted, names: all });
    };
    const onRecord = (bytes, fields) => {
        if (fields.count === 0) {
            if (headerSeen && header.length === 1)
                pendingBlankLines++;
            return;
        }
        if (!headerSeen) {
            headerSeen = true;
            header = readHeader(bytes, fields, source);
            wanted = options.columns ?? (options.select === undefined ? header : header.filter(selects(options.select)));
            for (const name of wanted)
                if (!header.includes(name))
                    throw missingColumnError(source, name, header);
            newBuilders();
            return;
        }
        for (; pendingBlankLines > 0; pendingBlankLines--) {
            rows++;
            builders[0]?.addMissing();
        }
        rows++;
        checkFieldCount(fields, header.length, source, rows);
        scratch = addRecordFields(bytes, fields, wantedIndexes, builders, numericFields, scratch);
        fast?.invalidate();
    };
    const fastPath = {
        run: (buf, pos, end) => {
            if (fast === undefined || pendingBlankLines > 0)
                return pos;
            const stop = fast.run(buf, pos, end);
            rows += fast.records;
            return stop;
        },
    };
    // Batches end between chunks: the tokenizer has then handed over every whole record it read.
    async function* batched(chunks) {
        for await (const chunk of chunks) {
            if (rows - batchStart >= batchRows)
                await flush();
            yield chunk;
        }
    }
    if (given !== undefined) {
        headerSeen = true;
        header = [...given];
        wanted = options.columns ?? (options.select === undefined ? header : header.filter(selects(options.select)));
        for (const name of wanted)
            if (!header.includes(name))
                throw missingColumnError(source, name, header);
        newBuilders();
    }
    const range = options.range;
    const bytes = range === undefined ? readChunks(path, source, options.gzip, options.chunkBytes) : readPlainChunks(path, source, options.chunkBytes, range.start, range.end);
    let summary;
    try {
        summary = await parseDelimited(batched(bytes), options.delimiter, onRecord, numericFields, fastPath);
    }
    catch (error) {
        if (error instanceof CsvSyntaxError) {
            if (!headerSeen)
                throw new errors_DataError(`malformed quoting in the header (field ${error.field + 1}): ${error.reason}`, { file: source });
            const column = header[error.field];
            const where = column === undefined ? ` in field ${error.field + 1}` : '';
            throw new errors_DataError(`malformed quoting${where}: ${error.reason}`, { file: source, row: rows + pendingBlankLines + 1, column });
        }
        throw error;
    }
    if (!headerSeen)
        throw new errors_DataError(summary.bytes === 0 ? 'the file is empty' : 'the file has no header row (only blank lines)', { file: source });
    await flush();
    return header;
}

;// CONCATENATED MODULE: ./src/io/parquet-row-groups.ts
/**
 * A Parquet file as a stream of Tables, one per row group, for consumers that keep only a
 * summary (profiles): memory is one row group's decoded columns (plus the next group's bytes,
 * read while this one is decoded), whatever the file's size. Decoding, types and errors are those
 * of the whole-file reader (parquet.ts), whose sinks and page decoder this reuses.
 * A `.gz` Parquet file must be gunzipped whole first (Parquet needs random access), so it is not
 * constant memory; plain files are.
 */









/**
 * Calls `onGroup` with each row group as a Table (source `source`), in file order, awaiting it
 * before the next group is decoded (only groups [from, to) with `rowGroups`). Returns the file's
 * column names.
 */
async function readParquetRowGroups(path, source, options, onGroup) {
    const { ranges, byteLength, close } = options.gzip ? await gunzippedRanges(path, source) : await parquet_fileRanges(path, source);
    try {
        let metadata;
        try {
            metadata = await metadata_parquetMetadataAsync(parquet_asAsyncBuffer(ranges, byteLength));
        }
        catch (error) {
            throw parquet_invalidParquet(error, source);
        }
        for (const element of metadata.schema) {
            if (element.logical_type?.type === 'DATE' && element.converted_type === undefined)
                element.converted_type = 'DATE';
        }
        const root = parquetSchema(metadata);
        const fields = root.children;
        const names = fields.map((f) => f.element.name);
        const wanted = [...new Set(options.columns ?? (options.select ? names.filter(selects(options.select)) : names))];
        for (const name of wanted)
            if (!names.includes(name))
                throw missingColumnError(source, name, names);
        const missing = new MissingValues(options.nullValues);
        const plans = wanted.map((name) => {
            const field = fields.find((f) => f.element.name === name);
            if (field.children.length > 0 || field.element.repetition_type === 'REPEATED') {
                throw new errors_DataError('is a nested column (struct, list or map), which cannot be read as a table column', { file: source, column: name });
            }
            const natural = naturalType(field.element);
            if (natural === undefined)
                throw new errors_DataError(`has a Parquet type this reader does not support (${describeType(field.element)})`, { file: source, column: name });
            const forced = options.types?.[name];
            return { name, field, natural, forced, direct: forced === undefined || forced === natural || (forced === 'number' && natural === 'integer') };
        });
        const [firstGroup, endGroup] = options.rowGroups ?? [0, metadata.row_groups.length];
        const groups = metadata.row_groups.slice(firstGroup, endGroup).map((group) => {
            const chunks = plans.map((plan) => {
                const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === plan.name);
                if (chunk?.meta_data === undefined)
                    throw parquet_invalidParquet(new Error(`a row group has no data for column "${plan.name}"`), source);
                return { chunk, ...chunkRange(chunk) };
            });
            const start = Math.min(...chunks.map((c) => c.start));
            const end = Math.max(...chunks.map((c) => c.end));
            return { rows: Number(group.num_rows), chunks, start, end };
        });
        const read = (g) => {
            const group = groups[g];
            return ranges.read(group.start, group.end).then((all) => group.chunks.map((c) => all.subarray(c.start - group.start, c.end - group.start)));
        };
        const scratch = new PageScratch();
        let next = groups.length > 0 ? read(0) : undefined;
        for (let g = 0; g < groups.length; g++) {
            let bytes;
            try {
                bytes = await next;
            }
            catch (error) {
                throw parquet_invalidParquet(error, source);
            }
            next = g + 1 < groups.length ? read(g + 1) : undefined;
            const rows = groups[g].rows;
            const columns = [];
            plans.forEach((plan, k) => {
                const decode = (sink) => {
                    try {
                        decodeColumnChunk(bytes[k], groups[g].chunks[k].chunk, [root, plan.field], 0, rows, sink, scratch);
                    }
                    catch (error) {
                        throw parquet_invalidParquet(error, source);
                    }
                    return sink.finish(rows);
                };
                const sink = plan.direct ? new TypedSink(plan.name, plan.forced ?? plan.natural, rows, source) : new ConvertingSink(plan.natural, new ColumnBuilder(plan.name, source, missing, plan.forced, rows), rows, source);
                let column = decode(sink);
                // INT64 beyond ±2^53 is text, as in the whole-file reader (for this group; the profile
                // builder makes the whole column text when groups disagree).
                if (sink instanceof TypedSink && sink.beyondExactIntegers)
                    column = decode(new TypedSink(plan.name, 'string', rows, source));
                columns.push(column);
            });
            await onGroup({ source, rowCount: rows, columns: (options.columns ?? wanted).map((name) => columns[wanted.indexOf(name)]) });
        }
        return names;
    }
    finally {
        await close();
    }
}
/** How many row groups the file has (its footer only is read). */
async function countRowGroups(path, source) {
    const { ranges, byteLength, close } = await fileRanges(path, source);
    try {
        return (await parquetMetadataAsync(asAsyncBuffer(ranges, byteLength))).row_groups.length;
    }
    catch (error) {
        throw invalidParquet(error, source);
    }
    finally {
        await close();
    }
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/io/glob.ts
/**
 * File inputs accept a path or a glob: `*` (any run of characters within one path segment),
 * `?` (one character), `[abc]` / `[a-z]` / `[!a-z]` (a character class), `**` (zero or more
 * directories) and `\` (take the next character literally). As in a shell, wildcards do not
 * match a leading `.` unless the pattern segment starts with one. Only files are returned, sorted,
 * spelled the way the pattern is (relative stays relative to `cwd`).
 */



function hasGlobMagic(pattern) {
    return /[*?[]/.test(pattern);
}
/**
 * The files `pattern` names: itself when it has no wildcard (whether or not it exists: the
 * loader then reports a missing file precisely), else every matching file; none is a DataError.
 */
function expandFileInput(pattern, cwd = process.cwd()) {
    if (!hasGlobMagic(pattern))
        return [pattern];
    const absolute = pattern.startsWith('/');
    const segments = pattern.split('/').filter((s, i) => s !== '' || i === 0);
    if (absolute)
        segments.shift();
    const results = new Set();
    walk(absolute ? '/' : cwd, absolute ? '/' : '', segments, 0, results);
    if (results.size === 0)
        throw new errors_DataError(`no file matches "${pattern}"`, {});
    return [...results].sort();
}
function walk(directory, prefix, segments, index, out) {
    const segment = segments[index];
    const last = index === segments.length - 1;
    if (segment === '**') {
        if (last) {
            collectFiles(directory, prefix, out);
            return;
        }
        walk(directory, prefix, segments, index + 1, out);
        for (const entry of listDirectory(directory)) {
            if (entry.startsWith('.'))
                continue;
            const path = (0,external_node_path_namespaceObject.join)(directory, entry);
            if (isDirectory(path))
                walk(path, prefix + entry + '/', segments, index, out);
        }
        return;
    }
    if (!hasGlobMagic(segment)) {
        const name = unescapeLiteral(segment);
        const path = (0,external_node_path_namespaceObject.join)(directory, name);
        if (last) {
            if (isFile(path))
                out.add(prefix + name);
        }
        else if (isDirectory(path)) {
            walk(path, prefix + name + '/', segments, index + 1, out);
        }
        return;
    }
    const matcher = segmentPattern(segment);
    for (const entry of listDirectory(directory)) {
        if (entry.startsWith('.') && !segment.startsWith('.'))
            continue;
        if (!matcher.test(entry))
            continue;
        const path = (0,external_node_path_namespaceObject.join)(directory, entry);
        if (last) {
            if (isFile(path))
                out.add(prefix + entry);
        }
        else if (isDirectory(path)) {
            walk(path, prefix + entry + '/', segments, index + 1, out);
        }
    }
}
function collectFiles(directory, prefix, out) {
    for (const entry of listDirectory(directory)) {
        if (entry.startsWith('.'))
            continue;
        const path = (0,external_node_path_namespaceObject.join)(directory, entry);
        if (isFile(path))
            out.add(prefix + entry);
        else if (isDirectory(path))
            collectFiles(path, prefix + entry + '/', out);
    }
}
/** A regular expression for one path segment of a glob. */
function segmentPattern(segment) {
    let source = '';
    for (let i = 0; i < segment.length; i++) {
        const c = segment[i];
        if (c === '\\' && i + 1 < segment.length) {
            source += escapeRegExp(segment[++i]);
        }
        else if (c === '*') {
            source += '[^/]*';
        }
        else if (c === '?') {
            source += '[^/]';
        }
        else if (c === '[') {
            const close = segment.indexOf(']', i + 2);
            if (close === -1) {
                source += '\\[';
                continue;
            }
            let body = segment.slice(i + 1, close);
            const negate = body.startsWith('!') || body.startsWith('^');
            if (negate)
                body = body.slice(1);
            source += `[${negate ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => `\\${m}`)}]`;
            i = close;
        }
        else {
            source += escapeRegExp(c);
        }
    }
    return new RegExp(`^${source}$`, 'u');
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function unescapeLiteral(segment) {
    return segment.replace(/\\(.)/g, '$1');
}
function listDirectory(directory) {
    try {
        return (0,external_node_fs_namespaceObject.readdirSync)(directory);
    }
    catch {
        return [];
    }
}
function isFile(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function isDirectory(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/io/dataset-source.ts
/**
 * A dataset named by one input — a file, a glob (glob.ts), or a directory — as the list of its
 * files, in sorted order, with their format and their Hive partition values.
 *
 * - A directory is read recursively, as Spark, Hive and pyarrow write datasets: every file with a
 *   supported extension (format.ts, optionally `.gz`); names starting with `.` or `_` (`_SUCCESS`,
 *   `.part-0.crc`, `_delta_log/`) are bookkeeping and skipped.
 * - Hive partitions: directory names `key=value` below the input's fixed part
 *   (`sales/year=2024/month=01/part-0.parquet`) become columns of every row of that file. Values
 *   are %-decoded as Hive escapes them; `__HIVE_DEFAULT_PARTITION__` is missing. A partition
 *   column's type is inferred over all its values like a CSV column's (integer, number, boolean,
 *   datetime, else string: `month=01` is the integer 1, as Spark infers it).
 * - One line for every mistake (DataError, exit 2): no file at all, files of two formats (names
 *   one of each), files partitioned by different keys (names the file).
 * Files whose columns disagree are found by the readers (load-dataset.ts, the streaming engine),
 * which name the file and the column.
 */







/** Hive's name for a partition whose value was null. */
const HIVE_DEFAULT_PARTITION = '__HIVE_DEFAULT_PARTITION__';
/** Whether `input` names several files (a glob or a directory) rather than one file. */
function isMultiFileInput(input) {
    const stats = statOrUndefined(input);
    if (stats !== undefined)
        return stats.isDirectory();
    return hasGlobMagic(input);
}
function resolveDatasetSource(input, options = {}) {
    const stats = statOrUndefined(input);
    let paths;
    // Partitions are read below `base`; a single file named directly has none.
    let base;
    if (stats?.isDirectory()) {
        base = input.replace(/\/+$/, '');
        paths = expandDirectory(base);
        if (paths.length === 0) {
            throw new errors_DataError(`is a directory that holds no data files (looked for ${SUPPORTED_EXTENSIONS.join(', ')}, each optionally .gz, skipping names that start with . or _)`, { file: input });
        }
    }
    else if (stats === undefined && hasGlobMagic(input)) {
        paths = expandFileInput(input).filter((p) => !isBookkeeping(p));
        if (paths.length === 0)
            throw new errors_DataError(`no data file matches "${input}" (names starting with . or _ are skipped)`, {});
        base = fixedPrefix(input);
    }
    else {
        paths = [input];
        base = undefined;
    }
    let format;
    let first = '';
    const files = paths.map((path) => {
        const detected = detectFormat(path, options.format);
        if (format === undefined) {
            format = detected.format;
            first = path;
        }
        else if (detected.format !== format) {
            throw new errors_DataError(`mixes file formats: "${first}" is ${format} but "${path}" is ${detected.format}; a dataset is read in one format`, { file: input });
        }
        return { path, gzip: detected.gzip, partitions: base === undefined ? [] : partitionsOf(path, base) };
    });
    const keys = files[0].partitions.map((p) => p.name);
    for (const file of files) {
        const theirs = file.partitions.map((p) => p.name);
        if (theirs.join('/') !== keys.join('/')) {
            const describe = (k) => (k.length === 0 ? 'no partition directories' : k.map((n) => `${n}=`).join('/'));
            throw new errors_DataError(`is partitioned by ${describe(theirs)} but "${files[0].path}" by ${describe(keys)}`, { file: file.path });
        }
    }
    const partitionColumns = keys.map((name, j) => ({ name, type: inferPartitionType(files.map((f) => f.partitions[j].text)) }));
    return { input, format: format, files, partitionColumns };
}
function expandDirectory(directory) {
    let all;
    try {
        all = expandFileInput(`${escapeGlob(directory)}/**`);
    }
    catch {
        return []; // no file at all
    }
    return all.filter((path) => !isBookkeeping(path) && hasDataExtension(path));
}
function hasDataExtension(path) {
    try {
        detectFormat(path);
        return true;
    }
    catch {
        return false;
    }
}
/** A path segment starting with `_` or `.` (below the input) marks bookkeeping, not data. */
function isBookkeeping(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    return name.startsWith('_') || name.startsWith('.') || name.endsWith('.crc') || path.split('/').some((s) => s.startsWith('_') && !s.includes('='));
}
/** The glob's leading segments without wildcards: partitions are looked for below them. */
function fixedPrefix(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const s of segments.slice(0, -1)) {
        if (hasGlobMagic(s))
            break;
        fixed.push(s);
    }
    return fixed.join('/');
}
function partitionsOf(path, base) {
    const relative = base !== '' && path.startsWith(base + '/') ? path.slice(base.length + 1) : path;
    const directories = relative.split('/').slice(0, -1);
    const out = [];
    for (const segment of directories) {
        const eq = segment.indexOf('=');
        if (eq <= 0)
            continue;
        const name = decodeHive(segment.slice(0, eq));
        const raw = segment.slice(eq + 1);
        out.push({ name, text: raw === HIVE_DEFAULT_PARTITION ? null : decodeHive(raw) });
    }
    return out;
}
/** Hive escapes special characters in partition names and values as %XX. */
function decodeHive(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** The type of a partition column: the CSV inference rules applied to all its values. */
function inferPartitionType(values) {
    const present = values.filter((v) => v !== null && v.trim() !== '');
    if (present.length === 0)
        return 'string';
    const bytes = present.map((v) => Buffer.from(v.trim(), 'utf8'));
    const all = (test) => bytes.every(test);
    if (all((b) => !Number.isNaN(parseNumberBytes(b, 0, b.length)))) {
        return all((b) => {
            const v = parseNumberBytes(b, 0, b.length);
            return numberSyntax.integer && isExactInteger(v);
        }) ? 'integer' : 'number';
    }
    if (all((b) => parseBooleanBytes(b, 0, b.length) >= 0))
        return 'boolean';
    if (all((b) => !Number.isNaN(parseDatetimeBytes(b, 0, b.length))))
        return 'datetime';
    return 'string';
}
/** A partition value as a number of its column's type (NaN when missing). */
function partitionNumber(text, type) {
    if (text === null || text.trim() === '')
        return NaN;
    const b = Buffer.from(text.trim(), 'utf8');
    if (type === 'boolean')
        return parseBooleanBytes(b, 0, b.length);
    if (type === 'datetime')
        return parseDatetimeBytes(b, 0, b.length);
    return parseNumberBytes(b, 0, b.length);
}
function escapeGlob(path) {
    return path.replace(/[*?[\\]/g, (c) => `\\${c}`);
}
function statOrUndefined(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/io/row-sample.ts
/**
 * `max-rows`: a seeded uniform sample of at most N rows of a file (or of every file of a glob or
 * directory), read a batch at a time so the whole file is never held — the remedy the memory
 * check names for inputs larger than memory.
 *
 * Bottom-k sampling: every row gets a 53-bit hash of (seed, its position in the dataset) — or of
 * (seed, its key) when a key column is given — and the N rows with the smallest hashes are kept,
 * in their original order. For a fixed seed the sample is reproducible, and it is uniform: every
 * set of N rows is equally likely. Keyed by an id, two files holding the same ids keep the same
 * ids (compare-champion pairs them). CSV/TSV are read in batches of rows and Parquet a row group
 * at a time; JSON and JSON Lines are read whole, then sampled. A column whose type a later batch
 * contradicts is read again as text.
 */







async function loadSampledTable(path, options, sample, loadWhole) {
    if (!(Number.isSafeInteger(sample.maxRows) && sample.maxRows >= 1))
        throw new RangeError(`maxRows must be a whole number ≥ 1, got ${sample.maxRows}`);
    let types = { ...options.types };
    // A later batch can contradict the type the first one settled: read again with it as text.
    for (let attempt = 0; attempt < 8; attempt++) {
        const reservoir = new Reservoir(sample);
        const contradicted = new Set();
        const dataset = resolveDatasetSource(path, options.format ? { format: options.format } : {});
        if (dataset.partitionColumns.length > 0) {
            throw new ConfigurationError(`input "max-rows": sampling a Hive-partitioned directory (${dataset.partitionColumns.map((p) => p.name).join(', ')}) is not supported; give a glob of its files, or profile it (mlgate profile)`);
        }
        const files = dataset.files;
        for (const file of files) {
            const { format, gzip } = detectFormat(file.path, options.format);
            const onTable = (table) => reservoir.add(table);
            switch (format) {
                case 'csv':
                case 'tsv':
                    await readDelimitedBatches(file.path, file.path, { ...options, types, gzip, allowEmpty: true, delimiter: options.delimiter ?? defaultDelimiter(format) }, ({ table, contradicted: names }) => {
                        for (const name of names)
                            contradicted.add(name);
                        if (names.length === 0)
                            reservoir.add(table);
                    });
                    break;
                case 'parquet':
                    await readParquetRowGroups(file.path, file.path, { ...options, types, gzip }, onTable);
                    break;
                default:
                    onTable(await loadWhole(file.path, { ...options, types, allowEmpty: true }));
            }
            if (contradicted.size > 0)
                break;
        }
        const clashing = reservoir.clashes();
        if (contradicted.size === 0 && clashing.length === 0) {
            if (reservoir.rowsRead === 0 && !options.allowEmpty)
                throw new errors_DataError('has no data rows', { file: path });
            return reservoir.table(path);
        }
        types = { ...types, ...Object.fromEntries([...contradicted, ...clashing].map((name) => [name, 'string'])) };
    }
    throw new errors_DataError('column types kept changing between batches while sampling', { file: path });
}
/** The N rows with the smallest hashes seen so far, stored column by column. */
class Reservoir {
    sample;
    rowsRead = 0;
    size = 0;
    hashes;
    positions;
    /** Max-heap of slots by (hash, position). */
    heap;
    columns;
    clashing = new Set();
    constructor(sample) {
        this.sample = sample;
        this.hashes = new Float64Array(sample.maxRows);
        this.positions = new Float64Array(sample.maxRows);
        this.heap = new Int32Array(sample.maxRows);
    }
    add(table) {
        this.columns ??= table.columns.map((c) => new SampleColumn(c.name, c.type, this.sample.maxRows));
        const byName = new Map(table.columns.map((c) => [c.name, c]));
        const sources = this.columns.map((s) => {
            const column = byName.get(s.name);
            if (!column)
                throw new errors_DataError(`has no column "${s.name}", which the dataset's first file has`, { file: table.source });
            if (!s.accepts(column))
                this.clashing.add(s.name);
            return column;
        });
        const key = this.sample.key === undefined ? undefined : byName.get(this.sample.key);
        if (this.sample.key !== undefined && key === undefined)
            throw new errors_DataError(`has no column "${this.sample.key}" to sample by`, { file: table.source });
        for (let r = 0; r < table.rowCount; r++) {
            const position = this.rowsRead + r;
            const hash = key === undefined ? hashPosition(this.sample.seed, position) : hashText(this.sample.seed, keyText(key, r));
            const slot = this.slotFor(hash, position);
            if (slot < 0)
                continue;
            for (let k = 0; k < sources.length; k++)
                this.columns[k].set(slot, sources[k], r);
        }
        this.rowsRead += table.rowCount;
    }
    clashes() {
        return [...this.clashing];
    }
    table(source) {
        const kept = Array.from({ length: this.size }, (_, i) => i).sort((a, b) => this.positions[a] - this.positions[b]);
        const columns = (this.columns ?? []).map((c) => c.build(kept));
        return {
            source,
            rowCount: kept.length,
            columns,
            sample: { rowsRead: this.rowsRead, maxRows: this.sample.maxRows, seed: this.sample.seed, key: this.sample.key ?? null },
            rowNumbers: Float64Array.from(kept, (slot) => this.positions[slot] + 1),
        };
    }
    /** The slot a row goes into, or -1 when it is not among the smallest. */
    slotFor(hash, position) {
        const n = this.sample.maxRows;
        if (this.size < n) {
            const slot = this.size++;
            this.hashes[slot] = hash;
            this.positions[slot] = position;
            this.heap[slot] = slot;
            this.siftUp(slot);
            return slot;
        }
        const top = this.heap[0];
        if (!this.before(hash, position, this.hashes[top], this.positions[top]))
            return -1;
        this.hashes[top] = hash;
        this.positions[top] = position;
        this.siftDown(0);
        return top;
    }
    before(h1, p1, h2, p2) {
        return h1 < h2 || (h1 === h2 && p1 < p2);
    }
    larger(i, j) {
        const a = this.heap[i];
        const b = this.heap[j];
        return this.before(this.hashes[b], this.positions[b], this.hashes[a], this.positions[a]);
    }
    siftUp(i) {
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!this.larger(i, parent))
                return;
            this.swap(i, parent);
            i = parent;
        }
    }
    siftDown(i) {
        for (;;) {
            const left = 2 * i + 1;
            const right = left + 1;
            let largest = i;
            if (left < this.size && this.larger(left, largest))
                largest = left;
            if (right < this.size && this.larger(right, largest))
                largest = right;
            if (largest === i)
                return;
            this.swap(i, largest);
            i = largest;
        }
    }
    swap(i, j) {
        const t = this.heap[i];
        this.heap[i] = this.heap[j];
        this.heap[j] = t;
    }
}
/** One column of the sample: numbers in a Float64Array, text as codes into a growing dictionary. */
class SampleColumn {
    name;
    numbers;
    codes;
    dictionary = [];
    index = new Map();
    type;
    constructor(name, type, capacity) {
        this.name = name;
        this.type = type;
        if (type === 'string')
            this.codes = new Int32Array(capacity);
        else
            this.numbers = new Float64Array(capacity);
    }
    /** Whether a batch's column fits this one: text with text, numbers with numbers (integer widening to number). */
    accepts(column) {
        if ((column.type === 'string') !== (this.type === 'string'))
            return false;
        if (column.type === this.type || column.type === 'string')
            return true;
        if ((column.type === 'integer' && this.type === 'number') || (column.type === 'number' && this.type === 'integer')) {
            this.type = 'number';
            return true;
        }
        return false;
    }
    set(slot, column, row) {
        if (isNumeric(column)) {
            if (this.numbers)
                this.numbers[slot] = column.values[row];
            return;
        }
        if (!this.codes)
            return;
        const code = column.codes[row];
        if (code < 0) {
            this.codes[slot] = -1;
            return;
        }
        const text = column.dictionary[code];
        let mine = this.index.get(text);
        if (mine === undefined) {
            mine = this.dictionary.push(text) - 1;
            this.index.set(text, mine);
        }
        this.codes[slot] = mine;
    }
    build(order) {
        if (this.numbers) {
            const values = Float64Array.from(order, (slot) => this.numbers[slot]);
            let nullCount = 0;
            for (let i = 0; i < values.length; i++)
                if (Number.isNaN(values[i]))
                    nullCount++;
            return { name: this.name, type: this.type, values, nullCount };
        }
        const codes = Int32Array.from(order, (slot) => this.codes[slot]);
        let nullCount = 0;
        for (let i = 0; i < codes.length; i++)
            if (codes[i] < 0)
                nullCount++;
        return { name: this.name, type: 'string', codes, dictionary: this.dictionary, nullCount };
    }
}
function keyText(column, row) {
    if (isNumeric(column))
        return String(column.values[row]);
    const code = column.codes[row];
    return code < 0 ? '' : column.dictionary[code];
}
/** 53 bits from two mixes, as a number in [0, 2^53). */
function combine(a, b) {
    return a * 2097152 + (b >>> 11);
}
function hashPosition(seed, position) {
    const lo = position >>> 0;
    const hi = Math.floor(position / 4294967296) >>> 0;
    const a = fmix32(fmix32(lo ^ fmix32(seed >>> 0)) ^ hi);
    return combine(a, fmix32(a ^ 0x9e3779b9));
}
/** FNV-1a over the UTF-16 code units, seeded, then mixed. */
function hashText(seed, text) {
    let h = (0x811c9dc5 ^ fmix32(seed >>> 0)) >>> 0;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
    const a = fmix32(h);
    return combine(a, fmix32(a ^ 0x9e3779b9));
}

;// CONCATENATED MODULE: ./src/io/load-dataset.ts
/**
 * `loadTable` over a glob or a directory (dataset-source.ts): every file read as loadTable reads
 * one, checked to have the same columns as the first (a DataError names the file and the column),
 * and concatenated into one Table whose `source` is the input as written. Hive partition columns
 * come after the files' own columns.
 *
 * Types across files: integer and number make number; a column with no value in a file takes the
 * type the other files give it; any other disagreement (numbers in one file, text in another)
 * makes the column text, as one CSV with both would: the files that read it as another type are
 * read again with the column as text, so its values are the files' tokens.
 * Files may be empty (a header only); the dataset may not, unless `allowEmpty`.
 */




async function loadDataset(input, options, loadFile) {
    const source = resolveDatasetSource(input, { format: options.format });
    const partitionNames = source.partitionColumns.map((p) => p.name);
    const fileOptions = {
        ...options,
        format: source.format,
        allowEmpty: true,
        columns: options.columns?.filter((c) => !partitionNames.includes(c)),
    };
    const tables = [];
    for (const file of source.files)
        tables.push(await loadFile(file.path, fileOptions));
    checkColumnsAgree(tables, source);
    const names = tables[0].columns.map((c) => c.name);
    const columns = [];
    for (const name of names) {
        let parts = tables.map((t) => t.columns.find((c) => c.name === name));
        if (needsText(parts)) {
            const reread = await Promise.all(tables.map(async (t, i) => (parts[i].type === 'string' || parts[i].nullCount === t.rowCount ? parts[i] : (await loadFile(source.files[i].path, { ...fileOptions, columns: [name], select: undefined, types: { ...options.types, [name]: 'string' } })).columns[0])));
            parts = reread;
        }
        columns.push(concatenate(name, parts, tables.map((t) => t.rowCount)));
    }
    const rowCount = tables.reduce((s, t) => s + t.rowCount, 0);
    if (rowCount === 0 && !options.allowEmpty)
        throw new errors_DataError(`has no data rows in any of its ${source.files.length} file${source.files.length === 1 ? '' : 's'}`, { file: input });
    const wantedPartitions = source.partitionColumns.filter((p) => options.columns !== undefined ? options.columns.includes(p.name) : options.select === undefined || selects(options.select)(p.name));
    for (const partition of wantedPartitions)
        columns.push(partitionColumn(source, partition.name, partition.type, tables.map((t) => t.rowCount)));
    const ordered = options.columns !== undefined ? options.columns.map((n) => columns.find((c) => c.name === n)) : columns;
    const table = { source: input, rowCount, columns: ordered };
    const fileColumns = tables[0].fileColumns;
    return fileColumns === undefined ? table : { ...table, fileColumns: [...fileColumns, ...partitionNames] };
}
function checkColumnsAgree(tables, source) {
    const namesOf = (t) => t.fileColumns ?? t.columns.map((c) => c.name);
    const first = namesOf(tables[0]);
    tables.forEach((t, i) => {
        const theirs = namesOf(t);
        const missing = first.find((n) => !theirs.includes(n));
        const extra = theirs.find((n) => !first.includes(n));
        const file = source.files[i].path;
        if (missing !== undefined)
            throw new errors_DataError(`has no column "${missing}", which "${source.files[0].path}" has; the files of a dataset must have the same columns`, { file });
        if (extra !== undefined)
            throw new errors_DataError(`has a column "${extra}", which "${source.files[0].path}" has not; the files of a dataset must have the same columns`, { file, column: extra });
    });
    for (const p of source.partitionColumns) {
        if (first.includes(p.name))
            throw new errors_DataError(`the partition directory name "${p.name}=" is also a column of the files`, { file: source.files[0].path, column: p.name });
    }
}
/** The column's files disagree beyond integer/number (ignoring files where it has no value). */
function needsText(parts) {
    const types = new Set(parts.filter((c) => c.nullCount < lengthOf(c)).map((c) => (c.type === 'integer' ? 'number' : c.type)));
    return types.size > 1;
}
function lengthOf(c) {
    return isNumeric(c) ? c.values.length : c.codes.length;
}
function concatenate(name, parts, rows) {
    const total = rows.reduce((s, r) => s + r, 0);
    const valued = parts.filter((c, i) => c.nullCount < rows[i]);
    const nullCount = parts.reduce((s, c) => s + c.nullCount, 0);
    const text = valued.some((c) => c.type === 'string') || (valued.length === 0 && parts.every((c) => c.type === 'string'));
    if (text) {
        const dictionary = [];
        const index = new Map();
        const codes = new Int32Array(total);
        let at = 0;
        parts.forEach((c, i) => {
            if (c.type !== 'string') {
                codes.fill(-1, at, at + rows[i]); // no values in this file
            }
            else {
                const remap = Int32Array.from(c.dictionary, (label) => {
                    let code = index.get(label);
                    if (code === undefined) {
                        code = dictionary.length;
                        index.set(label, code);
                        dictionary.push(label);
                    }
                    return code;
                });
                for (let r = 0; r < c.codes.length; r++)
                    codes[at + r] = c.codes[r] < 0 ? -1 : remap[c.codes[r]];
            }
            at += rows[i];
        });
        return { name, type: 'string', codes, dictionary, nullCount };
    }
    const values = new Float64Array(total);
    let at = 0;
    parts.forEach((c, i) => {
        if (isNumeric(c))
            values.set(c.values, at);
        else
            values.fill(NaN, at, at + rows[i]);
        at += rows[i];
    });
    const types = new Set(valued.map((c) => c.type));
    const type = types.size === 0 ? (parts[0].type === 'string' ? 'number' : parts[0].type) : types.size === 1 ? [...types][0] : 'number';
    return { name, type, values, nullCount };
}
function partitionColumn(source, name, type, rows) {
    const j = source.partitionColumns.findIndex((p) => p.name === name);
    const total = rows.reduce((s, r) => s + r, 0);
    let at = 0;
    if (type === 'string') {
        const dictionary = [];
        const codes = new Int32Array(total);
        let nullCount = 0;
        source.files.forEach((file, i) => {
            const text = file.partitions[j].text;
            let code = -1;
            if (text !== null && text.trim() !== '') {
                code = dictionary.indexOf(text);
                if (code < 0)
                    code = dictionary.push(text) - 1;
            }
            else {
                nullCount += rows[i];
            }
            codes.fill(code, at, at + rows[i]);
            at += rows[i];
        });
        return { name, type, codes, dictionary, nullCount };
    }
    const values = new Float64Array(total);
    let nullCount = 0;
    source.files.forEach((file, i) => {
        const v = partitionNumber(file.partitions[j].text, type);
        if (Number.isNaN(v))
            nullCount += rows[i];
        values.fill(v, at, at + rows[i]);
        at += rows[i];
    });
    return { name, type, values, nullCount };
}

;// CONCATENATED MODULE: ./src/io/load.ts












/**
 * Reads the file at `path` (relative to the working directory). `Table.source` is `path`.
 * A glob or a directory reads every file of the dataset and concatenates them (load-dataset.ts).
 */
async function loadTable(path, options = {}) {
    if (options.sample) {
        const { sample, ...rest } = options;
        const table = await loadSampledTable(path, rest, sample, (file, whole) => loadFile(file, whole));
        sample.onSampled?.({ file: path, ...table.sample, kept: table.rowCount });
        return selected(table, options.select);
    }
    if (isMultiFileInput(path))
        return loadDataset(path, options, loadFile);
    return loadFile(path, options);
}
/** One file. */
async function loadFile(path, options) {
    const { format, gzip } = detectFormat(path, options.format);
    const fileSize = await statFile(path, path);
    await checkFitsInMemory([{ path, source: path, onDisk: fileSize, format, gzip }]);
    switch (format) {
        case 'csv':
        case 'tsv': {
            const delimited = { ...options, gzip, fileSize, delimiter: options.delimiter ?? defaultDelimiter(format) };
            const split = defaultSplitSettings();
            return splitsFile(fileSize, delimited, split) ? loadDelimitedSplit(path, path, delimited, split) : loadDelimited(path, path, delimited);
        }
        case 'json':
            return selected(await loadJson(path, path, { ...options, gzip }), options.select);
        case 'jsonl':
            return selected(await loadJsonLines(path, path, { ...options, gzip }), options.select);
        case 'parquet':
            return loadParquet(path, path, { ...options, gzip });
    }
}
/** The table's columns that `select` accepts, with every column's name kept in `fileColumns`. */
function selected(table, selection) {
    if (selection === undefined)
        return table;
    const wanted = selects(selection);
    return { ...table, columns: table.columns.filter((c) => wanted(c.name)), fileColumns: table.columns.map((c) => c.name) };
}

;// CONCATENATED MODULE: ./src/io/worker/load-table-worker.ts
// Entry of dist/load-table-worker/index.js: reads one file for loadTablePair (src/io/load-pair.ts),
// or the second half of one CSV file (src/io/split-delimited.ts), and posts the Table back with its
// typed arrays transferred, or the error as data.
// (No top-level await: the bundler's parser does not take it in an entry file.)




const { path, options, delimited } = external_node_worker_threads_namespaceObject.workerData;
void (delimited === undefined ? loadTable(path, options) : loadDelimited(path, path, delimited)).then((table) => post({ ok: true, table }, transferList(table)), (error) => post({ ok: false, error: serialiseError(error) }));
function post(reply, transfer = []) {
    try {
        external_node_worker_threads_namespaceObject.parentPort.postMessage(reply, transfer);
    }
    catch {
        // A buffer Node will not transfer (newer Node throws for those): copy rather than fail.
        external_node_worker_threads_namespaceObject.parentPort.postMessage(reply);
    }
}

