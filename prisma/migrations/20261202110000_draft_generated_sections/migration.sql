-- What the draft generator wrote for each section, kept beside the edited draft so a later
-- redraft replaces only the sections nobody has changed
ALTER TABLE "Snapshot" ADD COLUMN "draftGeneratedSections" JSONB;
