-- AlterTable
ALTER TABLE "OfficialAnswer" ADD COLUMN "layerIds" TEXT;

-- CreateIndex
CREATE INDEX "OfficialAnswer_proposalId_idx" ON "OfficialAnswer"("proposalId");

