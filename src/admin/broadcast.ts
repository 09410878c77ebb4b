import { parseArgs } from "node:util";
import type { Scope } from "../core/permissions.ts";
import { type Audience, createBroadcast, previewBroadcast } from "../domain/broadcasts.ts";
import { OrgTree } from "../domain/org.ts";
import type { AdminCommand, AdminIo } from "./command.ts";
import { UsageError } from "./command.ts";

const usage = `npm run admin -- broadcast --text TEXT --audience AUDIENCE [--at ISO-TIME] [--photo URL] [--confirm] [--dry-run]
  --audience   all | unit:CODE (that unit and all below it) | role:secretary | dvut
               | platform:telegram | platform:zalo | groups | groups:CODE
  --at         when to send, e.g. 2026-12-01T08:00+07:00 (default: now)
  --photo      an http(s) link to a photo sent with the text
  --confirm    ask each member to confirm they read it
  --dry-run    only show how many accounts it would reach per platform
The running bot sends it (its outbox worker). On the embedded database stop the bot first: one process per data folder.`;

function parseAudience(value: string, tree: OrgTree): Audience {
  const [kind, arg] = value.split(/:(.*)/s) as [string, string | undefined];
  const unitByCode = (code: string) => {
    const unit = tree.all().find((u) => u.code.toLowerCase() === code.toLowerCase());
    if (!unit) throw new UsageError(`no unit with code "${code}"`);
    return unit.id;
  };
  if (kind === "all" && !arg) return { kind: "all" };
  if (kind === "dvut" && !arg) return { kind: "dvut" };
  if (kind === "unit" && arg) return { kind: "unit", unitId: unitByCode(arg) };
  if (kind === "role" && arg === "secretary") return { kind: "role", role: "secretary" };
  if (kind === "platform" && (arg === "telegram" || arg === "zalo")) return { kind: "platform", platform: arg };
  if (kind === "groups") return arg ? { kind: "groups", unitId: unitByCode(arg) } : { kind: "groups" };
  throw new UsageError(`unknown audience "${value}"`);
}

async function run(args: string[], io: AdminIo): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      text: { type: "string" },
      audience: { type: "string" },
      at: { type: "string" },
      photo: { type: "string" },
      confirm: { type: "boolean", default: false },
      "dry-run": { type: "boolean", default: false },
    },
    strict: true,
  });
  if (!values.text?.trim()) throw new UsageError("--text is required");
  if (!values.audience) throw new UsageError("--audience is required");
  let sendAt: Date | null = null;
  if (values.at) {
    sendAt = new Date(values.at);
    if (Number.isNaN(sendAt.getTime())) throw new UsageError(`--at "${values.at}" is not a date and time`);
  }
  if (values.photo && !/^https?:\/\/\S+$/i.test(values.photo)) throw new UsageError("--photo must be an http(s) URL");
  const { deps } = io.app;
  const tree = await OrgTree.load(deps.prisma);
  const audience = parseAudience(values.audience, tree);
  // The command line speaks for the whole block, as staff do.
  const scope: Scope = { wholeBlock: true, unitIds: new Set(tree.all().map((u) => u.id)), personId: null };
  const t = deps.i18n.forLocale(deps.i18n.defaultLocale);
  const preview = await previewBroadcast(deps.prisma, audience, scope, tree);
  if (!preview.ok) {
    io.err(t(preview.reasonKey, preview.args));
    return 1;
  }
  const perPlatform = Object.entries(preview.perPlatform)
    .map(([platform, n]) => `${platform} ${n}`)
    .join(", ");
  io.out(
    `recipients: ${preview.total} (${perPlatform || "none"}); without a chat account: ${preview.peopleWithoutChat}`,
  );
  if (values["dry-run"]) return 0;
  const result = await createBroadcast(
    { prisma: deps.prisma, clock: deps.clock, translate: (lang) => deps.i18n.forLocale(lang) },
    {
      createdById: "admin-cli",
      text: values.text,
      photoUrl: values.photo ?? null,
      audience,
      sendAt,
      requireConfirmation: values.confirm,
    },
    scope,
    tree,
  );
  if (!result.ok) {
    io.err(t(result.reasonKey, result.args));
    return 1;
  }
  io.out(
    `broadcast ${result.broadcast.id} queued for ${result.recipients} accounts, sending from ${result.broadcast.sendAt.toISOString()}`,
  );
  return 0;
}

/** `npm run admin -- broadcast …`: the same announcement as in chat, from a terminal. */
export const broadcastCommand: AdminCommand = {
  name: "broadcast",
  summary: "queue an announcement to everyone, a unit and below, secretaries, ĐVUT or one platform",
  usage,
  run,
};
