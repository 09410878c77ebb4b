-- Pictures of the bot's own (a dashboard chart) shown on a platform that takes pictures only by a URL it fetches
-- (Zalo): the PNG bytes are kept here, as base64 text, for the few minutes a signed link to them is valid, then
-- deleted. Text rather than BYTEA: the embedded database's Prisma adapter refuses Buffer parameters for BYTEA
-- ("Invalid input for bytea type"). A new table only, existing data is untouched.

-- CreateTable
CREATE TABLE "SharedImage" (
    "id" TEXT NOT NULL,
    "base64" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SharedImage_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SharedImage_expiresAt_idx" ON "SharedImage"("expiresAt");
