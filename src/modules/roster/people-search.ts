import { foldText } from "../../core/choices.ts";
import type { Db } from "../../core/db.ts";
import type { Scope } from "../../core/permissions.ts";

/**
 * Members whose name matches the query word by word (or whose member code is the query), without regard to case or Vietnamese diacritics
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
  // Every word typed must start a word of the name: "ha" finds "Hà", not "Phan"; "van an" finds "Nguyễn Văn An".
  const tokens = wanted.split(" ");
  const all = people.filter((p) => {
    if (p.memberCode && foldText(p.memberCode) === wanted) return true;
    const words = foldText(p.fullName).split(" ");
    return tokens.every((token) => words.some((word) => word.startsWith(token)));
  });
  return { matches: all.slice(0, limit), total: all.length };
}
