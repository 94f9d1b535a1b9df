-- AlterTable
ALTER TABLE "LiveSession" ADD COLUMN     "joinClosed" BOOLEAN NOT NULL DEFAULT false;

