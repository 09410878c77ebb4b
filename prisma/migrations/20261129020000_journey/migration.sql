-- The ĐVUT journey of admission.md: dated steps with their source, corrections that supersede, more exits, key
-- dates on the candidacy, the II.3.5 answer, and each unit's cấp ủy. Existing rows are carried over: every event
-- gets the step its stage stood for, and its number, date or reason is copied from its details (which stay).

-- AlterEnum (new values are not used in this migration, so it may run inside its transaction)
ALTER TYPE "CandidacyStage" ADD VALUE 'not_full_member';
ALTER TYPE "CandidacyStage" ADD VALUE 'transferred_out';
ALTER TYPE "CandidacyStage" ADD VALUE 'matured';

-- CreateEnum
CREATE TYPE "JourneyStep" AS ENUM ('selection', 'handover', 'certificate', 'recognition', 'file_item', 'resolution', 'admission', 'full_membership', 'transfer_in', 'removed', 'not_admitted', 'not_full_member', 'transfer_out', 'matured');

-- AlterTable
ALTER TABLE "OrgUnit" ADD COLUMN     "partyCommittee" TEXT,
ADD COLUMN     "partyContact" TEXT;

-- AlterTable
ALTER TABLE "Candidacy" ADD COLUMN     "certificateDate" DATE,
ADD COLUMN     "recognizedOn" DATE,
ADD COLUMN     "admittedOn" DATE,
ADD COLUMN     "fullMemberOn" DATE,
ADD COLUMN     "twoYearAnsweredFor" TEXT,
ADD COLUMN     "twoYearCause" TEXT,
ADD COLUMN     "twoYearMeasures" TEXT;

-- AlterTable
ALTER TABLE "CandidacyEvent" ADD COLUMN     "step" "JourneyStep",
ADD COLUMN     "sourceBody" TEXT,
ADD COLUMN     "sourceNumber" TEXT,
ADD COLUMN     "sourceDate" DATE,
ADD COLUMN     "reason" TEXT,
ADD COLUMN     "supersededById" TEXT,
ADD COLUMN     "correctsId" TEXT;

-- Carry the stage events over as steps
UPDATE "CandidacyEvent" SET "step" = (CASE "toStage"::text
    WHEN 'selected' THEN 'selection'
    WHEN 'introduced' THEN 'resolution'
    WHEN 'handed_over' THEN 'handover'
    WHEN 'awareness_class' THEN 'certificate'
    WHEN 'recognized' THEN 'recognition'
    WHEN 'admitted' THEN 'admission'
    WHEN 'full_member' THEN 'full_membership'
    WHEN 'not_admitted' THEN 'not_admitted'
    WHEN 'withdrawn' THEN 'removed'
    ELSE 'selection' END)::"JourneyStep";

UPDATE "CandidacyEvent" SET
    "sourceNumber" = COALESCE("details"->>'resolutionNumber', "details"->>'decisionNumber', "details"->>'certificateNumber'),
    "sourceDate" = CASE WHEN "details"->>'resolutionDate' ~ '^\d{4}-\d{2}-\d{2}' THEN LEFT("details"->>'resolutionDate', 10)::date END,
    "reason" = "details"->>'reason';

UPDATE "CandidacyEvent" SET "occurredOn" = LEFT("details"->>'certificateDate', 10)::date
    WHERE "step" = 'certificate' AND "details"->>'certificateDate' ~ '^\d{4}-\d{2}-\d{2}';

ALTER TABLE "CandidacyEvent" ALTER COLUMN "step" SET NOT NULL;

-- Key dates from the carried-over steps
UPDATE "Candidacy" c SET
    "certificateDate" = (SELECT MAX(e."occurredOn") FROM "CandidacyEvent" e WHERE e."candidacyId" = c."id" AND e."step" = 'certificate'),
    "recognizedOn" = (SELECT MAX(e."occurredOn") FROM "CandidacyEvent" e WHERE e."candidacyId" = c."id" AND e."step" = 'recognition'),
    "admittedOn" = (SELECT MAX(e."occurredOn") FROM "CandidacyEvent" e WHERE e."candidacyId" = c."id" AND e."step" = 'admission'),
    "fullMemberOn" = (SELECT MAX(e."occurredOn") FROM "CandidacyEvent" e WHERE e."candidacyId" = c."id" AND e."step" = 'full_membership');

-- CreateIndex
CREATE INDEX "CandidacyEvent_step_occurredOn_idx" ON "CandidacyEvent"("step", "occurredOn");
