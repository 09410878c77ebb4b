-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "uncertainAt" TIMESTAMP(3);
