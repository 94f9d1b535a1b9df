-- DropIndex
DROP INDEX "Comment_targetType_targetId_idx";

-- DropIndex
DROP INDEX "Vote_targetType_targetId_idx";

-- CreateIndex
CREATE INDEX "Comment_targetType_targetId_processId_deletedAt_hiddenAt_createdAt_authorId_idx" ON "Comment"("targetType", "targetId", "processId", "deletedAt", "hiddenAt", "createdAt", "authorId");

-- CreateIndex
CREATE INDEX "Vote_targetType_targetId_processId_value_createdAt_voterId_idx" ON "Vote"("targetType", "targetId", "processId", "value", "createdAt", "voterId");

