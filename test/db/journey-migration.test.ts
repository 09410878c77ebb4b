import { describe, expect, it } from "vitest";
import { openPgliteDatabase } from "../../src/db/database.ts";
import { earlierDatabase } from "../support/earlier-database.ts";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the journey migration", () => {
  it("carries the stage events of an existing database over as dated steps, losing nothing", async () => {
    // The database as it was before: the first two migrations only, with a candidacy written stage by stage.
    const client = await earlierDatabase((name) => ["20261126000000_init", "20261126010100_broadcast"].includes(name));
    await client.exec(`
      INSERT INTO "OrgUnit" (id, code, name, "updatedAt") VALUES ('u', 'U', 'Chi đoàn', now());
      INSERT INTO "Person" (id, "fullName", "unitId", "updatedAt") VALUES ('p', 'Nguyễn Văn An', 'u', now());
      INSERT INTO "Candidacy" (id, "personId", "unitId", stage, "stageDate", "selectedOn", "updatedAt")
        VALUES ('c', 'p', 'u', 'recognized', '2025-06-01', '2024-03-10', now());
      INSERT INTO "CandidacyEvent" (id, "candidacyId", "fromStage", "toStage", "occurredOn", details) VALUES
        ('e1', 'c', 'classified_excellent', 'selected', '2024-03-10', '{"votesFor": 12, "votesTotal": 13}'),
        ('e2', 'c', 'selected', 'introduced', '2024-03-20', '{"resolutionNumber": "15-NQ/ĐTN", "resolutionDate": "2024-03-20T00:00:00.000Z"}'),
        ('e3', 'c', 'introduced', 'awareness_class', '2024-05-10', '{"certificateDate": "2024-05-02T00:00:00.000Z"}'),
        ('e4', 'c', 'awareness_class', 'recognized', '2025-06-01', '{"mentorName": "Trần Thị Mai"}');
    `);
    const db = await openPgliteDatabase(client);
    try {
      const events = await db.prisma.candidacyEvent.findMany({ orderBy: { id: "asc" } });
      expect(events.map((e) => [e.id, e.step, e.toStage, e.occurredOn, e.sourceNumber])).toEqual([
        ["e1", "selection", "selected", d("2024-03-10"), null],
        ["e2", "resolution", "introduced", d("2024-03-20"), "15-NQ/ĐTN"],
        ["e3", "certificate", "awareness_class", d("2024-05-02"), null],
        ["e4", "recognition", "recognized", d("2025-06-01"), null],
      ]);
      expect(events[0]?.details).toEqual({ votesFor: 12, votesTotal: 13 });
      expect(events[1]?.sourceDate).toEqual(d("2024-03-20"));
      expect(await db.prisma.candidacy.findUniqueOrThrow({ where: { id: "c" } })).toMatchObject({
        stage: "recognized",
        selectedOn: d("2024-03-10"),
        certificateDate: d("2024-05-02"),
        recognizedOn: d("2025-06-01"),
        admittedOn: null,
      });
    } finally {
      await db.close();
    }
  });
});
