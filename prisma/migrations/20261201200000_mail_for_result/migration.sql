-- Which diagnostic result a mailed copy was for: deleting the result deletes these records too.
ALTER TABLE "MailMessage" ADD COLUMN "diagnosticAssessmentId" UUID;

CREATE INDEX "MailMessage_diagnosticAssessmentId_idx" ON "MailMessage"("diagnosticAssessmentId");
