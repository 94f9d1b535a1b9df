-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_LiveSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "processId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "joinCode" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "facilitatorId" TEXT NOT NULL,
    "agenda" TEXT NOT NULL DEFAULT '',
    "phases" TEXT NOT NULL DEFAULT '[]',
    "currentPhase" TEXT,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "privateMode" BOOLEAN NOT NULL DEFAULT false,
    "joinClosed" BOOLEAN NOT NULL DEFAULT false,
    "summary" TEXT,
    "startedAt" DATETIME,
    "endedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LiveSession_processId_fkey" FOREIGN KEY ("processId") REFERENCES "Process" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LiveSession_facilitatorId_fkey" FOREIGN KEY ("facilitatorId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_LiveSession" ("agenda", "createdAt", "currentPhase", "endedAt", "facilitatorId", "id", "joinCode", "locked", "phases", "privateMode", "processId", "startedAt", "status", "summary", "title") SELECT "agenda", "createdAt", "currentPhase", "endedAt", "facilitatorId", "id", "joinCode", "locked", "phases", "privateMode", "processId", "startedAt", "status", "summary", "title" FROM "LiveSession";
DROP TABLE "LiveSession";
ALTER TABLE "new_LiveSession" RENAME TO "LiveSession";
CREATE UNIQUE INDEX "LiveSession_joinCode_key" ON "LiveSession"("joinCode");
CREATE INDEX "LiveSession_processId_status_idx" ON "LiveSession"("processId", "status");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

