import type { App } from "../../src/app.ts";
import type { Person } from "../../src/generated/prisma/client.ts";
import { type ChatAccount, linkAccount } from "./app.ts";
import { d, OrgBuilder, type StepDetails } from "./org-builder.ts";

export { d } from "./org-builder.ts";

/**
 * A three-level block: DK (root) → A (TCCSĐ) → A1, A2 (chi đoàn); DK → B (TCCSĐ) → B1. One member per chi đoàn plus
 * secretaries of A1 and B, a staff member, and terminal chat accounts (`t-<key>`) for each of them.
 */
export async function buildOrg(app: App) {
  const build = new OrgBuilder(app.deps);
  const dk = await build.unit("DK", "Đoàn Khối");
  const a = await build.unit("A", "Đoàn cơ sở Sở Tư pháp", dk);
  const a1 = await build.unit("A1", "Chi đoàn Văn phòng", a);
  const a2 = await build.unit("A2", "Chi đoàn Thanh tra", a);
  const b = await build.unit("B", "Đoàn cơ sở Sở Y tế", dk);
  const b1 = await build.unit("B1", "Chi đoàn Bệnh viện", b);
  const born = { dateOfBirth: d("1998-05-01"), gender: "female" };
  const people = {
    an: await build.person("Nguyễn Văn An", a1, { memberCode: "M-AN", ...born }),
    binh: await build.person("Trần Thị Bình", a2, { memberCode: "M-BINH", ...born }),
    cuong: await build.person("Lê Văn Cường", b1, { memberCode: "M-CUONG", ...born }),
    secA1: await build.person("Phạm Thu Hằng", a1, { memberCode: "S-A1", ...born }),
    secB: await build.person("Đỗ Minh Quân", b, { memberCode: "S-B", ...born }),
    staff: await build.person("Hoàng Văn Đức", dk, { memberCode: "STAFF", ...born }),
  };
  await build.role(people.secA1, "secretary", a1);
  await build.role(people.secB, "secretary", b);
  await build.role(people.staff, "staff", dk);
  const accounts = {} as Record<keyof typeof people, ChatAccount>;
  for (const [key, p] of Object.entries(people) as [keyof typeof people, Person][]) {
    accounts[key] = { platform: "terminal", externalId: `t-${key}` };
    await linkAccount(app, accounts[key], p.id);
  }
  return { build, units: { dk, a, a1, a2, b, b1 }, people, accounts };
}

export type BlockOrg = Awaited<ReturnType<typeof buildOrg>>;

/** Selects the person as ĐVUT on `selectedOn` (rated excellent the year before), introduced on `introducedOn` if given. */
export function makeDvut(app: App, person: Person, selectedOn: string, introducedOn?: string) {
  return new OrgBuilder(app.deps).dvut(person, selectedOn, introducedOn);
}

/** Records the step that brings the journey to stage `to`. */
export function step(app: App, candidacyId: string, to: string, on: string, details: StepDetails = {}) {
  return new OrgBuilder(app.deps).step(candidacyId, to, on, details);
}
