import { afterEach, expect, it } from "vitest";
import { OrgTree } from "../../src/core/org.ts";
import { scopeOf } from "../../src/core/permissions.ts";
import { createBroadcast } from "../../src/modules/broadcasts/broadcasts.ts";
import { createTestApp, type TestApp } from "../support/app.ts";
import { seedBroadcastOrg } from "../support/broadcast-org.ts";

let app: TestApp;
afterEach(() => app.close());

it("speaks the deployment's default language to a person whose stored language the bot lacks", async () => {
  app = await createTestApp({ env: { DEFAULT_LOCALE: "en" } });
  const { prisma } = app.deps;
  const org = await seedBroadcastOrg(prisma);
  await prisma.person.updateMany({ data: { locale: "fr" } });
  await prisma.person.update({ where: { id: org.secretaryAId }, data: { locale: "vi" } });
  const tree = await OrgTree.load(prisma);
  const scope = scopeOf(org.staffId, await prisma.roleAssignment.findMany({ where: { personId: org.staffId } }), tree);
  const created = await createBroadcast(
    { prisma, clock: app.clock, i18n: app.deps.i18n },
    { createdById: org.staffId, text: "Hello", audience: { kind: "all" }, requireConfirmation: true },
    scope,
    tree,
  );
  if (!created.ok) throw new Error(created.reason);
  const rows = await prisma.delivery.findMany({
    include: { message: true },
    where: { broadcastId: created.broadcast.id },
  });
  const labels = new Map<string, Set<string>>();
  for (const row of rows) {
    const label = (row.message.payload as { choices?: { label: string }[] }).choices?.[0]?.label ?? "";
    const set = labels.get(row.personId ?? "") ?? new Set<string>();
    set.add(label);
    labels.set(row.personId ?? "", set);
  }
  expect(labels.get(org.secretaryAId)).toEqual(new Set(["Đã đọc / Xác nhận"]));
  labels.delete(org.secretaryAId);
  expect(new Set([...labels.values()].flatMap((s) => [...s]))).toEqual(new Set(["Read / Confirm"]));
});
