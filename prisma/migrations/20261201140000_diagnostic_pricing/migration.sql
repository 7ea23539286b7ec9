-- Diagnostic results priced in money. A result stores the pricing method it is priced with and
-- the two optional figures the taker may give beside the revenue band. Results stored before
-- this change keep a null pricing version and are never priced, so they read as they did.
-- AlterTable
ALTER TABLE "DiagnosticAssessment" ADD COLUMN "pricingVersion" TEXT,
ADD COLUMN "averageDealSize" INTEGER,
ADD COLUMN "winRatePercent" DOUBLE PRECISION
