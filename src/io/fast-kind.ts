/** How the fast path of the delimited reader (fast-records.ts) treats a column, as its builder (column-builder.ts) sets it. */

/** Not read (an unwanted column, or a contradicted one that will be read again as text). */
export const FAST_SKIP = 0;
/** Numbers into a Float64 block; empty is missing (NaN). */
export const FAST_NUMBER = 1;
/** As FAST_NUMBER, for an explicit integer type: a non-integer ends the run (the general path reports it). */
export const FAST_INTEGER = 2;
/** Text codes into an Int32 block, through the column's interner; missing is -1. */
export const FAST_TEXT = 3;
/** Scanned here, given to the builder's addField once the record is plain. */
export const FAST_GENERAL = 4;
export type FastKind = typeof FAST_SKIP | typeof FAST_NUMBER | typeof FAST_INTEGER | typeof FAST_TEXT | typeof FAST_GENERAL;
