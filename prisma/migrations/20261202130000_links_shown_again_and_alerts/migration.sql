-- Links kept encrypted beside their hash, so a share link can be shown again and a reminder
-- resends the respondent's own link. Rows made before keep working by their hash alone.
ALTER TABLE "Snapshot" ADD COLUMN "shareTokenSealed" TEXT;
ALTER TABLE "Snapshot" ADD COLUMN "allSubmittedAlertedAt" TIMESTAMP(3);
ALTER TABLE "SnapshotRespondent" ADD COLUMN "tokenSealed" TEXT;
ALTER TABLE "SnapshotRespondent" ADD COLUMN "remindersStoppedAt" TIMESTAMP(3);

-- Which Snapshot alerts a person gets by email.
ALTER TABLE "User" ADD COLUMN "alertSnapshotSubmitted" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "User" ADD COLUMN "alertSnapshotAllSubmitted" BOOLEAN NOT NULL DEFAULT true;
