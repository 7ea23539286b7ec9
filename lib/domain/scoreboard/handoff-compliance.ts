import {
  median,
  QUALIFIED_FROM_STAGE,
  ratio,
  type PipelineData,
  type StageDefinition,
} from "@/lib/domain/pipeline";

const HOUR_MS = 60 * 60 * 1000;

export type HandoffOutcome = "acceptedInTime" | "rejectedInTime" | "late" | "neverAnswered";

export type HandoffAnswer = {
  opportunityId: string;
  /** When the lead entered the handoff stage. */
  handedOverAt: Date;
  deadline: Date;
  /** When sales accepted or rejected it; null when it had not by `asOf`. */
  answeredAt: Date | null;
  outcome: HandoffOutcome;
};

export type HandoffCompliance = {
  considered: number;
  acceptedInTime: number;
  rejectedInTime: number;
  late: number;
  neverAnswered: number;
  /** Answered in time (accepted or rejected) ÷ considered. */
  compliance: number | null;
};

export type HandoffOptions = {
  /** Hours sales has to answer, from the standard's handoff protocol. */
  responseHours: number;
  asOf: Date;
  /** Handoffs made on or after this instant. */
  from?: Date;
  /** Handoffs made before this instant. */
  to?: Date;
  /** The stage a lead enters when marketing passes it on. */
  handoffStage?: string;
  /** The first stage that means sales took it. */
  acceptedStage?: string;
};

type Answer = { kind: "accepted" | "rejected"; at: Date } | null;

/**
 * How sales answered one handoff: by the stay's next event, or by the close when the stay was
 * the last. Moving on to the accepted stage or beyond (or winning) accepts the lead; losing it,
 * or sending it back to an earlier stage to be nurtured, rejects it. Anything else (a repeated
 * handoff, a stage we do not know) is no answer.
 */
function answerOf(
  next: { stage: string; enteredAt: Date | null } | undefined,
  close: { status: "open" | "won" | "lost"; closedAt: Date | null } | undefined,
  stages: Map<string, StageDefinition>,
  handoffOrder: number,
  acceptedOrder: number,
): Answer {
  if (!next) {
    if (!close?.closedAt || close.status === "open") return null;
    return { kind: close.status === "won" ? "accepted" : "rejected", at: close.closedAt };
  }
  const stage = stages.get(next.stage);
  // An answer at an unknown time cannot be judged in time or late.
  if (!stage || !next.enteredAt) return null;
  if (stage.kind === "won") return { kind: "accepted", at: next.enteredAt };
  if (stage.kind === "lost") return { kind: "rejected", at: next.enteredAt };
  if (stage.order >= acceptedOrder) return { kind: "accepted", at: next.enteredAt };
  if (stage.order < handoffOrder) return { kind: "rejected", at: next.enteredAt };
  return null;
}

/**
 * Each handoff in [from, to) whose response window closed before `asOf`, with how it was
 * answered. Answers after `asOf` are ignored, so figures frozen at a review do not change.
 */
export function handoffAnswers(data: PipelineData, options: HandoffOptions): HandoffAnswer[] {
  const { responseHours, asOf, from, to } = options;
  const stages = new Map(data.stages.map((s) => [s.key, s]));
  const handoffStage = options.handoffStage ?? "mql";
  const handoffOrder = stages.get(handoffStage)?.order ?? Number.MAX_SAFE_INTEGER;
  const acceptedOrder =
    stages.get(options.acceptedStage ?? QUALIFIED_FROM_STAGE)?.order ?? Number.MAX_SAFE_INTEGER;
  const closes = new Map(data.opportunities.map((o) => [o.id, o]));

  const byOpportunity = new Map<string, PipelineData["events"]>();
  for (const event of data.events) {
    const list = byOpportunity.get(event.opportunityId);
    if (list) list.push(event);
    else byOpportunity.set(event.opportunityId, [event]);
  }

  const answers: HandoffAnswer[] = [];
  for (const [opportunityId, events] of byOpportunity) {
    const ordered = [...events].sort((a, b) => a.seq - b.seq);
    ordered.forEach((event, i) => {
      // A handoff at an unknown time has no deadline to keep.
      const handedOverAt = event.enteredAt;
      if (event.stage !== handoffStage || !handedOverAt) return;
      if ((from && handedOverAt < from) || (to && handedOverAt >= to)) return;
      const deadline = new Date(handedOverAt.getTime() + responseHours * HOUR_MS);
      if (deadline >= asOf) return;
      const answer = answerOf(
        ordered[i + 1],
        closes.get(opportunityId),
        stages,
        handoffOrder,
        acceptedOrder,
      );
      const known = answer && answer.at <= asOf ? answer : null;
      let outcome: HandoffOutcome = "neverAnswered";
      if (known && known.at > deadline) outcome = "late";
      else if (known) outcome = known.kind === "accepted" ? "acceptedInTime" : "rejectedInTime";
      answers.push({
        opportunityId,
        handedOverAt,
        deadline,
        answeredAt: known?.at ?? null,
        outcome,
      });
    });
  }
  return answers.sort((a, b) => a.handedOverAt.getTime() - b.handedOverAt.getTime());
}

/**
 * Whether sales answers the leads it is passed within the hours the standard promises. An
 * answer is either kind: a quick, reasoned rejection keeps the protocol as well as an
 * acceptance does, while a lead nobody touches breaks it.
 */
export function handoffCompliance(data: PipelineData, options: HandoffOptions): HandoffCompliance {
  const counts = { acceptedInTime: 0, rejectedInTime: 0, late: 0, neverAnswered: 0 };
  const answers = handoffAnswers(data, options);
  for (const a of answers) counts[a.outcome]++;
  return {
    considered: answers.length,
    ...counts,
    compliance: ratio(counts.acceptedInTime + counts.rejectedInTime, answers.length),
  };
}

/**
 * How long sales took over the handoffs it did answer, as a median in hours: what tells a team
 * at 0 % whether it answers a little late or days late. Null when none was answered.
 */
export function medianAnswerHours(answers: HandoffAnswer[]): number | null {
  return median(
    answers
      .filter((a) => a.answeredAt !== null)
      .map((a) => (a.answeredAt!.getTime() - a.handedOverAt.getTime()) / HOUR_MS),
  );
}
