-- A Snapshot bought after the free diagnostic keeps a copy of that result, and its purchase
-- names the result it came from. Every column is nullable: most Snapshots have none.

-- AlterTable
ALTER TABLE "Snapshot" ADD COLUMN     "diagnosticBankVersion" TEXT,
ADD COLUMN     "diagnosticPricingVersion" TEXT,
ADD COLUMN     "diagnosticPrimary" "Fracture",
ADD COLUMN     "diagnosticRevenueBand" TEXT,
ADD COLUMN     "diagnosticRole" TEXT,
ADD COLUMN     "diagnosticScores" JSONB,
ADD COLUMN     "diagnosticTakenAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SnapshotPurchase" ADD COLUMN     "diagnosticAssessmentId" UUID;
