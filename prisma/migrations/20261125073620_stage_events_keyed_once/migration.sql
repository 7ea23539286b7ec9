-- DropIndex
DROP INDEX "StageEvent_organizationId_stageKey_enteredAt_idx";
