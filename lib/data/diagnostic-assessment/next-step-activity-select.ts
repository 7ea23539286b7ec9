import type { Prisma } from "@/lib/generated/prisma/client";

/** The columns lib/domain/organization/next-step-activity describes. */
export const NEXT_STEP_ACTIVITY_SELECT = {
  bookingClicks: true,
  bookingLastClickedAt: true,
  emailClicks: true,
  emailLastClickedAt: true,
  snapshotRequestedAt: true,
} satisfies Prisma.DiagnosticAssessmentSelect;
