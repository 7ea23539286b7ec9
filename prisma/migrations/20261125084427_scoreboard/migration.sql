-- CreateEnum
CREATE TYPE "LeadFunction" AS ENUM ('MARKETING', 'SALES');

-- CreateEnum
CREATE TYPE "ReviewCadence" AS ENUM ('WEEKLY', 'BIWEEKLY', 'QUARTERLY');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "ReviewDealReason" AS ENUM ('STALE', 'UNCLEAR');

-- CreateEnum
CREATE TYPE "ReviewDecision" AS ENUM ('ADVANCE', 'ELIMINATE');

-- CreateTable
CREATE TABLE "ScoreboardSettings" (
    "organizationId" UUID NOT NULL,
    "marketingLeadId" UUID,
    "salesLeadId" UUID,
    "cadence" "ReviewCadence" NOT NULL DEFAULT 'BIWEEKLY',
    "anchorDate" DATE NOT NULL,
    "lastReminderFor" DATE,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreboardSettings_pkey" PRIMARY KEY ("organizationId")
);

-- CreateTable
CREATE TABLE "QualificationStandardVersion" (
    "organizationId" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "QualificationStandardVersion_pkey" PRIMARY KEY ("organizationId","number")
);

-- CreateTable
CREATE TABLE "StandardSignature" (
    "organizationId" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "function" "LeadFunction" NOT NULL,
    "userId" UUID NOT NULL,
    "signedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StandardSignature_pkey" PRIMARY KEY ("organizationId","version","function")
);

-- CreateTable
CREATE TABLE "ScoreboardReview" (
    "organizationId" UUID NOT NULL,
    "id" UUID NOT NULL,
    "number" INTEGER NOT NULL,
    "reviewDate" DATE NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'OPEN',
    "standardVersion" INTEGER,
    "figures" JSONB NOT NULL,
    "startedById" UUID,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedById" UUID,
    "closedAt" TIMESTAMP(3),

    CONSTRAINT "ScoreboardReview_pkey" PRIMARY KEY ("organizationId","id")
);

-- CreateTable
CREATE TABLE "ReviewDeal" (
    "organizationId" UUID NOT NULL,
    "reviewId" UUID NOT NULL,
    "externalId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "owner" TEXT,
    "amount" DECIMAL(18,2),
    "stageKey" TEXT,
    "daysInStage" DOUBLE PRECISION,
    "reason" "ReviewDealReason" NOT NULL,
    "reasonText" TEXT NOT NULL,
    "decision" "ReviewDecision",
    "nextStep" TEXT,
    "decisionOwner" TEXT,
    "dueDate" DATE,
    "eliminationReason" TEXT,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),

    CONSTRAINT "ReviewDeal_pkey" PRIMARY KEY ("organizationId","reviewId","externalId")
);

-- CreateIndex
CREATE UNIQUE INDEX "ScoreboardReview_organizationId_number_key" ON "ScoreboardReview"("organizationId", "number");

-- AddForeignKey
ALTER TABLE "ScoreboardSettings" ADD CONSTRAINT "ScoreboardSettings_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "QualificationStandardVersion" ADD CONSTRAINT "QualificationStandardVersion_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StandardSignature" ADD CONSTRAINT "StandardSignature_organizationId_version_fkey" FOREIGN KEY ("organizationId", "version") REFERENCES "QualificationStandardVersion"("organizationId", "number") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreboardReview" ADD CONSTRAINT "ScoreboardReview_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReviewDeal" ADD CONSTRAINT "ReviewDeal_organizationId_reviewId_fkey" FOREIGN KEY ("organizationId", "reviewId") REFERENCES "ScoreboardReview"("organizationId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Row-level security (see the row_level_security migration for the scheme).
ALTER TABLE "ScoreboardSettings" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ScoreboardSettings" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ScoreboardSettings"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "QualificationStandardVersion" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "QualificationStandardVersion" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "QualificationStandardVersion"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "StandardSignature" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "StandardSignature" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "StandardSignature"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "ScoreboardReview" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ScoreboardReview" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ScoreboardReview"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());

ALTER TABLE "ReviewDeal" ENABLE ROW LEVEL SECURITY;
ALTER TABLE "ReviewDeal" FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON "ReviewDeal"
  USING ("organizationId" = app_current_organization())
  WITH CHECK ("organizationId" = app_current_organization());
