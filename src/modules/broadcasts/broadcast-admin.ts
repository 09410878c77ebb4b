import { parseArgs } from "node:util";
import type { AdminCommand, App } from "../../admin/command.ts";
import type { AppDeps } from "../../core/deps.ts";
import { isPlatform } from "../../core/messages.ts";
import { OrgTree } from "../../core/org.ts";
import type { Scope } from "../../core/permissions.ts";
import { type Audience, createBroadcast, previewBroadcast } from "./broadcasts.ts";

/** A mistake in the command line: printed with the usage, exit code 2. */
class UsageError extends Error {}

const usage = "broadcast --text TEXT --audience AUDIENCE [--at ISO-TIME] [--photo URL] [--confirm] [--dry-run]";
const details = `  --audience   all | unit:CODE (that unit and all below it) | role:secretary | dvut
               | platform:telegram | platform:zalo | groups | groups:CODE
  --at         when to send, e.g. 2026-12-01T08:00+07:00 (default: now)
  --photo      an http(s) link to a photo sent with the text
  --confirm    ask each member to confirm they read it
  --dry-run    only show how many accounts it would reach per platform
The running bot sends it (its outbox worker). On the embedded database stop the bot first: one process per data folder.`;

function parseAudience(value: string, tree: OrgTree, capabilities: AppDeps["capabilities"]): Audience {
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
  if (kind === "platform" && isPlatform(arg) && capabilities[arg].listedAsAudience)
    return { kind: "platform", platform: arg };
  if (kind === "groups") return arg ? { kind: "groups", unitId: unitByCode(arg) } : { kind: "groups" };
  throw new UsageError(`unknown audience "${value}"`);
}

async function run(app: App, args: string[], out: (line: string) => void): Promise<number> {
  try {
    return await queue(app, args, out);
  } catch (error) {
    const isParseError = error instanceof Error && "code" in error && String(error.code).startsWith("ERR_PARSE_ARGS");
    if (!(error instanceof UsageError) && !isParseError) throw error;
    out(`${(error as Error).message}\nusage: npm run admin -- ${usage}\n${details}`);
    return 2;
  }
}

async function queue(app: App, args: string[], out: (line: string) => void): Promise<number> {
  if (args.includes("--help")) {
    out(`usage: npm run admin -- ${usage}\n${details}`);
    return 0;
  }
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
  const { deps } = app;
  const tree = await OrgTree.load(deps.prisma);
  const audience = parseAudience(values.audience, tree, app.deps.capabilities);
  // The command line speaks for the whole block, as staff do.
  const scope: Scope = { wholeBlock: true, unitIds: new Set(tree.all().map((u) => u.id)), personId: null };
  const t = deps.i18n.forLocale(deps.i18n.defaultLocale);
  const preview = await previewBroadcast(deps.prisma, audience, scope, tree);
  if (!preview.ok) {
    out(t(preview.reason, preview.args));
    return 1;
  }
  const perPlatform = Object.entries(preview.perPlatform)
    .map(([platform, n]) => `${platform} ${n}`)
    .join(", ");
  out(`recipients: ${preview.total} (${perPlatform || "none"}); without a chat account: ${preview.peopleWithoutChat}`);
  out(
    values.confirm
      ? `read confirmation: required (each member gets a "${t("broadcast-ack-button")}" button; secretaries get the unconfirmed after ${deps.config.CONFIRM_REMIND_AFTER_DAYS} days)`
      : "read confirmation: not asked",
  );
  if (values["dry-run"]) return 0;
  const result = await createBroadcast(
    deps,
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
    out(t(result.reason, result.args));
    return 1;
  }
  out(
    result.complete
      ? `broadcast ${result.broadcast.id} queued for ${result.recipients} accounts, sending from ${result.broadcast.sendAt.toISOString()}`
      : `broadcast ${result.broadcast.id} still preparing (${result.recipients} accounts queued so far): the running service finishes it`,
  );
  return 0;
}

/** `npm run admin -- broadcast …`: the same announcement as in chat, from a terminal. */
export const broadcastCommand: AdminCommand = { name: "broadcast", usage, run };
