/**
 * The paid Snapshot: a deeper question bank answered by several leaders of one company, scored,
 * compared across roles, checked against the pipeline and drafted into a written assessment.
 * Plain functions over plain data; storage and pages live elsewhere.
 */
import { snapshotV1 } from "./banks/snapshot-v1";

export { CURRENT_SNAPSHOT_VERSION, SNAPSHOT_BANKS, getSnapshotBank } from "./banks";
export { analyzeSnapshot, type PipelineAnalysis, type SnapshotAnalysis } from "./analyze-snapshot";
export {
  attachedDiagnosticColumns,
  attachedDiagnosticOf,
  ZAttachedScores,
  type AttachedDiagnostic,
  type AttachedDiagnosticColumns,
} from "./attached-diagnostic";
export { QUARTER_DAYS, SNAPSHOT_BENCHMARKS, type Benchmark, type BenchmarkKey } from "./benchmarks";
export {
  CLAIM_HEALTHY_BELOW,
  claimedVsMeasured,
  type ClaimCheck,
  type ClaimFinding,
  type ClaimedVsMeasured,
} from "./claimed-vs-measured";
export { COSTLIEST_MARGIN, costliestOf, type Costliest } from "./costliest";
export { combineScores, meanScore, rankFractures, type CombinedScores } from "./combine-scores";
export {
  draftAssessment,
  type AssessmentSection,
  type AssessmentSectionKey,
  type DraftAssessmentInput,
} from "./draft-assessment";
export {
  EDITOR_NOTE_MARKER,
  editorNote,
  editorNotesIn,
  editorNotesRefusal,
  isEditorNoteLine,
  sectionsWithEditorNotes,
  type SectionNotes,
} from "./editor-notes";
export { diagnosticComparison } from "./draft/diagnostic-comparison";
export { REPAIR_ACTIONS } from "./draft/plan-section";
export { formatDays, formatMoney, formatMultiple, formatPercent } from "./format-figures";
export {
  PIPELINE_SECTIONS,
  WITHOUT_PIPELINE,
  pipelineRedraft,
  type PipelineRedraft,
} from "./pipeline-redraft";
export { measuredFigures, type MeasuredFigures } from "./measured-figures";
export {
  PERCEPTION_GAP_THRESHOLD,
  TOP_QUESTION_GAPS,
  perceptionGaps,
  type FractureGap,
  type PerceptionGaps,
  type QuestionGap,
  type RoleAnswer,
  type RoleView,
} from "./perception-gaps";
export {
  PRICE_LEVERS,
  priceFractures,
  type FracturePrice,
  type VelocityFactor,
} from "./price-fractures";
export {
  LEADERSHIP_ROLES,
  RESPONDENT_ROLES,
  ROLE_LABELS,
  ROLE_TITLES,
  ZRespondentRole,
} from "./respondent-roles";
export {
  dueForReminder,
  nextReminderAt,
  reminderDue,
  type ReminderCadence,
  type ReminderCandidate,
} from "./reminder-cadence";
export { EVIDENCE_MAX_LENGTH, responseSchemaFor } from "./response-schema";
export { answerLeaks, scoreRespondent } from "./score-respondent";
export type {
  PipelineFigures,
  RespondentRole,
  RespondentScore,
  SnapshotBank,
  SnapshotOption,
  SnapshotQuestion,
  SnapshotRespondent,
  SnapshotResponse,
  SnapshotTopic,
} from "./types";

/** The question bank new Snapshots are taken on. */
export const snapshot = snapshotV1;
