-- CreateTable
CREATE TABLE "PipelineFilteredMetrics" (
    "organizationId" UUID NOT NULL,
    "filterKey" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "computedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PipelineFilteredMetrics_pkey" PRIMARY KEY ("organizationId","filterKey")
);

-- AddForeignKey
ALTER TABLE "PipelineFilteredMetrics" ADD CONSTRAINT "PipelineFilteredMetrics_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme).
ALTER TABLE "PipelineFilteredMetrics" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PipelineFilteredMetrics" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PipelineFilteredMetrics"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
