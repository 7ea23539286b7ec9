-- CreateEnum
CREATE TYPE "ImportStatus" AS ENUM ('DRAFT', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "PipelineImport" (
    "organizationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "createdById" UUID NOT NULL,
    "status" "ImportStatus" NOT NULL DEFAULT 'DRAFT',
    "options" JSONB,
    "bytesTotal" INTEGER NOT NULL DEFAULT 0,
    "bytesDone" INTEGER NOT NULL DEFAULT 0,
    "rowsDone" INTEGER NOT NULL DEFAULT 0,
    "rowsImported" INTEGER NOT NULL DEFAULT 0,
    "rowsRejected" INTEGER NOT NULL DEFAULT 0,
    "stageMoves" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "cancelRequestedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "queuedAt" TIMESTAMP(3),
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "PipelineImport_pkey" PRIMARY KEY ("organizationId","id")
);

-- CreateTable
CREATE TABLE "PipelineImportFile" (
    "organizationId" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "index" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "format" TEXT NOT NULL,

    CONSTRAINT "PipelineImportFile_pkey" PRIMARY KEY ("organizationId","importId","index")
);

-- CreateTable
CREATE TABLE "PipelineImportChunk" (
    "organizationId" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "fileIndex" INTEGER NOT NULL,
    "seq" INTEGER NOT NULL,
    "data" BYTEA NOT NULL,

    CONSTRAINT "PipelineImportChunk_pkey" PRIMARY KEY ("organizationId","importId","fileIndex","seq")
);

-- CreateTable
CREATE TABLE "PipelineImportProblem" (
    "organizationId" UUID NOT NULL,
    "importId" UUID NOT NULL,
    "seq" INTEGER NOT NULL,
    "file" TEXT NOT NULL,
    "line" INTEGER NOT NULL,
    "column" TEXT NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "PipelineImportProblem_pkey" PRIMARY KEY ("organizationId","importId","seq")
);

-- CreateIndex
CREATE INDEX "PipelineImport_organizationId_createdAt_idx" ON "PipelineImport"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "PipelineImport" ADD CONSTRAINT "PipelineImport_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineImportFile" ADD CONSTRAINT "PipelineImportFile_organizationId_importId_fkey" FOREIGN KEY ("organizationId", "importId") REFERENCES "PipelineImport"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineImportChunk" ADD CONSTRAINT "PipelineImportChunk_organizationId_importId_fileIndex_fkey" FOREIGN KEY ("organizationId", "importId", "fileIndex") REFERENCES "PipelineImportFile"("organizationId", "importId", "index") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineImportProblem" ADD CONSTRAINT "PipelineImportProblem_organizationId_importId_fkey" FOREIGN KEY ("organizationId", "importId") REFERENCES "PipelineImport"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme).
ALTER TABLE "PipelineImport" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PipelineImport" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PipelineImport"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "PipelineImportFile" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PipelineImportFile" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PipelineImportFile"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "PipelineImportChunk" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PipelineImportChunk" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PipelineImportChunk"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "PipelineImportProblem" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "PipelineImportProblem" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "PipelineImportProblem"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
