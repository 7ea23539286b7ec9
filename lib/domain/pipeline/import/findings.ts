import type { Opportunity, StageEvent } from "../types";
import type { DuplicateIds } from "./duplicate-ids";

/**
 * What an import found wrong or missing in its files (docs/pipeline-model.md, "Data-quality
 * findings"). Browser imports and `pipeline:report` count them the same way.
 */
export type ImportFindings = {
  /** Ids on more than one row: the last row of each was kept. */
  duplicateIds: {
    ids: number;
    rowsSetAside: number;
    examples: { id: string; lines: number[] }[];
  };
  /** Deals kept with an unknown value: left out of value figures. */
  blankAmounts: { won: number; lost: number; open: number };
  /** Closed deals whose close precedes their opening: left out of the sales cycle. */
  closeBeforeOpened: number;
  /** Amounts in a currency with no rate given: the deal is kept, its value unknown. */
  noRate: { deals: number; currencies: string[] };
  /** Rows refused for a negative amount. */
  negativeAmounts: number;
  /** Dates later than the as-of date (when an export date was given). */
  datesAfterAsOf: number;
  /** Path entries the files do not date (passed at an unknown time). */
  undatedEntries: number;
};

export function emptyFindings(): ImportFindings {
  return {
    duplicateIds: { ids: 0, rowsSetAside: 0, examples: [] },
    blankAmounts: { won: 0, lost: 0, open: 0 },
    closeBeforeOpened: 0,
    noRate: { deals: 0, currencies: [] },
    negativeAmounts: 0,
    datesAfterAsOf: 0,
    undatedEntries: 0,
  };
}

/** Count what one kept deal shows: an unknown amount, an impossible cycle, undated entries. */
export function noteDeal(
  findings: ImportFindings,
  deal: { opportunity: Opportunity; path: StageEvent[]; amountUnknown?: "blank" | "no-rate" },
  asOf: Date | null,
) {
  const o = deal.opportunity;
  if (deal.amountUnknown === "no-rate") {
    findings.noRate.deals++;
    if (o.currency && !findings.noRate.currencies.includes(o.currency))
      findings.noRate.currencies.push(o.currency);
  } else if (o.amount === null) findings.blankAmounts[o.status]++;
  if (o.status !== "open" && o.createdAt && o.closedAt && o.closedAt < o.createdAt)
    findings.closeBeforeOpened++;
  for (const e of deal.path) {
    if (!e.enteredAt) findings.undatedEntries++;
    else if (asOf && e.enteredAt > asOf) findings.datesAfterAsOf++;
  }
}

/** Count refused rows by their reason where a finding names it. */
export function noteRefusals(findings: ImportFindings, refused: { reason: string }[]) {
  for (const r of refused) if (r.reason.includes("is negative")) findings.negativeAmounts++;
}

/** The duplicates the first pass found, with a few examples to show. */
export function noteDuplicates(
  findings: ImportFindings,
  duplicates: DuplicateIds,
  fileName: (index: number) => string,
) {
  const all = duplicates.duplicates();
  findings.duplicateIds = {
    ids: all.length,
    rowsSetAside: duplicates.setAsideCount,
    examples: all.slice(0, 10).map((d) => ({
      id: d.id,
      lines: d.setAside.map((r) => r.line),
      ...(d.setAside.some((r) => r.file !== d.setAside[0]!.file)
        ? { files: d.setAside.map((r) => fileName(r.file)) }
        : {}),
    })),
  };
}
