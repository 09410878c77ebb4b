import { describe, expect } from "vitest";
import type { OutgoingMessage } from "../../../src/core/messages.ts";
import type { Person } from "../../../src/generated/prisma/client.ts";
import { issueLinkCode } from "../../../src/modules/linking/linking.ts";
import { linkAccount, type TestApp } from "../../support/app.ts";
import { test } from "../../support/fixtures.ts";

const tg = { platform: "telegram" as const, externalId: "9001" };
const zalo = { platform: "zalo" as const, externalId: "z-9001" };

async function codeFor(app: TestApp, personId: string): Promise<string> {
  const issued = await issueLinkCode(app.deps.prisma, app.clock, personId, 72);
  if (!issued.ok) throw new Error("no code");
  return issued.code;
}

const texts = (replies: OutgoingMessage[]) => replies.map((r) => r.text).join("\n");

/** Nguyễn Thị Hà of Chi đoàn Sở Tư pháp, with a phone number and no chat account yet. */
const it = test.extend<{ person: Person }>({
  person: async ({ build }, use) => {
    const unit = await build.unit("U1", "Chi đoàn Sở Tư pháp");
    await use(await build.person("Nguyễn Thị Hà", unit, { phone: "0912 345 678" }));
  },
});

describe("linking with a code", () => {
  it("links Telegram and Zalo accounts of one person, each with its own code", async ({ app, person }) => {
    expect(texts(await app.say(tg, `/start ${await codeFor(app, person.id)}`))).toContain("Nguyễn Thị Hà");
    expect(texts(await app.say(zalo, `/start ${(await codeFor(app, person.id)).toLowerCase()}`))).toContain(
      "Nguyễn Thị Hà",
    );
    const identities = await app.deps.prisma.platformIdentity.findMany({ where: { personId: person.id } });
    expect(identities.map((i) => i.platform).sort()).toEqual(["telegram", "zalo"]);
    expect(texts(await app.say(tg, "/start"))).toContain("Chào đồng chí Nguyễn Thị Hà");
  });

  it("accepts a code once only, and not after it expired", async ({ app, person }) => {
    const code = await codeFor(app, person.id);
    await app.say(tg, `/start ${code}`);
    expect(texts(await app.say(zalo, `/start ${code}`))).toContain("đã được dùng");
    const late = await codeFor(app, person.id);
    app.clock.advance(73 * 3_600_000);
    const replies = await app.say(zalo, `/start ${late}`);
    expect(texts(replies)).toContain("đã hết hạn");
    // A second chance is always offered.
    expect(replies.at(-1)?.choices?.[0]?.value).toBe("link:register");
  });

  it("makes an earlier code useless once a new one is issued", async ({ app, person }) => {
    const first = await codeFor(app, person.id);
    await codeFor(app, person.id);
    expect(texts(await app.say(tg, `/start ${first}`))).toContain("Mã liên kết không đúng");
  });

  it("refuses every code after five wrong guesses in an hour, then forgives", async ({ app, person }) => {
    for (let i = 0; i < 5; i++) await app.say(tg, `/start WRONG${i}XX`);
    const good = await codeFor(app, person.id);
    expect(texts(await app.say(tg, `/start ${good}`))).toContain("nhập sai nhiều lần");
    // Others are not affected.
    expect(texts(await app.say(zalo, `/start ${good}`))).toContain("Nguyễn Thị Hà");
    app.clock.advance(61 * 60_000);
    expect(texts(await app.say(tg, `/start ${await codeFor(app, person.id)}`))).toContain("Nguyễn Thị Hà");
  });
});

describe("linking by contact", () => {
  const own = (phone: string) => ({ kind: "contact" as const, phone, isOwn: true });
  const send = (app: TestApp, content: { kind: "contact"; phone: string; isOwn: boolean }) =>
    app.dispatcher.handle({
      platform: "telegram",
      chatId: tg.externalId,
      chatType: "private",
      sender: { externalId: tg.externalId },
      content,
      receivedAt: app.clock.now(),
    });

  it("links when the person's own phone number is on the roster", async ({ app, person }) => {
    expect(texts(await send(app, own("+84912345678")))).toContain("Nguyễn Thị Hà");
    const identity = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: tg });
    expect(identity.personId).toBe(person.id);
  });

  it("refuses someone else's contact card and an unknown number", async ({ app, person: _person }) => {
    expect(texts(await send(app, { kind: "contact", phone: "0912345678", isOwn: false }))).toContain(
      "của chính đồng chí",
    );
    expect(texts(await send(app, own("0987000111")))).toContain("chưa có trong danh sách");
    const identity = await app.deps.prisma.platformIdentity.findFirstOrThrow({ where: tg });
    expect(identity.personId).toBeNull();
  });
});

describe("/start for a guest", () => {
  it("offers the contact button on Telegram only, and registration everywhere", async ({ app, person: _person }) => {
    const onTelegram = await app.say(tg, "/start");
    expect(onTelegram[0]?.requestContact).toBe(true);
    expect(onTelegram[0]?.contactLabel).toContain("Chia sẻ số điện thoại");
    expect(onTelegram.at(-1)?.choices?.map((c) => c.value)).toEqual(["link:register"]);
    const onZalo = await app.say(zalo, "/start");
    expect(onZalo[0]?.requestContact).toBeFalsy();
    expect(onZalo.at(-1)?.choices?.map((c) => c.value)).toEqual(["link:register"]);
  });
});

describe("registration conversation", () => {
  it("asks again after a wrong date, and forgets a registration left for a day", async ({ app, person: _person }) => {
    await app.say(tg, "/start");
    expect(texts(await app.press(tg, "link:register"))).toContain("họ và tên");
    expect(texts(await app.say(tg, "An 123"))).toContain("không có chữ số");
    expect(texts(await app.say(tg, "Võ Văn An"))).toContain("ngày/tháng/năm");
    expect(texts(await app.say(tg, "hôm qua"))).toContain("chưa đúng");
    app.clock.advance(25 * 3_600_000);
    expect(texts(await app.say(tg, "12/12/2000"))).toContain("Hệ thống chưa nhận diện được nội dung tin nhắn");
  });

  it("refuses a decision from a secretary of another unit", async ({ app, person }) => {
    const other = await app.deps.prisma.orgUnit.create({ data: { code: "U2", name: "Chi đoàn Sở Y tế" } });
    const request = await app.deps.prisma.registrationRequest.create({
      data: {
        platform: "zalo",
        externalId: "z-1",
        chatId: "z-1",
        fullName: "Mai",
        dateOfBirth: new Date("2000-01-01"),
        unitId: person.unitId,
      },
    });
    const secretary = await app.deps.prisma.person.create({ data: { fullName: "Bí thư Y tế", unitId: other.id } });
    await app.deps.prisma.roleAssignment.create({
      data: { personId: secretary.id, role: "secretary", unitId: other.id },
    });
    await linkAccount(app, zalo, secretary.id);
    expect(texts(await app.press(zalo, `reg:approve:${request.id}`))).toContain("không do đồng chí phụ trách");
    expect(texts(await app.press(tg, `reg:approve:${request.id}`))).toContain("chưa được liên kết");
    const unchanged = await app.deps.prisma.registrationRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(unchanged.status).toBe("pending");
  });
});

describe("registration requests", () => {
  it("reach someone who can answer, and are not sent twice for one account", async ({ app, person }) => {
    const { prisma } = app.deps;
    const root = await prisma.orgUnit.create({ data: { code: "DK", name: "Đoàn Khối" } });
    await prisma.orgUnit.update({ where: { id: person.unitId }, data: { parentId: root.id } });
    // The unit's secretary has never written to the bot; the staff member has.
    const secretary = await prisma.person.create({ data: { fullName: "Bí thư chưa dùng bot", unitId: person.unitId } });
    await prisma.roleAssignment.create({ data: { personId: secretary.id, role: "secretary", unitId: person.unitId } });
    const staff = await prisma.person.create({ data: { fullName: "Cán bộ Đoàn Khối", unitId: root.id } });
    await prisma.roleAssignment.create({ data: { personId: staff.id, role: "staff", unitId: root.id } });
    await linkAccount(app, { platform: "telegram", externalId: "555" }, staff.id);

    const register = async () => {
      await app.press(zalo, "link:register");
      await app.say(zalo, "Đỗ Minh Tâm");
      await app.say(zalo, "01/02/2001");
      return app.say(zalo, "1");
    };
    expect(texts(await register())).toContain("Đã gửi yêu cầu đăng ký");
    const deliveries = await prisma.delivery.findMany({ include: { message: true } });
    expect(deliveries.map((d) => `${d.platform}:${d.chatId}`)).toEqual(["telegram:555"]);
    expect(JSON.stringify(deliveries[0]?.message.payload)).toContain("Đỗ Minh Tâm");

    expect(texts(await app.press(zalo, "link:register"))).toContain("đang chờ Bí thư");
    expect(await prisma.registrationRequest.count()).toBe(1);
  });
});

describe("/requests", () => {
  it("lets a secretary on Zalo answer a waiting request by its typed word and a confirmation, never by number", async ({
    app,
    person,
  }) => {
    const { prisma } = app.deps;
    const secretary = await prisma.person.create({ data: { fullName: "Bí thư", unitId: person.unitId } });
    await prisma.roleAssignment.create({ data: { personId: secretary.id, role: "secretary", unitId: person.unitId } });
    await linkAccount(app, zalo, secretary.id);
    expect(texts(await app.say(zalo, "/requests"))).toContain("Không có yêu cầu");
    for (const [externalId, fullName] of [
      ["t-1", "Hồ Văn Một"],
      ["t-2", "Hồ Văn Hai"],
    ] as const) {
      await prisma.registrationRequest.create({
        data: {
          platform: "telegram",
          externalId,
          chatId: externalId,
          fullName,
          dateOfBirth: new Date("2000-01-01"),
          unitId: person.unitId,
        },
      });
    }
    const [first] = await app.say(zalo, "/requests");
    expect(first?.text).toContain("Hồ Văn Một");
    expect(first?.text).toContain("Còn 1 yêu cầu khác");
    // Approving is security-relevant: a typed number takes nothing, the typed word asks for a confirmation.
    expect(texts(await app.say(zalo, "1"))).not.toContain("Đã duyệt");
    expect(texts(await app.say(zalo, "duyet"))).toContain("cần xác nhận");
    expect(texts(await app.say(zalo, "1"))).toContain("Đã duyệt yêu cầu của Hồ Văn Một");
    const [second] = await app.say(zalo, "/requests");
    expect(second?.text).toContain("Hồ Văn Hai");
    expect(texts(await app.say(zalo, "2"))).not.toContain("Đã từ chối");
    await app.say(zalo, "Từ chối");
    expect(texts(await app.say(zalo, "Xác nhận: Từ chối"))).toContain("Đã từ chối");
    const linked = await prisma.platformIdentity.findFirstOrThrow({ where: { externalId: "t-1" } });
    expect(linked.personId).not.toBeNull();
    expect(await prisma.platformIdentity.count({ where: { externalId: "t-2" } })).toBe(0);
  });
});
