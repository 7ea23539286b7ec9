/** CRM export reading, as pure functions: format detection, column and stage mapping, values. */
export { columnMap, detectFormat } from "./detect-format";
export {
  HISTORY_HEADERS,
  HUBSPOT_DATE_ENTERED,
  OPPORTUNITY_FIELDS,
  type ImportFormat,
  type OpportunityField,
} from "./fields";
export { mapStage, type StageLabels } from "./map-stage";
export {
  guessDateOrder,
  parseAmount,
  parseDate,
  type DateOrder,
  type Parsed,
} from "./parse-values";
export {
  readHistory,
  readOpportunities,
  type ReadOptions,
  type ReadResult,
  type RowProblem,
} from "./read-opportunities";
export { batches, csvHead, csvRecords, CsvFileError, type CsvRecord } from "./csv-records";
export { ZImportOptions, type ImportOptions } from "./options";
