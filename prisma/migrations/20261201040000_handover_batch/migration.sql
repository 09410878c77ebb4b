-- A handover batch (danh sách ĐVUT handed to one cấp ủy, usually on a holiday) gets its own row, and each handover
-- step recorded in it points to it. A new table and a nullable column only, existing data is untouched: handover
-- steps recorded before have no batch and are grouped by their date, cấp ủy and number when a danh sách is made.

-- AlterTable
ALTER TABLE "CandidacyEvent" ADD COLUMN     "batchId" TEXT;

-- CreateTable
CREATE TABLE "HandoverBatch" (
    "id" TEXT NOT NULL,
    "unitId" TEXT,
    "committee" TEXT NOT NULL,
    "handedOn" DATE NOT NULL,
    "number" TEXT,
    "holiday" TEXT,
    "recordedById" TEXT,
    "recordedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "HandoverBatch_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CandidacyEvent_batchId_idx" ON "CandidacyEvent"("batchId");

-- AddForeignKey
ALTER TABLE "CandidacyEvent" ADD CONSTRAINT "CandidacyEvent_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "HandoverBatch"("id") ON DELETE SET NULL ON UPDATE CASCADE;
