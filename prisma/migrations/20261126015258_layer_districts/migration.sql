-- CreateTable
CREATE TABLE "LayerArea" (
    "layerId" TEXT NOT NULL,
    "featureId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "rings" TEXT NOT NULL,
    "west" REAL NOT NULL,
    "south" REAL NOT NULL,
    "east" REAL NOT NULL,
    "north" REAL NOT NULL,

    PRIMARY KEY ("layerId", "featureId"),
    CONSTRAINT "LayerArea_layerId_fkey" FOREIGN KEY ("layerId") REFERENCES "Layer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Layer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "processId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "owner" TEXT NOT NULL,
    "sourceType" TEXT NOT NULL,
    "sourceUrl" TEXT NOT NULL,
    "sourceLayer" TEXT NOT NULL DEFAULT '',
    "fileName" TEXT NOT NULL DEFAULT '',
    "featureCount" INTEGER NOT NULL DEFAULT 0,
    "attributes" TEXT NOT NULL DEFAULT '[]',
    "storedBytes" INTEGER NOT NULL DEFAULT 0,
    "style" TEXT NOT NULL,
    "legend" TEXT NOT NULL DEFAULT '[]',
    "attribution" TEXT NOT NULL,
    "illustrative" BOOLEAN NOT NULL DEFAULT false,
    "visibleByDefault" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,
    "districts" BOOLEAN NOT NULL DEFAULT false,
    "areaCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Layer_processId_fkey" FOREIGN KEY ("processId") REFERENCES "Process" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Layer" ("attributes", "attribution", "createdAt", "description", "featureCount", "fileName", "id", "illustrative", "legend", "name", "owner", "position", "processId", "slug", "sourceLayer", "sourceType", "sourceUrl", "storedBytes", "style", "updatedAt", "visibleByDefault") SELECT "attributes", "attribution", "createdAt", "description", "featureCount", "fileName", "id", "illustrative", "legend", "name", "owner", "position", "processId", "slug", "sourceLayer", "sourceType", "sourceUrl", "storedBytes", "style", "updatedAt", "visibleByDefault" FROM "Layer";
DROP TABLE "Layer";
ALTER TABLE "new_Layer" RENAME TO "Layer";
CREATE UNIQUE INDEX "Layer_processId_slug_key" ON "Layer"("processId", "slug");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

