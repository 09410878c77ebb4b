-- AlterTable
ALTER TABLE "JobRun" ADD COLUMN     "heartbeatAt" TIMESTAMP(3);
