-- CreateEnum
CREATE TYPE "PurchaseStatus" AS ENUM ('PENDING', 'PAID', 'REFUNDED', 'EXPIRED', 'FAILED');

-- CreateEnum
CREATE TYPE "RespondentRole" AS ENUM ('CEO', 'MARKETING', 'SALES', 'OTHER');

-- CreateTable
CREATE TABLE "SnapshotPurchase" (
    "organizationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "clientOrganizationId" UUID NOT NULL,
    "snapshotId" UUID NOT NULL,
    "createdById" UUID,
    "checkoutSessionId" TEXT,
    "paymentIntentId" TEXT,
    "testMode" BOOLEAN NOT NULL,
    "status" "PurchaseStatus" NOT NULL DEFAULT 'PENDING',
    "amountTotal" INTEGER,
    "currency" TEXT,
    "receiptUrl" TEXT,
    "paidAt" TIMESTAMP(3),
    "refundedAt" TIMESTAMP(3),
    "expiredAt" TIMESTAMP(3),
    "failedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SnapshotPurchase_pkey" PRIMARY KEY ("organizationId","id")
);

-- CreateTable
CREATE TABLE "StripeEvent" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StripeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Snapshot" (
    "organizationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "purchasedByOrganizationId" UUID NOT NULL,
    "bankVersion" TEXT NOT NULL,
    "unlocked" BOOLEAN NOT NULL DEFAULT false,
    "paymentStatus" "PurchaseStatus" NOT NULL DEFAULT 'PENDING',
    "answeringClosedAt" TIMESTAMP(3),
    "closedById" UUID,
    "draftSections" JSONB,
    "draftUpdatedAt" TIMESTAMP(3),
    "shareTokenHash" TEXT,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Snapshot_pkey" PRIMARY KEY ("organizationId","id")
);

-- CreateTable
CREATE TABLE "SnapshotRespondent" (
    "organizationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "snapshotId" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT,
    "role" "RespondentRole" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "evidence" JSONB NOT NULL DEFAULT '{}',
    "answeredCount" INTEGER NOT NULL DEFAULT 0,
    "invitedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "remindedAt" TIMESTAMP(3),
    "reminderCount" INTEGER NOT NULL DEFAULT 0,
    "submittedAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SnapshotRespondent_pkey" PRIMARY KEY ("organizationId","id")
);

-- CreateTable
CREATE TABLE "SnapshotReportVersion" (
    "organizationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "snapshotId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "sections" JSONB NOT NULL,
    "figures" JSONB NOT NULL,
    "publishedById" UUID,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SnapshotReportVersion_pkey" PRIMARY KEY ("organizationId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SnapshotPurchase_checkoutSessionId_key" ON "SnapshotPurchase"("checkoutSessionId");

-- CreateIndex
CREATE INDEX "SnapshotPurchase_organizationId_createdAt_idx" ON "SnapshotPurchase"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Snapshot_shareTokenHash_key" ON "Snapshot"("shareTokenHash");

-- CreateIndex
CREATE INDEX "Snapshot_organizationId_createdAt_idx" ON "Snapshot"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "SnapshotRespondent_tokenHash_key" ON "SnapshotRespondent"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "SnapshotRespondent_organizationId_snapshotId_email_key" ON "SnapshotRespondent"("organizationId", "snapshotId", "email");

-- CreateIndex
CREATE UNIQUE INDEX "SnapshotReportVersion_organizationId_snapshotId_number_key" ON "SnapshotReportVersion"("organizationId", "snapshotId", "number");

-- AddForeignKey
ALTER TABLE "SnapshotPurchase" ADD CONSTRAINT "SnapshotPurchase_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Snapshot" ADD CONSTRAINT "Snapshot_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotRespondent" ADD CONSTRAINT "SnapshotRespondent_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotRespondent" ADD CONSTRAINT "SnapshotRespondent_organizationId_snapshotId_fkey" FOREIGN KEY ("organizationId", "snapshotId") REFERENCES "Snapshot"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotReportVersion" ADD CONSTRAINT "SnapshotReportVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotReportVersion" ADD CONSTRAINT "SnapshotReportVersion_organizationId_snapshotId_fkey" FOREIGN KEY ("organizationId", "snapshotId") REFERENCES "Snapshot"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
-- Row-level security (see the row_level_security migration for the scheme).
ALTER TABLE "SnapshotPurchase" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SnapshotPurchase" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SnapshotPurchase"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

-- A Snapshot: its company's, and readable through its share link (the setting holds the hash).
ALTER TABLE "Snapshot" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Snapshot" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Snapshot"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
CREATE POLICY read_by_share_link ON "Snapshot" FOR SELECT
  USING ("shareTokenHash" = app_current_access_token());

-- A respondent: the company's, and readable by whoever holds that respondent's link.
ALTER TABLE "SnapshotRespondent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SnapshotRespondent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SnapshotRespondent"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
CREATE POLICY read_by_private_link ON "SnapshotRespondent" FOR SELECT
  USING ("tokenHash" = app_current_access_token());

ALTER TABLE "SnapshotReportVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SnapshotReportVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SnapshotReportVersion"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
