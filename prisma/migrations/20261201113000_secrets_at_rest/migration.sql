-- Secrets at rest. A token that grants access is kept only as its SHA-256 (hex), so a copy of the
-- database opens nothing. Tokens of sign-in providers and the bodies of relayed mail are not kept.
-- Existing rows are converted here, in SQL, so links and sessions issued before keep working.

-- Sessions: the browser's cookie holds the token, the row its hash. Whoever is signed in stays so.
UPDATE "Session" SET "sessionToken" = encode(sha256(convert_to("sessionToken", 'UTF8')), 'hex');

-- Google and Microsoft are used only to sign in: their access, refresh and ID tokens go.
UPDATE "Account" SET "access_token" = NULL, "refresh_token" = NULL, "id_token" = NULL;

-- Diagnostic results: the private link's token becomes its hash. The policy that shows a row to
-- whoever holds its link compares hashes (the app puts the hash in app.access_token, as it does
-- for invitations and respondent links).
DROP POLICY read_by_private_link ON "DiagnosticAssessment";

-- DropIndex
DROP INDEX "DiagnosticAssessment_accessToken_key";

-- AlterTable
ALTER TABLE "DiagnosticAssessment" ADD COLUMN "accessTokenHash" TEXT;

-- Existing rows: the owner updates them, so row-level security is lifted for this statement.
ALTER TABLE "DiagnosticAssessment" NO FORCE ROW LEVEL SECURITY;
UPDATE "DiagnosticAssessment"
   SET "accessTokenHash" = encode(sha256(convert_to("accessToken", 'UTF8')), 'hex');
ALTER TABLE "DiagnosticAssessment" FORCE ROW LEVEL SECURITY;

ALTER TABLE "DiagnosticAssessment" ALTER COLUMN "accessTokenHash" SET NOT NULL,
DROP COLUMN "accessToken";

-- CreateIndex
CREATE UNIQUE INDEX "DiagnosticAssessment_accessTokenHash_key" ON "DiagnosticAssessment"("accessTokenHash");

CREATE POLICY read_by_private_link ON "DiagnosticAssessment" FOR SELECT
  USING ("accessTokenHash" = app_current_access_token());

-- Mail relayed over SMTP keeps to, subject, status and times, never the body: bodies hold
-- sign-in, invitation, respondent and result links. The local outbox keeps whole messages.
-- AlterTable
ALTER TABLE "MailMessage" ALTER COLUMN "text" DROP NOT NULL,
ALTER COLUMN "html" DROP NOT NULL;

UPDATE "MailMessage" SET "text" = NULL, "html" = NULL WHERE "transport" = 'SMTP';
