-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "uncertainAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Delivery_status_platform_notBefore_idx" ON "Delivery"("status", "platform", "notBefore");
