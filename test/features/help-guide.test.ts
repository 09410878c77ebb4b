import { afterEach, describe, expect, it } from "vitest";
import type { RoleAssignment } from "../../src/generated/prisma/client.ts";
import { guideFileFor } from "../../src/modules/help/help.ts";
import { createTestApp, type TestApp } from "../support/app.ts";

let app: TestApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

const role = (r: RoleAssignment["role"]) => ({ role: r, revokedAt: null }) as RoleAssignment;

describe("/help and the guides", () => {
  it("picks the guide of the speaker's role", () => {
    expect(guideFileFor({ roles: [] })).toBe("doan-vien-dung-bot.md");
    expect(guideFileFor({ roles: [role("secretary")] })).toBe("huong-dan-bi-thu.md");
    expect(guideFileFor({ roles: [role("secretary"), role("staff")] })).toBe("huong-dan-can-bo.md");
    expect(guideFileFor({ roles: [role("admin")] })).toBe("huong-dan-can-bo.md");
  });

  it("ends with the link to that guide when GUIDES_URL is set, and not otherwise", { timeout: 240_000 }, async () => {
    const guest = { platform: "telegram" as const, externalId: "2001" };
    app = await createTestApp({ env: { GUIDES_URL: "https://example.org/doan-bot/docs/" } });
    const [reply] = await app.say(guest, "/help");
    expect(reply?.text.split("\n").at(-1)).toBe(
      "Hướng dẫn sử dụng: https://example.org/doan-bot/docs/doan-vien-dung-bot.md",
    );
    await app.close();
    app = await createTestApp();
    expect((await app.say(guest, "/help"))[0]?.text).not.toContain("Hướng dẫn sử dụng");
  });
});
