-- AlterTable: a report's due date and whether it was first filed after it.
ALTER TABLE "Report" ADD COLUMN     "dueOn" DATE,
ADD COLUMN     "late" BOOLEAN NOT NULL DEFAULT false;

-- Existing quarterly remarks and unit reports: due 5 days after their quarter's end (the default rule), late when
-- first filed (version 1's date in Vietnam, UTC+7 all year) after that.
UPDATE "Report" r SET "dueOn" = (make_date(r."year", r."quarter" * 3, 1) + interval '1 month' - interval '1 day' + interval '5 days')::date
WHERE r."kind" IN ('dvut_remark', 'unit_quarterly') AND r."quarter" BETWEEN 1 AND 4;

UPDATE "Report" r SET "late" = true
WHERE r."dueOn" IS NOT NULL AND (
  SELECT (v."createdAt" + interval '7 hours')::date FROM "ReportVersion" v
  WHERE v."reportId" = r."id" AND v."version" = 1
) > r."dueOn";
