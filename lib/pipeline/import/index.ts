/** CRM export reading, as pure functions: format detection, column and stage mapping, values. */
export { columnMap, detectFormat } from "./detect-format";
export {
  HUBSPOT_DATE_ENTERED,
  OPPORTUNITY_FIELDS,
  type ImportFormat,
  type OpportunityField,
} from "./fields";
export { mapStage, type StageLabels } from "./map-stage";
export { parseAmount, parseDate, type DateOrder, type Parsed } from "./parse-values";
export {
  readHistory,
  readOpportunities,
  type ReadOptions,
  type ReadResult,
  type RowProblem,
} from "./read-opportunities";
