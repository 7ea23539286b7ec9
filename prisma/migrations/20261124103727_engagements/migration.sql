-- CreateEnum
CREATE TYPE "EngagementStatus" AS ENUM ('ACTIVE', 'ENDED');

-- CreateTable
CREATE TABLE "Engagement" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "consultancyId" UUID NOT NULL,
    "status" "EngagementStatus" NOT NULL DEFAULT 'ACTIVE',
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" TIMESTAMP(3),
    "createdById" UUID,

    CONSTRAINT "Engagement_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Engagement_organizationId_status_idx" ON "Engagement"("organizationId", "status");

-- CreateIndex
CREATE INDEX "Engagement_consultancyId_status_idx" ON "Engagement"("consultancyId", "status");

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Engagement" ADD CONSTRAINT "Engagement_consultancyId_fkey" FOREIGN KEY ("consultancyId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security: the client (organizationId) sees its engagements, the consultancy sees
-- the engagements it runs, and nothing else of its clients' through this table.
ALTER TABLE "Engagement" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "Engagement" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "Engagement"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
CREATE POLICY consultancy_view ON "Engagement"
  USING ("consultancyId" = app_current_organization())
  WITH CHECK ("consultancyId" = app_current_organization());
