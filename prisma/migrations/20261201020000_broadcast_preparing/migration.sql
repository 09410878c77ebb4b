-- AlterEnum
ALTER TYPE "BroadcastStatus" ADD VALUE 'preparing' BEFORE 'scheduled';

-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "audienceUnits" JSONB;
