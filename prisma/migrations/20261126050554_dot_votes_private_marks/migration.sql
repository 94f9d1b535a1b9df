-- CreateTable
CREATE TABLE "DotRound" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "dots" INTEGER NOT NULL,
    "perItemMax" INTEGER NOT NULL,
    "endsAt" DATETIME,
    "liveResults" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'open',
    "results" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" DATETIME,
    "revealedAt" DATETIME,
    CONSTRAINT "DotRound_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Dot" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "roundId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "itemType" TEXT NOT NULL,
    "itemId" TEXT NOT NULL,
    "layerId" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Dot_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "DotRound" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PrivateMark" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "processId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "annotation" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revealedAt" DATETIME,
    "inDoc" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "PrivateMark_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "LiveSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "DotRound_sessionId_createdAt_idx" ON "DotRound"("sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "Dot_roundId_userId_itemType_itemId_layerId_idx" ON "Dot"("roundId", "userId", "itemType", "itemId", "layerId");

-- CreateIndex
CREATE INDEX "Dot_roundId_itemType_itemId_layerId_idx" ON "Dot"("roundId", "itemType", "itemId", "layerId");

-- CreateIndex
CREATE INDEX "PrivateMark_sessionId_createdAt_idx" ON "PrivateMark"("sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "PrivateMark_processId_revealedAt_inDoc_idx" ON "PrivateMark"("processId", "revealedAt", "inDoc");


-- The dot budget, enforced by the database whatever a participant sends in parallel: a dot is
-- refused in a round that is not open or has run out of time, past the person's dots, and past the
-- round's maximum on one item. The web app turns these messages into 409 answers.
CREATE TRIGGER "Dot_budget" BEFORE INSERT ON "Dot"
BEGIN
    SELECT RAISE(ABORT, 'round_closed') WHERE NOT EXISTS (
        SELECT 1 FROM "DotRound" WHERE "id" = NEW."roundId" AND "status" = 'open'
        AND ("endsAt" IS NULL OR julianday("endsAt") > julianday('now')));
    SELECT RAISE(ABORT, 'no_dots_left') WHERE
        (SELECT COUNT(*) FROM "Dot" WHERE "roundId" = NEW."roundId" AND "userId" = NEW."userId")
        >= (SELECT "dots" FROM "DotRound" WHERE "id" = NEW."roundId");
    SELECT RAISE(ABORT, 'dots_item_max') WHERE
        (SELECT COUNT(*) FROM "Dot" WHERE "roundId" = NEW."roundId" AND "userId" = NEW."userId"
         AND "itemType" = NEW."itemType" AND "itemId" = NEW."itemId" AND "layerId" = NEW."layerId")
        >= (SELECT "perItemMax" FROM "DotRound" WHERE "id" = NEW."roundId");
END;

-- One open round at a time in a session.
CREATE TRIGGER "DotRound_one_open" BEFORE INSERT ON "DotRound"
WHEN NEW."status" = 'open'
BEGIN
    SELECT RAISE(ABORT, 'round_already_open') WHERE EXISTS (
        SELECT 1 FROM "DotRound" WHERE "sessionId" = NEW."sessionId" AND "status" = 'open'
        AND ("endsAt" IS NULL OR julianday("endsAt") > julianday('now')));
END;
