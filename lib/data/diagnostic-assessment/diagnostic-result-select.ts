import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * What a result page reads of a stored diagnostic. The contact email is deliberately left out:
 * a result shows what was answered, not who answered it.
 */
export const diagnosticResultSelect = {
  id: true,
  bankVersion: true,
  answers: true,
  scores: true,
  primary: true,
  role: true,
  revenueBand: true,
  vertical: true,
  averageDealSize: true,
  winRatePercent: true,
  pricingVersion: true,
  createdAt: true,
  /** Part of the cache key of the result's PDF and image: a stored result that changes gets new ones. */
  updatedAt: true,
  organization: { select: { slug: true, name: true, kind: true } },
} satisfies Prisma.DiagnosticAssessmentSelect;
