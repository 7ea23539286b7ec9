/**
 * The shared scoreboard: one signed definition of a qualified opportunity with its handoff
 * protocol, one set of figures both teams defend, and the review rhythm that keeps them honest.
 * Plain functions over plain data; storage and pages live elsewhere.
 */
export {
  CADENCES,
  CADENCE_DAYS,
  CADENCE_LABELS,
  DEFAULT_CADENCE,
  nextReviewDate,
  reminderDue,
  startOfUtcDay,
  type Cadence,
} from "./cadence";
export {
  SCOREBOARD_FIGURES,
  changeSince,
  type FigureChange,
  type FigureFormat,
  type FigureInfo,
  type FigureKey,
} from "./change-since";
export {
  followUpKey,
  followUpsFor,
  movedSince,
  reviewDueOn,
  reviewListFor,
  reviewTiming,
  startsEarly,
  type DealNow,
  type DealStatusNow,
  type FollowUp,
  type FollowUpStatus,
  type PriorDecision,
  type ReviewCandidate,
} from "./carry-forward";
export { DEFAULT_STANDARD } from "./default-standard";
export { REVIEW_SORTS, REVIEW_SORT_LABELS, sortReviewDeals, type ReviewSort } from "./review-order";
export { figureReason, type ReasonContext } from "./figure-reasons";
export {
  COVERAGE_BENCHMARK,
  HANDOFF_PASS_MARK,
  figureTarget,
  type TargetContext,
  type TargetVerdict,
} from "./figure-targets";
export { SCOREBOARD_TILES, figureTiles, type FigureTile } from "./figure-tiles";
export {
  handoffAnswers,
  handoffCompliance,
  medianAnswerHours,
  type HandoffAnswer,
  type HandoffCompliance,
  type HandoffOptions,
  type HandoffOutcome,
} from "./handoff-compliance";
export { reviewAgenda, unclearReason, type AgendaDeal } from "./review-agenda";
export {
  DECISION_LIMITS,
  ZEliminateDecision,
  advanceDecisionSchemaFor,
  reviewDecisionSchemaFor,
  type AdvanceDecision,
  type EliminateDecision,
  type ReviewDecision,
} from "./review-decisions";
export {
  ZScoreboardFigures,
  scoreboardFigures,
  sqlToWonRate,
  type ScoreboardFigures,
  type ScoreboardOptions,
} from "./scoreboard-figures";
export {
  LEAD_FUNCTIONS,
  LEAD_FUNCTION_TITLES,
  draftNeedsSignatures,
  effectiveVersion,
  latestVersion,
  leadsProblem,
  signingProblem,
  versionStatus,
  type FunctionLeads,
  type LeadFunction,
  type SigningAttempt,
  type StandardSignature,
  type StandardVersion,
  type VersionStatus,
} from "./signing";
export {
  STANDARD_LIMITS,
  ZQualificationStandard,
  type HandoffProtocol,
  type QualificationCriteria,
  type QualificationStandard,
  type QualificationThreshold,
} from "./standard";
