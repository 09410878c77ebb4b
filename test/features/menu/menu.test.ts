import { describe, expect } from "vitest";
import { last, member, secretary, staff } from "../../flows/support.ts";
import type { TestApp } from "../../support/app.ts";
import { it } from "../../support/fixtures.ts";

const labels = async (app: TestApp, who: typeof member) =>
  last(await app.say(who, "/menu")).choices?.map((c) => c.label) ?? [];

describe("/menu", () => {
  it("shows a branch secretary their due work with counts", async ({ app, org: _org }) => {
    expect(await labels(app, secretary)).toEqual([
      // Quarter 3 is still owed (its reminders run until quarter 4's start): first, and marked late.
      "2 bản nhận xét ĐVUT quý 3/2026 — trễ hạn (hạn 05/10/2026)",
      "2 bản nhận xét ĐVUT cần viết quý này",
      "Xếp loại đoàn viên năm 2026 — 5 người chưa xếp loại",
      "Báo cáo một hoạt động",
      "Ghi nhận kết quả bình chọn ĐVUT",
      "Tự báo cáo hoạt động, thành tích",
      "Sửa báo cáo đã gửi",
    ]);
  });

  it("shows a member only what a member may do, and refuses them a secretary's flow", async ({ app, org }) => {
    expect(await labels(app, member)).toEqual(["Tự báo cáo hoạt động, thành tích", "Sửa báo cáo đã gửi"]);
    expect(last(await app.press(member, `flow:start:journey-selection:${org.people.chau}`)).text).toContain(
      "không thuộc vai trò của đồng chí",
    );
  });

  it("shows staff what the whole block still owes", async ({ app, org: _org }) => {
    const menu = last(await app.say(staff, "/menu"));
    expect(menu.text).toContain("Toàn Đoàn Khối quý này còn thiếu: 2 bản nhận xét ĐVUT, 1 báo cáo quý của đơn vị");
    expect(menu.choices?.map((c) => c.label)).toEqual(["Tự báo cáo hoạt động, thành tích", "Sửa báo cáo đã gửi"]);
  });

  it("asks a chat account that is not linked to link first", async ({ app, org: _org }) => {
    const guest = { platform: "telegram" as const, externalId: "guest" };
    expect(last(await app.say(guest, "/menu")).text).toContain("chưa được liên kết");
  });
});
