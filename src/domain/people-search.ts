import { foldText } from "../core/choices.ts";
import type { Scope } from "../core/permissions.ts";
import type { Db } from "./db.ts";

/**
 * Members whose name (or member code) contains the query, without regard to case or Vietnamese diacritics
 * ("nguyen van an" finds "Nguyễn Văn An"), only within what the asker may see.
 */
export async function searchPeople(db: Db, scope: Scope, query: string, limit = 10) {
  const wanted = foldText(query);
  if (wanted.length < 2) return { matches: [], total: 0 };
  const people = await db.person.findMany({
    where: { active: true, ...(scope.wholeBlock ? {} : { unitId: { in: [...scope.unitIds] } }) },
    select: { id: true, fullName: true, memberCode: true, unitId: true, dateOfBirth: true },
    orderBy: { fullName: "asc" },
  });
  const all = people.filter(
    (p) => foldText(p.fullName).includes(wanted) || (p.memberCode && foldText(p.memberCode) === wanted),
  );
  return { matches: all.slice(0, limit), total: all.length };
}
