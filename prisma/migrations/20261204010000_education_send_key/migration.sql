-- Which weekly item went to whom is keyed by (week, person), as it was already unique: one index less for each of the
-- 100,000 rows a province's weekly message writes.
ALTER TABLE "EducationSend" DROP CONSTRAINT "EducationSend_pkey";
ALTER TABLE "EducationSend" DROP COLUMN "id";
DROP INDEX "EducationSend_week_personId_key";
ALTER TABLE "EducationSend" ADD CONSTRAINT "EducationSend_pkey" PRIMARY KEY ("week", "personId");

-- Nor a foreign key to Person: checking it locks each of the 100,000 people a week, four times the cost of the
-- insert. People are never deleted (they leave by becoming inactive), except by the demo's reset, which removes
-- their rows here first.
ALTER TABLE "EducationSend" DROP CONSTRAINT "EducationSend_personId_fkey";
