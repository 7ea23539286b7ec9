-- The consultancy's brand on its reports: an uploaded logo and a "prepared by" block.
-- Organization is read outside row-level security (its public pages), so its new columns need
-- nothing more. The logo's bytes live in a tenant table of their own.

ALTER TABLE "Organization" ADD COLUMN "logoVersion" TEXT,
ADD COLUMN "preparedByName" TEXT,
ADD COLUMN "preparedByTitle" TEXT,
ADD COLUMN "preparedByEmail" TEXT,
ADD COLUMN "preparedByPhone" TEXT;

CREATE TABLE "OrganizationLogo" (
    "organizationId" UUID NOT NULL,
    "contentType" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "updatedById" UUID,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "OrganizationLogo_pkey" PRIMARY KEY ("organizationId")
);

ALTER TABLE "OrganizationLogo" ADD CONSTRAINT "OrganizationLogo_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme). The logo is read
-- under its own organization's tenant, also when a client's report or share page draws it.
ALTER TABLE "OrganizationLogo" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "OrganizationLogo" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "OrganizationLogo"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
GRANT SELECT, INSERT, UPDATE, DELETE ON "OrganizationLogo" TO revenue_chain_app;
