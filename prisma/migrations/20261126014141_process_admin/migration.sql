-- Columns added in place (no table copy), so a migration landing beside this one keeps its columns.
ALTER TABLE "Process" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "Process" ADD COLUMN "question" TEXT NOT NULL DEFAULT '';
ALTER TABLE "Process" ADD COLUMN "translations" TEXT NOT NULL DEFAULT '{}';
ALTER TABLE "Process" ADD COLUMN "opensAt" DATETIME;
ALTER TABLE "Process" ADD COLUMN "closesAt" DATETIME;
ALTER TABLE "Process" ADD COLUMN "territory" TEXT;
