import { describe, expect } from "vitest";
import { OrgTreeCache } from "../../src/core/org.ts";
import { it } from "../support/fixtures.ts";

describe("the org tree kept between messages", () => {
  it("is read once while the units stay the same, and read again after any change, whoever made it", async ({
    app,
    block,
  }) => {
    const { prisma } = app.deps;
    const cache = new OrgTreeCache(prisma);
    const first = await cache.current();
    expect(await cache.current()).toBe(first);

    await prisma.orgUnit.update({ where: { id: block.units.a1.id }, data: { name: "Chi đoàn Pháp chế" } });
    const renamed = await cache.current();
    expect(renamed).not.toBe(first);
    expect(renamed.pathName(block.units.a1.id)).toBe("Chi đoàn Pháp chế › Đoàn cơ sở Sở Tư pháp › Đoàn Khối");

    // Another process writing plain SQL moves Chi đoàn Pháp chế under B: the version moves all the same.
    await prisma.$executeRaw`UPDATE "OrgUnit" SET "parentId" = ${block.units.b.id} WHERE id = ${block.units.a1.id}`;
    const moved = await cache.current();
    expect(moved.ancestors(block.units.a1.id).map((u) => u.id)).toEqual([block.units.b.id, block.units.dk.id]);

    const added = await prisma.orgUnit.create({
      data: { code: "B2", name: "Chi đoàn Kho bạc", parentId: block.units.b.id },
    });
    expect((await cache.current()).get(added.id)?.name).toBe("Chi đoàn Kho bạc");
    await prisma.orgUnit.delete({ where: { id: added.id } });
    expect((await cache.current()).get(added.id)).toBeUndefined();
  });

  it("answers a secretary's message with the unit as it is now, not as it was at the first message", async ({
    app,
    block,
  }) => {
    const secretary = block.accounts.secA1;
    expect((await app.say(secretary, "/me")).map((r) => r.text).join("\n")).toContain("Chi đoàn Văn phòng");
    await app.deps.prisma.orgUnit.update({ where: { id: block.units.a1.id }, data: { name: "Chi đoàn Pháp chế" } });
    const after = (await app.say(secretary, "/me")).map((r) => r.text).join("\n");
    expect(after).toContain("Chi đoàn Pháp chế");
    expect(after).not.toContain("Chi đoàn Văn phòng");
  });
});
