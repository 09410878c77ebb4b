-- An ĐVUT reports their own certificate of the lớp bồi dưỡng nhận thức về Đảng from /me, and their secretary
-- confirms or refuses it. A new table only, existing data is untouched.

-- CreateTable
CREATE TABLE "CertificateClaim" (
    "id" TEXT NOT NULL,
    "candidacyId" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "certificateDate" DATE NOT NULL,
    "issuer" TEXT NOT NULL,
    "number" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "refusalReason" TEXT,
    "eventId" TEXT,

    CONSTRAINT "CertificateClaim_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CertificateClaim_candidacyId_status_idx" ON "CertificateClaim"("candidacyId", "status");

-- AddForeignKey
ALTER TABLE "CertificateClaim" ADD CONSTRAINT "CertificateClaim_candidacyId_fkey" FOREIGN KEY ("candidacyId") REFERENCES "Candidacy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
