/** The data-loading layer: files → columnar tables. */
export * from './table.js';
export { loadTable, type LoadOptions } from './load.js';
export { FILE_FORMATS, SUPPORTED_EXTENSIONS, detectFormat, type FileFormat } from './format.js';
export { expandFileInput } from './glob.js';
export { resolveDatasetSource, isMultiFileInput, type DatasetSource, type DatasetFile, type PartitionColumn } from './dataset-source.js';
