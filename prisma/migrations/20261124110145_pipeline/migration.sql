-- CreateEnum
CREATE TYPE "StageKind" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateEnum
CREATE TYPE "OpportunityStatus" AS ENUM ('OPEN', 'WON', 'LOST');

-- CreateTable
CREATE TABLE "PipelineStage" (
    "organizationId" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "kind" "StageKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "crmLabels" TEXT[],

    CONSTRAINT "PipelineStage_pkey" PRIMARY KEY ("organizationId","key")
);

-- CreateTable
CREATE TABLE "Opportunity" (
    "organizationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "account" TEXT,
    "owner" TEXT,
    "source" TEXT,
    "segment" TEXT,
    "amount" DECIMAL(18,2),
    "currency" TEXT,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    "status" "OpportunityStatus" NOT NULL,
    "stageKey" TEXT,
    "stageEnteredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opportunity_pkey" PRIMARY KEY ("organizationId","id")
);

-- CreateTable
CREATE TABLE "StageEvent" (
    "organizationId" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "stageKey" TEXT NOT NULL,
    "enteredAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StageEvent_pkey" PRIMARY KEY ("organizationId","opportunityId","stageKey","enteredAt")
);

-- CreateTable
CREATE TABLE "RevenueTarget" (
    "organizationId" UUID NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "amount" DECIMAL(18,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'USD',

    CONSTRAINT "RevenueTarget_pkey" PRIMARY KEY ("organizationId","periodStart")
);

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_status_stageKey_idx" ON "Opportunity"("organizationId", "status", "stageKey");

-- CreateIndex
CREATE INDEX "Opportunity_organizationId_owner_idx" ON "Opportunity"("organizationId", "owner");

-- CreateIndex
CREATE UNIQUE INDEX "Opportunity_organizationId_externalId_key" ON "Opportunity"("organizationId", "externalId");

-- CreateIndex
CREATE INDEX "StageEvent_organizationId_stageKey_enteredAt_idx" ON "StageEvent"("organizationId", "stageKey", "enteredAt");

-- AddForeignKey
ALTER TABLE "PipelineStage" ADD CONSTRAINT "PipelineStage_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Opportunity" ADD CONSTRAINT "Opportunity_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageEvent" ADD CONSTRAINT "StageEvent_organizationId_opportunityId_fkey" FOREIGN KEY ("organizationId", "opportunityId") REFERENCES "Opportunity"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RevenueTarget" ADD CONSTRAINT "RevenueTarget_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme).
ALTER TABLE "PipelineStage" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PipelineStage" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PipelineStage"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "Opportunity" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Opportunity" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Opportunity"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "StageEvent" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StageEvent" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "StageEvent"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "RevenueTarget" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "RevenueTarget" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "RevenueTarget"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
