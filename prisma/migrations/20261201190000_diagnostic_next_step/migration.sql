-- The call to action an organization puts on its branded link's results, and the clicks on it.
-- Only columns are added, on tables whose row-level security already covers them: Organization
-- is read outside it (its public pages), DiagnosticAssessment keeps its tenant and link policies.

CREATE TYPE "NextStepKind" AS ENUM ('BOOKING', 'EMAIL', 'SNAPSHOT_REQUEST');

ALTER TABLE "Organization" ADD COLUMN "nextStepKind" "NextStepKind",
ADD COLUMN "nextStepUrl" TEXT,
ADD COLUMN "nextStepEmail" TEXT,
ADD COLUMN "nextStepLabel" TEXT,
ADD COLUMN "nextStepNote" TEXT;

ALTER TABLE "DiagnosticAssessment" ADD COLUMN "bookingClicks" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "bookingLastClickedAt" TIMESTAMP(3),
ADD COLUMN "emailClicks" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "emailLastClickedAt" TIMESTAMP(3),
ADD COLUMN "snapshotRequestedAt" TIMESTAMP(3);
