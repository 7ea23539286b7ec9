/**
 * CRM export reading, as pure functions: file sniffing (encoding, delimiter, decimal mark), format
 * detection, column and stage mapping, values.
 */
export { columnMap, detectFormat, findColumn, historyColumns } from "./detect-format";
export {
  headerKey,
  HISTORY_HEADERS,
  HUBSPOT_DATE_ENTERED,
  KNOWN_HEADERS,
  OPPORTUNITY_FIELDS,
  type ImportFormat,
  type OpportunityField,
} from "./fields";
export { suggestColumns } from "./suggest-columns";
export { canonicalRecordId } from "./record-id";
export { sniffFile, SNIFF_BYTES, type SniffResult } from "./sniff";
export {
  DEFAULT_DIALECT,
  type CsvDelimiter,
  type CsvDialect,
  type CsvEncoding,
  type DecimalMark,
} from "./dialect";
export { mapStage, type StageLabels } from "./map-stage";
export {
  guessDateOrder,
  parseAmount,
  parseDate,
  type DateOrder,
  type Parsed,
} from "./parse-values";
export {
  columnIndex,
  importStageSet,
  labelReader,
  readDeals,
  type CurrencyRule,
  type DealFileMapping,
  type DealRow,
  type ReadContext,
  type ReadDealsResult,
  type RowProblem,
  type StageLabelMap,
} from "./read-deals";
export { readHistory, type HistoryFileMapping, type HistoryRow } from "./read-history";
export { DuplicateIds } from "./duplicate-ids";
export {
  emptyFindings,
  noteDeal,
  noteDuplicates,
  noteRefusals,
  type ImportFindings,
} from "./findings";
export { batches, csvHead, csvRecords, CsvFileError, type CsvRecord } from "./csv-records";
export { ZFileMapping, ZImportOptions, type FileMapping, type ImportOptions } from "./options";
export {
  FileScanner,
  headerSignature,
  MAX_DISTINCT,
  type ColumnScan,
  type FileScan,
} from "./scan-file";
export { suggestFileMapping, suggestStageLabels, unmappedLabels } from "./suggest-mapping";
export { importInMemory, type MemoryFile, type MemoryImport } from "./import-in-memory";
