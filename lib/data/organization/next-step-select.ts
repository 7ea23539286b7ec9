import type { Prisma } from "@/lib/generated/prisma/client";

/** The organization's call-to-action columns, as lib/domain/organization/next-step-setting reads them. */
export const NEXT_STEP_SELECT = {
  nextStepKind: true,
  nextStepUrl: true,
  nextStepEmail: true,
  nextStepLabel: true,
  nextStepNote: true,
} satisfies Prisma.OrganizationSelect;
