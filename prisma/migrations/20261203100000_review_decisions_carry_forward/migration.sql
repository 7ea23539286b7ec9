-- Reviews keep their cadence and their decisions from one meeting to the next: each review
-- records the day it was due and whether it started early, a deal listed on it records where it
-- stood (so a later import shows whether it moved), and an earlier review's advance decisions are
-- frozen into the next review as its follow-ups.

-- AlterEnum
ALTER TYPE "ReviewDealReason" ADD VALUE 'REOPENED';

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('DONE', 'OVERDUE', 'PENDING');

-- AlterTable
ALTER TABLE "ScoreboardReview" ADD COLUMN "dueOn" DATE,
ADD COLUMN "startedEarly" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "closedUndecided" INTEGER,
ADD COLUMN "heldOut" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "ReviewDeal" ADD COLUMN "stageEnteredAt" TIMESTAMP(3),
ADD COLUMN "stallRatio" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "ReviewDeal_organizationId_externalId_idx" ON "ReviewDeal"("organizationId", "externalId");

-- CreateTable
CREATE TABLE "ReviewFollowUp" (
    "organizationId" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "fromReviewNumber" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "amount" DECIMAL(18,2),
    "nextStep" TEXT NOT NULL,
    "decisionOwner" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "status" "FollowUpStatus" NOT NULL,
    "stageAtDecision" TEXT,
    "stageNow" TEXT,
    "dealStatus" "OpportunityStatus",

    CONSTRAINT "ReviewFollowUp_pkey" PRIMARY KEY ("organizationId","reviewId","externalId")
);

-- AddForeignKey
ALTER TABLE "ReviewFollowUp" ADD CONSTRAINT "ReviewFollowUp_organizationId_reviewId_fkey" FOREIGN KEY ("organizationId", "reviewId") REFERENCES "ScoreboardReview"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme): the company's own.
ALTER TABLE "ReviewFollowUp" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReviewFollowUp" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReviewFollowUp"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON "ReviewFollowUp" TO revenue_chain_app;
