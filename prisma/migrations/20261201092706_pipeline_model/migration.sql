-- AlterEnum
ALTER TYPE "ImportStatus" ADD VALUE 'UNDONE';

-- AlterTable
ALTER TABLE "Opportunity" ADD COLUMN     "importId" UUID,
ALTER COLUMN "openedAt" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "currency" TEXT NOT NULL DEFAULT 'USD';

-- AlterTable
ALTER TABLE "PipelineImport" ADD COLUMN     "asOf" TIMESTAMP(3),
ADD COLUMN     "dealsImported" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "findings" JSONB,
ADD COLUMN     "historyRows" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "phase" TEXT,
ADD COLUMN     "rowsLeftOut" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "undoneAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "PipelineImportFile" ADD COLUMN     "dialect" JSONB,
ADD COLUMN     "scan" JSONB,
ADD COLUMN     "scanError" TEXT,
ADD COLUMN     "scannedBytes" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "PipelineSummary" ADD COLUMN     "dataVersion" INTEGER,
ADD COLUMN     "error" TEXT;

-- AlterTable: entries are ordered by their place in the deal's path (seq), since some have no date.
ALTER TABLE "StageEvent" DROP CONSTRAINT "StageEvent_pkey",
ADD COLUMN     "back" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "estimated" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "importId" UUID,
ADD COLUMN     "seq" INTEGER,
ALTER COLUMN "enteredAt" DROP NOT NULL;

-- Existing rows: the owner updates them, so row-level security is lifted for these statements.
ALTER TABLE "StageEvent" NO FORCE ROW LEVEL SECURITY;
ALTER TABLE "Opportunity" NO FORCE ROW LEVEL SECURITY;

-- Stored entries take their place in date order.
UPDATE "StageEvent" e SET seq = r.n
  FROM (SELECT "organizationId", "opportunityId", "stageKey", "enteredAt",
               (row_number() OVER (PARTITION BY "organizationId", "opportunityId" ORDER BY "enteredAt", "stageKey") - 1)::int AS n
          FROM "StageEvent") r
 WHERE e."organizationId" = r."organizationId" AND e."opportunityId" = r."opportunityId"
   AND e."stageKey" = r."stageKey" AND e."enteredAt" = r."enteredAt";

-- A closed deal's path ends at its close: add the closing entry where it was only implied.
INSERT INTO "StageEvent" ("organizationId", "opportunityId", seq, "stageKey", "enteredAt")
SELECT o."organizationId", o.id, COALESCE(m.last_seq + 1, 0), o."stageKey", o."closedAt"
  FROM "Opportunity" o
  JOIN "PipelineStage" s ON s."organizationId" = o."organizationId" AND s.key = o."stageKey" AND s.kind <> 'OPEN'
  LEFT JOIN (SELECT "organizationId", "opportunityId", max(seq) AS last_seq FROM "StageEvent" GROUP BY 1, 2) m
    ON m."organizationId" = o."organizationId" AND m."opportunityId" = o.id
 WHERE o.status <> 'OPEN'
   AND NOT EXISTS (SELECT 1 FROM "StageEvent" e
                     JOIN "PipelineStage" k ON k."organizationId" = e."organizationId" AND k.key = e."stageKey"
                    WHERE e."organizationId" = o."organizationId" AND e."opportunityId" = o.id AND k.kind <> 'OPEN');

ALTER TABLE "StageEvent" FORCE ROW LEVEL SECURITY;
ALTER TABLE "Opportunity" FORCE ROW LEVEL SECURITY;

ALTER TABLE "StageEvent" ALTER COLUMN "seq" SET NOT NULL,
ADD CONSTRAINT "StageEvent_pkey" PRIMARY KEY ("organizationId", "opportunityId", "seq");

-- CreateTable
CREATE TABLE "OpportunityPrior" (
    "organizationId" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "opportunityId" UUID NOT NULL,
    "data" JSONB NOT NULL,

    CONSTRAINT "OpportunityPrior_pkey" PRIMARY KEY ("organizationId","importId","opportunityId")
);

-- CreateTable
CREATE TABLE "PipelineMapping" (
    "organizationId" UUID NOT NULL,
    "headerKey" TEXT NOT NULL,
    "mapping" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PipelineMapping_pkey" PRIMARY KEY ("organizationId","headerKey")
);

-- AddForeignKey
ALTER TABLE "OpportunityPrior" ADD CONSTRAINT "OpportunityPrior_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineMapping" ADD CONSTRAINT "PipelineMapping_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme).
ALTER TABLE "OpportunityPrior" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OpportunityPrior" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OpportunityPrior"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "PipelineMapping" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PipelineMapping" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PipelineMapping"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

-- Fresh statistics after an import, before its summary is computed: without them Postgres plans
-- the summary's joins for empty tables. The app's role owns no table, so it may ANALYZE these two
-- only through this function, which runs as their owner and does nothing else.
CREATE OR REPLACE FUNCTION app_analyze_pipeline() RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS E'BEGIN ANALYZE "Opportunity"\073 ANALYZE "StageEvent"\073 END';
REVOKE ALL ON FUNCTION app_analyze_pipeline() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION app_analyze_pipeline() TO revenue_chain_app;
