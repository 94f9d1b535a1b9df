-- DropIndex
DROP INDEX "Annotation_processId_idx";

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN "sourceMarkId" TEXT;

-- CreateIndex
CREATE INDEX "Annotation_processId_id_idx" ON "Annotation"("processId", "id");

-- CreateIndex
CREATE INDEX "Proposal_sourceMarkId_idx" ON "Proposal"("sourceMarkId");

-- CreateIndex
CREATE INDEX "Proposal_processId_id_idx" ON "Proposal"("processId", "id");

