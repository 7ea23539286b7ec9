import { diagnosticV1 } from "./banks/diagnostic-v1";

export { CURRENT_DIAGNOSTIC_VERSION, DIAGNOSTIC_BANKS, getDiagnosticBank } from "./banks";
export {
  FRACTURES,
  FRACTURE_INFO,
  REPAIR_ORDER,
  type FractureInfo,
  type FractureKey,
} from "./fractures";
export {
  explainResult,
  type AnswerChange,
  type ChangeInsight,
  type Driver,
  type ResultInsights,
  type StartHere,
} from "./insights";
export { startHere } from "./rank";
export {
  PRIMARY_THRESHOLD,
  answersSchemaFor,
  primaryOf,
  scoreDiagnostic,
  scoreWithBank,
} from "./score";
export {
  SEVERITY_COLORS,
  SEVERITY_SCALE,
  severityBandOf,
  severityRangeOf,
  type SeverityBand,
} from "./severity";
export type {
  DiagnosticBank,
  DiagnosticOption,
  DiagnosticQuestion,
  DiagnosticResult,
  FractureScore,
} from "./types";

/** The question bank new diagnostics are taken on. */
export const diagnostic = diagnosticV1;
