-- CreateTable
CREATE TABLE "PipelineSummary" (
    "organizationId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "data" JSONB,
    "computedAt" TIMESTAMP(3),

    CONSTRAINT "PipelineSummary_pkey" PRIMARY KEY ("organizationId")
);

-- AddForeignKey
ALTER TABLE "PipelineSummary" ADD CONSTRAINT "PipelineSummary_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme).
ALTER TABLE "PipelineSummary" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PipelineSummary" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PipelineSummary"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
