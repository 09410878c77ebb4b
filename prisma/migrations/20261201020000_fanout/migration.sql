-- AlterEnum
ALTER TYPE "BroadcastStatus" ADD VALUE 'preparing' BEFORE 'scheduled';

-- AlterTable
ALTER TABLE "Broadcast" ADD COLUMN     "audienceUnits" JSONB;

-- CreateTable
CREATE TABLE "SendBudget" (
    "key" TEXT NOT NULL,
    "nextAtUs" BIGINT NOT NULL,

    CONSTRAINT "SendBudget_pkey" PRIMARY KEY ("key")
);
