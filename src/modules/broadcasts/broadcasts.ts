import { z } from "zod";
import type { Clock } from "../../clock.ts";
import type { Config } from "../../config.ts";
import { writeAudit } from "../../core/audit.ts";
import type { BackgroundWork } from "../../core/background.ts";
import type { ChatFirst } from "../../core/chat-first.ts";
import type { Db, Tx } from "../../core/db.ts";
import { cleanText } from "../../core/dialogue/inputs.ts";
import { languageOf } from "../../core/language.ts";
import type { OutgoingMessage, Platform } from "../../core/messages.ts";
import type { OrgTree } from "../../core/org.ts";
import { canSeeUnit, type Scope } from "../../core/permissions.ts";
import type { Result } from "../../core/result.ts";
import type { Database } from "../../db/database.ts";
import type { Broadcast, CandidacyStage, Prisma, PrismaClient } from "../../generated/prisma/client.ts";
import { type I18n, k, type Locale } from "../../i18n/i18n.ts";
import { fanOutBatchSize, runFanOut, writeBatch } from "../../jobs/fan-out.ts";
import { createLogger, type Logger } from "../../logger.ts";
import { type DeliveryInput, enqueue } from "../../outbox/enqueue.ts";
import { confirmBroadcastButton } from "./buttons.ts";

const silentLogger = createLogger({ level: "silent", pretty: false });

/** Who a broadcast goes to. Stored as JSON in Broadcast.audience. */
export const audienceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("all") }),
  z.object({ kind: z.literal("unit"), unitId: z.string() }),
  z.object({ kind: z.literal("role"), role: z.literal("secretary") }),
  z.object({ kind: z.literal("dvut") }),
  z.object({ kind: z.literal("platform"), platform: z.enum(["telegram", "zalo", "terminal"]) }),
  /** The registered group chats of a unit and the units below it (of every unit in scope without unitId). */
  z.object({ kind: z.literal("groups"), unitId: z.string().optional() }),
]);
export type Audience = z.infer<typeof audienceSchema>;

/** An outstanding member on the way to the Party: selected and neither admitted nor out. */
export const OPEN_CANDIDACY_STAGES: CandidacyStage[] = [
  "selected",
  "introduced",
  "handed_over",
  "awareness_class",
  "recognized",
];

export const BROADCAST_TEXT_MAX = 4000;

export interface Recipient {
  platform: Platform;
  chatId: string;
  personId: string | null;
  /** The person's chosen language, as stored (null for a group chat): `languageOf` decides what is spoken. */
  locale: string | null;
}

/** Why a broadcast cannot be made or changed: the same shape as every refusal (`core/result.ts`). */
export type Refusal = Extract<Result<never>, { ok: false }>;

/** Whether this scope may send to this audience; a secretary stays inside their own units. */
export function checkAudience(audience: Audience, scope: Scope, tree: OrgTree): { ok: true } | Refusal {
  if (!scope.wholeBlock && scope.unitIds.size === 0) return { ok: false, reason: "broadcast-refused-no-scope" };
  const unitId = audience.kind === "unit" || audience.kind === "groups" ? audience.unitId : undefined;
  if (unitId !== undefined) {
    const unit = tree.get(unitId);
    if (!unit) return { ok: false, reason: "broadcast-refused-unit-unknown" };
    if (!canSeeUnit(scope, unitId)) {
      return { ok: false, reason: "broadcast-refused-out-of-scope", args: { unit: unit.name } };
    }
  }
  return { ok: true };
}

/** Units the audience covers, within scope; undefined means every unit (staff sending to the whole block). */
function unitsOf(audience: Audience, scope: Scope, tree: OrgTree): string[] | undefined {
  const unitId = audience.kind === "unit" || audience.kind === "groups" ? audience.unitId : undefined;
  if (unitId) return [...tree.subtreeIds(unitId)].filter((id) => canSeeUnit(scope, id));
  return scope.wholeBlock ? undefined : [...scope.unitIds];
}

/** Stored in Broadcast.audienceUnits for "every unit", which a list of ids cannot say. */
const EVERY_UNIT = "all";

function storedUnits(units: string[] | undefined): string[] | typeof EVERY_UNIT {
  return units ?? EVERY_UNIT;
}

function unitsFromStored(stored: unknown): string[] | undefined {
  return Array.isArray(stored) ? stored.map(String) : undefined;
}

function peopleWhere(audience: Audience, units: string[] | undefined): Prisma.PersonWhereInput {
  const inUnits = units ? { in: units } : undefined;
  const where: Prisma.PersonWhereInput = { active: true };
  if (audience.kind === "role") {
    where.roles = { some: { role: audience.role, revokedAt: null, ...(units ? { unitId: inUnits } : {}) } };
  } else {
    where.unitId = inUnits;
  }
  if (audience.kind === "dvut") {
    where.candidacies = { some: { closedAt: null, stage: { in: OPEN_CANDIDACY_STAGES } } };
  }
  return where;
}

const platformOf = (audience: Audience) => (audience.kind === "platform" ? audience.platform : undefined);

/**
 * One page of the audience's active people after the id `after`, each with their reachable accounts (as JSON, null
 * when none): one SQL statement, where the client's nested query and its per-row mapping cost more than the database's
 * work at a province's 100,000 people. The same audience as `peopleWhere`, which the preview counts with.
 */
async function peoplePage(
  db: Db,
  audience: Audience,
  units: string[] | undefined,
  after: string | undefined,
  size: number,
): Promise<{ id: string; locale: string | null; identities: string | null }[]> {
  const params: unknown[] = [after ?? "", size];
  const param = (value: unknown) => `$${params.push(value)}`;
  const conditions = ["p.active", "p.id > $1"];
  const inUnits = units ? `IN (SELECT json_array_elements_text(${param(JSON.stringify(units))}::json))` : undefined;
  if (audience.kind === "role") {
    conditions.push(`EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."personId" = p.id
      AND r.role::text = ${param(audience.role)} AND r."revokedAt" IS NULL${inUnits ? ` AND r."unitId" ${inUnits}` : ""})`);
  } else if (inUnits) {
    conditions.push(`p."unitId" ${inUnits}`);
  }
  if (audience.kind === "dvut") {
    conditions.push(`EXISTS (SELECT 1 FROM "Candidacy" c WHERE c."personId" = p.id AND c."closedAt" IS NULL
      AND c.stage::text IN (SELECT json_array_elements_text(${param(JSON.stringify(OPEN_CANDIDACY_STAGES))}::json)))`);
  }
  const platform = platformOf(audience);
  const onPlatform = platform ? ` AND i.platform::text = ${param(platform)}` : "";
  return db.$queryRawUnsafe(
    `SELECT p.id, p.locale, accounts.identities::text AS identities
     FROM "Person" p
     LEFT JOIN LATERAL (
       SELECT json_agg(json_build_object('platform', i.platform, 'chatId', i."chatId") ORDER BY i.platform, i.id) AS identities
       FROM "PlatformIdentity" i
       WHERE i."personId" = p.id AND i."unreachableAt" IS NULL${onPlatform}
     ) accounts ON true
     WHERE ${conditions.join(" AND ")}
     ORDER BY p.id
     LIMIT $2`,
    ...params,
  );
}

/**
 * One page of the audience, in id order after `after` (people, or registered group chats for "groups"): each linked,
 * active person's reachable accounts (one per platform and chat), and how many people had none. `last` is where the
 * next page starts; undefined when this page was the last.
 */
async function recipientsPage(
  db: Db,
  audience: Audience,
  units: string[] | undefined,
  after: string | undefined,
  size: number,
): Promise<{ recipients: Recipient[]; peopleWithoutChat: number; last: string | undefined }> {
  const inUnits = units ? { in: units } : undefined;
  const page = { ...(after ? { id: { gt: after } } : {}) };
  if (audience.kind === "groups") {
    const groups = await db.unitGroupChat.findMany({
      where: { unitId: inUnits, ...page },
      orderBy: { id: "asc" },
      take: size,
    });
    return {
      recipients: groups.map((g) => ({ platform: g.platform, chatId: g.chatId, personId: null, locale: null })),
      peopleWithoutChat: 0,
      last: groups.length === size ? groups.at(-1)?.id : undefined,
    };
  }
  const people = await peoplePage(db, audience, units, after, size);
  const recipients: Recipient[] = [];
  let peopleWithoutChat = 0;
  for (const person of people) {
    const identities: { platform: Platform; chatId: string }[] = person.identities ? JSON.parse(person.identities) : [];
    if (identities.length === 0) peopleWithoutChat++;
    for (const identity of identities) {
      recipients.push({ ...identity, personId: person.id, locale: person.locale });
    }
  }
  return { recipients, peopleWithoutChat, last: people.length === size ? people.at(-1)?.id : undefined };
}

/**
 * Every chat the audience reaches, once each: each linked, active person's reachable accounts, or the registered
 * group chats. People without a chat account are counted, not returned.
 */
export async function resolveRecipients(
  db: Db,
  audience: Audience,
  scope: Scope,
  tree: OrgTree,
): Promise<{ recipients: Recipient[]; peopleWithoutChat: number }> {
  const units = unitsOf(audience, scope, tree);
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  let peopleWithoutChat = 0;
  let after: string | undefined;
  do {
    const page = await recipientsPage(db, audience, units, after, 5000);
    peopleWithoutChat += page.peopleWithoutChat;
    for (const r of page.recipients) {
      const key = `${r.platform}:${r.chatId}`;
      if (seen.has(key)) continue;
      seen.add(key);
      recipients.push(r);
    }
    after = page.last;
  } while (after);
  return { recipients, peopleWithoutChat };
}

/**
 * How many chats the audience reaches, in one COUNT query (never reading it): the reachable chat accounts of its
 * active people (an account is unique per platform and user), or its registered group chats. As many deliveries as
 * the preparation writes, when nothing changes meanwhile.
 */
async function countRecipients(db: Db, audience: Audience, units: string[] | undefined): Promise<number> {
  if (audience.kind === "groups") {
    return db.unitGroupChat.count({ where: { unitId: units ? { in: units } : undefined } });
  }
  return db.platformIdentity.count({
    where: { unreachableAt: null, platform: platformOf(audience), person: peopleWhere(audience, units) },
  });
}

export interface BroadcastPreview {
  perPlatform: Partial<Record<Platform, number>>;
  total: number;
  peopleWithoutChat: number;
}

export async function previewBroadcast(
  db: Db,
  audience: Audience,
  scope: Scope,
  tree: OrgTree,
): Promise<({ ok: true } & BroadcastPreview) | Refusal> {
  const check = checkAudience(audience, scope, tree);
  if (!check.ok) return check;
  const { recipients, peopleWithoutChat } = await resolveRecipients(db, audience, scope, tree);
  const perPlatform: Partial<Record<Platform, number>> = {};
  for (const r of [...recipients].sort((a, b) => a.platform.localeCompare(b.platform))) {
    perPlatform[r.platform] = (perPlatform[r.platform] ?? 0) + 1;
  }
  return { ok: true, perPlatform, total: recipients.length, peopleWithoutChat };
}

export interface NewBroadcast {
  createdById: string;
  text: string;
  photoUrl?: string | null;
  audience: Audience;
  /** Not before this time; now when absent or past. */
  sendAt?: Date | null;
  requireConfirmation?: boolean;
  /** Where progress and the summary go. */
  origin?: { platform: Platform; chatId: string } | null;
}

/** What creating and preparing a broadcast needs; `config` absent means the defaults (tests, benchmarks). */
export interface BroadcastDeps {
  prisma: PrismaClient;
  clock: Clock;
  i18n: Pick<I18n, "forLocale" | "defaultLocale">;
  logger?: Logger;
  config?: Pick<Config, "JOB_BATCH_SIZE" | "JOB_RUN_STALE_SECONDS">;
  /** Which database: the batch size of a preparation depends on it (see `fanOutBatchSize`). */
  db?: Pick<Database, "kind">;
  /** Chat updates being handled: the preparation lets them finish between its batches. */
  chatFirst?: ChatFirst;
  /** Where the composer's preparation of more than one batch runs, after the answer (see createBroadcast). */
  background?: Pick<BackgroundWork, "run">;
}

export interface PrepareOptions {
  /** Recorded on the preparation's JobRun row. */
  instance?: string;
  /** Called after each batch is committed (tests make a preparation die there). */
  afterBatch?: (batch: number) => void | Promise<void>;
}

/** A transaction the broadcast is created in, opened by its caller (the dialogue runtime filing the composer's draft). */
export interface Within {
  tx: Tx;
  /** Runs work once the caller's transaction is committed. */
  afterCommit(run: () => Promise<void>): void;
}

/** Recipients a preparation reads and writes per batch. */
function preparationBatchSize(deps: BroadcastDeps): number {
  return fanOutBatchSize(deps.config ?? {}, deps.db?.kind ?? "pglite");
}

/** The JobRun name of a broadcast's preparation; its period is the broadcast's id. */
export const PREPARE_RUN = "broadcast-prepare";

/**
 * Creates the broadcast, then writes its deliveries a batch of recipients at a time (JOB_BATCH_SIZE), each batch in
 * its own short transaction, so 100,000 recipients never hold the database for long. Until the last batch is
 * written the broadcast is `preparing`: it is not announced, never counted as finished, and its progress says so.
 * A preparation cut short (an error, a killed process) is finished by `resumePreparations`: each recipient is queued
 * exactly once (a delivery is unique per broadcast, platform and chat). `complete` is false when this call did not
 * finish it.
 *
 * With `within`, the broadcast row is created in the caller's transaction (the composer's draft is closed in the same
 * one) and prepared once that transaction is committed; `recipients` is then the count at creation (one COUNT query).
 */
export async function createBroadcast(
  deps: BroadcastDeps,
  input: NewBroadcast,
  scope: Scope,
  tree: OrgTree,
  options: PrepareOptions & { within?: Within } = {},
): Promise<{ ok: true; broadcast: Broadcast; recipients: number; complete: boolean } | Refusal> {
  const db: Db = options.within?.tx ?? deps.prisma;
  // Control and direction-override characters would let a line read differently from what it says.
  const text = cleanText(input.text);
  if (text === "") return { ok: false, reason: "broadcast-refused-empty" };
  if (text.length > BROADCAST_TEXT_MAX) {
    return { ok: false, reason: "broadcast-refused-too-long", args: { max: BROADCAST_TEXT_MAX } };
  }
  const check = checkAudience(input.audience, scope, tree);
  if (!check.ok) return check;
  const units = unitsOf(input.audience, scope, tree);
  const reached = await countRecipients(db, input.audience, units);
  if (reached === 0) return { ok: false, reason: "broadcast-refused-nobody" };
  const now = deps.clock.now();
  const sendAt = input.sendAt && input.sendAt > now ? input.sendAt : now;
  const create = async (tx: Tx) => {
    const broadcast = await tx.broadcast.create({
      data: {
        createdById: input.createdById,
        text,
        photoUrl: input.photoUrl ?? null,
        audience: input.audience,
        audienceUnits: storedUnits(units),
        status: "preparing",
        requireConfirmation: input.requireConfirmation ?? false,
        sendAt,
        originPlatform: input.origin?.platform ?? null,
        originChatId: input.origin?.chatId ?? null,
        createdAt: now,
      },
    });
    await writeAudit(tx, {
      at: now,
      actorId: input.createdById,
      action: "broadcast.create",
      entity: "Broadcast",
      entityId: broadcast.id,
      after: { audience: input.audience, sendAt },
    });
    return broadcast;
  };
  if (options.within) {
    const { within } = options;
    const broadcast = await create(within.tx);
    within.afterCommit(async () => {
      const prepare = () => prepareBroadcast(deps, broadcast.id, options);
      // Staff hear at once that a large broadcast is queued, not after its batches (seconds for a province): its
      // progress follows in the chat, and a preparation cut short is finished by resumePreparations.
      if (deps.background && reached > preparationBatchSize(deps)) {
        deps.background.run(`${PREPARE_RUN}:${broadcast.id}`, prepare);
      } else await prepare();
    });
    return { ok: true, broadcast, recipients: reached, complete: false };
  }
  const created = await deps.prisma.$transaction(create);
  const outcome = await prepareBroadcast(deps, created.id, options);
  const broadcast = await deps.prisma.broadcast.findUniqueOrThrow({ where: { id: created.id } });
  const recipients =
    outcome.status === "done"
      ? outcome.messages
      : await deps.prisma.delivery.count({ where: { broadcastId: created.id } });
  return { ok: true, broadcast, recipients, complete: broadcast.status !== "preparing" };
}

/**
 * Writes the deliveries of a `preparing` broadcast that are not written yet, a batch at a time, then makes it
 * `scheduled`. Claimed through its JobRun row (the jobs' fan-out mechanism): while one process prepares it, another
 * call is skipped, unless that process stopped (its run failed, or its heartbeat is older than
 * JOB_RUN_STALE_SECONDS). A cancelled broadcast gets no more rows.
 */
export async function prepareBroadcast(deps: BroadcastDeps, broadcastId: string, options: PrepareOptions = {}) {
  const { prisma, clock } = deps;
  const size = preparationBatchSize(deps);
  const run = { job: PREPARE_RUN, period: broadcastId, instance: options.instance ?? "bot" };
  const fanOutDeps = {
    prisma,
    clock,
    logger: deps.logger ?? silentLogger,
    config: { JOB_RUN_STALE_SECONDS: deps.config?.JOB_RUN_STALE_SECONDS ?? 600 },
  };
  return runFanOut(fanOutDeps, run, async () => {
    const b = await prisma.broadcast.findUniqueOrThrow({ where: { id: broadcastId } });
    if (b.status !== "preparing") return undefined;
    const audience = audienceSchema.parse(b.audience);
    const units = unitsFromStored(b.audienceUnits);
    let after: string | undefined;
    let batch = 0;
    let open = true;
    do {
      const page = await recipientsPage(prisma, audience, units, after, size);
      after = page.last;
      await writeBatch({ prisma, clock, chatFirst: deps.chatFirst }, run, async (tx) => {
        // Taken before writing, and by a cancellation before it cancels: a cancelled broadcast gets no new rows.
        const locked = await tx.$queryRaw<{ status: string }[]>`
          SELECT status::text AS status FROM "Broadcast" WHERE id = ${broadcastId} FOR UPDATE`;
        open = locked[0]?.status === "preparing";
        if (!open) return 0;
        return enqueue(tx, broadcastDeliveries(deps, b, page.recipients), clock.now());
      });
      await options.afterBatch?.(++batch);
    } while (after && open);
    if (open) {
      await prisma.broadcast.updateMany({
        where: { id: broadcastId, status: "preparing" },
        data: { status: "scheduled" },
      });
    }
    return undefined;
  });
}

/** The outbox rows of one page of a broadcast's recipients: its text, photo, and the "read it" button in their language. */
function broadcastDeliveries(
  deps: Pick<BroadcastDeps, "i18n">,
  broadcast: Broadcast,
  recipients: readonly Recipient[],
): DeliveryInput[] {
  // One message per language (the outbox stores each distinct message's payload once per statement).
  const messages = new Map<string, OutgoingMessage>();
  const messageFor = (r: Recipient): OutgoingMessage => {
    const ack = broadcast.requireConfirmation && r.personId !== null;
    const lang: Locale | undefined = ack ? languageOf(r.locale, deps.i18n.defaultLocale) : undefined;
    let message = messages.get(lang ?? "");
    if (!message) {
      message = { text: broadcast.text };
      if (broadcast.photoUrl) message.photoUrl = broadcast.photoUrl;
      if (lang) {
        message.choices = [
          {
            value: confirmBroadcastButton.value({ broadcastId: broadcast.id }),
            label: deps.i18n.forLocale(lang)(k("broadcast-ack-button")),
          },
        ];
      }
      messages.set(lang ?? "", message);
    }
    return message;
  };
  return recipients.map((r) => ({
    ...r,
    message: messageFor(r),
    broadcastId: broadcast.id,
    // Once per chat, however often a preparation is resumed.
    dedupeKey: `broadcast:${broadcast.id}:${r.platform}:${r.chatId}`,
    notBefore: broadcast.sendAt,
  }));
}

/**
 * Finishes every preparation that stopped half-way (its process died or failed): run by the outbox worker's tick,
 * so nobody has to do anything. A preparation still running elsewhere is left to its process.
 */
export async function resumePreparations(deps: BroadcastDeps, instance?: string): Promise<number> {
  const preparing = await deps.prisma.broadcast.findMany({ where: { status: "preparing" }, select: { id: true } });
  let resumed = 0;
  for (const { id } of preparing) {
    const outcome = await prepareBroadcast(deps, id, { instance });
    if (outcome.status === "done") resumed++;
  }
  return resumed;
}

export interface BroadcastProgress {
  total: number;
  sent: number;
  failed: number;
  unreachable: number;
  cancelled: number;
  /** Not yet sent: pending, being sent, or interrupted and waiting to be sent again. */
  remaining: number;
  /** Interrupted sends held for a decision (OUTBOX_UNCERTAIN=hold). */
  held: number;
  /** Sends that may have reached the person twice (interrupted, then sent again). */
  possibleDuplicates: number;
}

export async function broadcastProgress(
  db: Db,
  broadcastId: string,
  uncertainPolicy: "resend" | "hold" = "resend",
): Promise<BroadcastProgress> {
  const groups = await db.delivery.groupBy({ by: ["status"], where: { broadcastId }, _count: true });
  const n = (s: string) => groups.find((g) => g.status === s)?._count ?? 0;
  const uncertain = n("uncertain");
  const possibleDuplicates = await db.delivery.count({
    where: { broadcastId, status: "sent", uncertainAt: { not: null } },
  });
  return {
    total: groups.reduce((sum, g) => sum + g._count, 0),
    sent: n("sent"),
    failed: n("failed"),
    unreachable: n("unreachable"),
    cancelled: n("cancelled"),
    remaining: n("pending") + n("sending") + (uncertainPolicy === "resend" ? uncertain : 0),
    held: uncertainPolicy === "hold" ? uncertain : 0,
    possibleDuplicates,
  };
}

/** Who may cancel: its author, or staff. Only what is not yet sent stops; sends in flight finish. */
export async function cancelBroadcast(
  prisma: PrismaClient,
  clock: Clock,
  broadcastId: string,
  actor: { personId: string; scope: Scope },
): Promise<{ ok: true; cancelled: number } | Refusal> {
  const broadcast = await prisma.broadcast.findUnique({ where: { id: broadcastId } });
  if (!broadcast) return { ok: false, reason: "broadcast-not-found" };
  if (!actor.scope.wholeBlock && broadcast.createdById !== actor.personId) {
    return { ok: false, reason: "broadcast-refused-not-yours" };
  }
  if (broadcast.status === "done" || broadcast.status === "cancelled") {
    return { ok: false, reason: "broadcast-already-finished" };
  }
  const now = clock.now();
  const cancelled = await prisma.$transaction(async (tx) => {
    // The broadcast first: its row lock waits for a batch of its preparation being written, and stops the next.
    await tx.broadcast.update({ where: { id: broadcastId }, data: { status: "cancelled", cancelledAt: now } });
    const { count } = await tx.delivery.updateMany({
      where: { broadcastId, status: { in: ["pending", "uncertain"] } },
      data: { status: "cancelled" },
    });
    await writeAudit(tx, {
      at: now,
      actorId: actor.personId,
      action: "broadcast.cancel",
      entity: "Broadcast",
      entityId: broadcastId,
      after: { cancelledDeliveries: count },
    });
    return count;
  });
  return { ok: true, cancelled };
}

/**
 * "I have read it": once per person, from whichever platform they press it on (a person linked on Telegram and Zalo
 * got two copies; the second confirmation is "already"). Only someone the broadcast was addressed to can confirm it.
 */
export async function confirmBroadcast(
  prisma: PrismaClient,
  clock: Clock,
  broadcastId: string,
  personId: string,
  platform: Platform,
): Promise<"confirmed" | "already" | "unknown"> {
  const broadcast = await prisma.broadcast.findFirst({
    where: { id: broadcastId, requireConfirmation: true, deliveries: { some: { personId } } },
    select: { id: true },
  });
  if (!broadcast) return "unknown";
  const { count } = await prisma.broadcastConfirmation.createMany({
    data: [{ broadcastId, personId, platform, confirmedAt: clock.now() }],
    skipDuplicates: true,
  });
  return count === 1 ? "confirmed" : "already";
}

/**
 * The latest broadcasts this person may follow: all for staff; for a secretary their own, and those asking for a
 * read confirmation that reached members of their units (to follow their members' confirmations).
 */
export async function recentBroadcasts(
  prisma: PrismaClient,
  actor: { personId: string; scope: Scope },
  limit = 10,
): Promise<Broadcast[]> {
  const order = { orderBy: { createdAt: "desc" as const }, take: limit };
  if (actor.scope.wholeBlock) return prisma.broadcast.findMany(order);
  const members = await prisma.person.findMany({
    where: { unitId: { in: [...actor.scope.unitIds] } },
    select: { id: true },
  });
  return prisma.broadcast.findMany({
    where: {
      OR: [
        { createdById: actor.personId },
        { requireConfirmation: true, deliveries: { some: { personId: { in: members.map((m) => m.id) } } } },
      ],
    },
    ...order,
  });
}
