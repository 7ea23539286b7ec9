-- Every saved text of a draft section, so a consultant can read and restore an earlier one.

-- CreateTable
CREATE TABLE "SnapshotSectionDraft" (
    "organizationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "snapshotId" UUID NOT NULL,
    "sectionKey" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "savedById" UUID,
    "savedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "restoredFromId" UUID,

    CONSTRAINT "SnapshotSectionDraft_pkey" PRIMARY KEY ("organizationId","id")
);

-- CreateIndex
CREATE INDEX "SnapshotSectionDraft_section_savedAt_idx" ON "SnapshotSectionDraft"("organizationId", "snapshotId", "sectionKey", "savedAt");

-- AddForeignKey
ALTER TABLE "SnapshotSectionDraft" ADD CONSTRAINT "SnapshotSectionDraft_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SnapshotSectionDraft" ADD CONSTRAINT "SnapshotSectionDraft_organizationId_snapshotId_fkey" FOREIGN KEY ("organizationId", "snapshotId") REFERENCES "Snapshot"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme): the company's own.
ALTER TABLE "SnapshotSectionDraft" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "SnapshotSectionDraft" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "SnapshotSectionDraft"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON "SnapshotSectionDraft" TO revenue_chain_app;
