-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('PLATFORM', 'COMPANY', 'CONSULTANCY');

-- CreateEnum
CREATE TYPE "Fracture" AS ENUM ('POSITIONING', 'MARKETING', 'MESSAGING', 'RELATIONSHIPS', 'SILOS');

-- CreateTable
CREATE TABLE "Organization" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL DEFAULT 'COMPANY',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DiagnosticAssessment" (
    "id" UUID NOT NULL,
    "organizationId" UUID NOT NULL,
    "submissionId" UUID NOT NULL,
    "accessToken" TEXT NOT NULL,
    "bankVersion" TEXT NOT NULL,
    "answers" JSONB NOT NULL,
    "scores" JSONB NOT NULL,
    "primary" "Fracture",
    "role" TEXT,
    "revenueBand" TEXT,
    "vertical" TEXT,
    "email" TEXT,
    "startedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DiagnosticAssessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticAssessment_accessToken_key" ON "DiagnosticAssessment"("accessToken");

-- CreateIndex
CREATE INDEX "DiagnosticAssessment_organizationId_createdAt_idx" ON "DiagnosticAssessment"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticAssessment_organizationId_submissionId_key" ON "DiagnosticAssessment"("organizationId", "submissionId");

-- AddForeignKey
ALTER TABLE "DiagnosticAssessment" ADD CONSTRAINT "DiagnosticAssessment_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
